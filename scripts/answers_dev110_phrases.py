"""Question phrasings of the answers benchmark's one hundred and tenth tuning set, ``dev110`` (docs/benchmarks.md, "Answers").

``dev110`` was the held-out set until 2026-12-06, when, after its measurement at ba0b6f5 (grounded
accuracy 0.436; worst category comparison 0.0; unsupported 0.004; abstention 0.955; p95 0.022 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev109``, answers_dev109_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young zurla (shawm) player at weddings in Shuto Orizari, Skopje, who types lower case,
  switching between English and Romani (romani chhib, the language of the Roma, an Indo-Aryan
  language long apart from those of India, spoken in North Macedonia above all in Shuto Orizari, the
  one municipality where it is an official language; no earlier set's language nor a close relative
  of one: Hindi, whose mixture with English an earlier set typed, is a relative only at a great
  distance, parted from Romani for a thousand years and more and not mutually intelligible with it)
  inside a sentence, in Latin letters without diacritics. The Romani here is the writer's own
  approximation from the language's commonest words (question words, today, yesterday, night,
  weekdays, meals, sleep, how many, where, who); no speaker has checked it. What the set tests is
  how the planner reads English mixed with a language it has never seen;
- an epidemiologist at the public health institute in Skopje, who types every question as one Stata
  command over his logged data: 'list' with an 'if' condition for a value, 'count if' for counts,
  'total' for sums, 'mean' for averages, 'tabstat ..., stat(min)' and 'stat(max)' for firsts and
  lasts, 'tabstat ..., by() stat(sum)' over 'inlist' for two compared, 'ttest ..., by()' for habits;
  no question mark of his own, no brace; his follow-ups 'redo' the last command with an option
  changed ('redo, day(-1)');
- an operator of the ropeway up Mount Vodno, who starts with a remark from his work (the cabins,
  the lower and top stations, the drive room and the control desk, the hut and its stove, the wind
  and fog that stop the line, the service path, inspections, hikers and their dogs) before he asks;
- a retired mosaic restorer in Skopje, who writes formal sentences with formulas of his own: "I
  would take it kindly to be told ...", often closed with "Ever at your service.", and his
  follow-ups "The very same question for ..., if it please you.".

Of the Romani words, those another module holds as a word are short ordinary ones, English words or
words another language happens to share, kept (listed in the commit that wrote this set); no other
module holds "Romani", "Skopje", "Macedonia", "zurla", "Orizari", "Stata", "tabstat", "ttest",
"ropeway", "Vodno", "mosaic", "I would take it kindly", "Ever at your service" or "The very same
question", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev110 life lives in Europe/Skopje, the zone North Macedonia keeps, in Skopje, from Monday 22
December 2036 to 6 January 2037; North Macedonia keeps Central European Time in winter and changes
its clocks only on the last Sundays of March and October (zoneinfo gives one offset over its 16
days), so no clock changes inside it. Dates are written as people in Skopje write them: day first,
with dots, both padded, and the year in full ("22.12.2036"), or the day and month alone the same way
("22.12"), sometimes with slashes instead ("22/12", "22/12/2036"), as people there type them in
messages; in words the day's number before the month, in English ("22 December"), with the year after
them for a day that may lie outside the life ("22 December 2036"). Weekdays are in Romani, with
capitals: "Luja" for Monday, "Marci", "Tetradji", "Zhoja", "Parashtuj", "Savato" and "Kurko" for
Sunday: a day as its weekday and the dotted day ("Luja 22.12"), as the slashed day and its weekday
after a dash ("22/12 - Luja"), as its weekday and the date in words ("Luja 22 December"), or as its
weekday, "dive" (day) and the dotted day ("Luja dive 22.12"); for a day that may lie outside the life
always with the year ("Luja 22.12.2036", "22/12/2036 - Luja", or "Luja 22 December 2036"); today and
yesterday alone, or as "avdive" (today) and "ich" (yesterday) with the dotted day after them. A
night is named by the weekday it starts on, "ratji" (at night) and its two dotted days ("Luja ratji
22.12-23.12"), or as "ratji" and the date in words ("ratji 22 December"); last night alone, "last
night", or as "ich ratji" with its two dotted days. No day's name ends in a dot, so that no question
ends in two dots. Workouts are named with places in North Macedonia: along the Vardar quay in Skopje,
up the trail to the Millennium Cross, round the Matka canyon; out to Katlanovo, along the Treska road,
over the Kitka pass; at the pool of the Boris Trajkovski sports centre and in a pool at Saraj; a
hall in Chair and a studio near the Stone Bridge; a bouldering gym in Karposh and an indoor wall in
Tetovo.
"""


from __future__ import annotations

from datetime import date, timedelta

ROMANI = ("Luja", "Marci", "Tetradji", "Zhoja", "Parashtuj", "Savato", "Kurko")
"""Romani weekdays as this set names them, Monday to Sunday, with a capital, in Latin letters (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Vardar quay in Skopje", "run up the trail to the Millennium Cross",
                 "run round the Matka canyon"),
         "cycle": ("ride out to Katlanovo", "ride along the Treska road", "ride over the Kitka pass"),
         "swim": ("swim at the Boris Trajkovski sports centre pool", "swim in a pool at Saraj"),
         "yoga": ("yoga class in a hall in Gazi Baba", "yoga session at a studio near the Stone Bridge"),
         "climb": ("climb at a bouldering gym in Karposh", "climb at an indoor wall in Tetovo")}
"""What this set's questions call a workout of each activity: places in North Macedonia."""

PHRASES: dict[str, list[str]] = {
    "book": ["koja kniga phendas {who} te drabarav, so si lako anav?",
             "list title if recommended_by==\"{who}\" & medium==\"book\"",
             "Riders on the ropeway ask me what I read in the hut between cabins. Which book was it {who} pressed on me?",
             "I would take it kindly to be told which book {who} urged upon me. Ever at your service."],
    "film": ["{who} phendas te dikhav jekh filmo, savo?",
             "list title if recommended_by==\"{who}\" & medium==\"film\"",
             "Fog on Vodno stops the cabins and I watch films on my phone in the hut. Which one did {who} say was worth seeing?",
             "I would take it kindly to be told the film {who} held up as worth my evening."],
    "offsite": ["kaj legardas {who} o offsite, ande savo foro?",
                "list town if moved_by==\"{who}\" & event==\"offsite\", last",
                "Our maintenance crew gets sent to other mountains without warning. Into which town has {who} now shunted the offsite?",
                "I would take it kindly to be told the town to which {who} transferred the offsite. Ever at your service."],
    "restaurant": ["{who} savo restorani hvalisardas, sar akharel pe?",
                   "list name if kind==\"restaurant\" & praised_by==\"{who}\"",
                   "At the top station there is only a kiosk with burek gone cold. Which restaurant has {who} been singing the praises of?",
                   "I would take it kindly to be told the name of the restaurant {who} spoke so well of."],
    "flight": ["kana huljol o aeroplano e {who}-esko, savo sahati?",
               "list lands_at if passenger==\"{who}\"",
               "From the upper station you can watch planes sinking towards Petrovec. At what hour will the plane carrying {who} come down?",
               "I would take it kindly to be told the hour at which the aeroplane of {who} is due to land. Ever at your service."],
    "dog": ["{who} lilja nevo rikono, so si lesko anav?",
            "list name if owner==\"{who}\" & species==\"dog\" & age_months<12",
            "Hikers carry their dogs into the cabins as if they were babies. What name has the puppy {who} just took in been given?",
            "I would take it kindly to be told what name the young dog of {who} has been given."],
    "launch": ["{who} pali legardas o {project} launch, ande savo dive akana?",
               "list new_date if project==\"{project}\" & moved_by==\"{who}\"",
               "A ropeway inspection gets pushed back whenever the inspector's car breaks down. So {who} pushed the {project} launch as well. To which day?",
               "I would take it kindly to be told the day to which {who} put back the launch of {project}. Ever at your service."],
    "age": ["e {who}-eski chhaj kobor bersh ka avel ko avutno biav dive?",
            "display age_of(\"daughter\", \"{who}\") + 1",
            "My niece counts her birthdays by the number of rides I give her. How old does the daughter of {who} turn at her next one?",
            "I would take it kindly to be told the age the daughter of {who} reaches on her forthcoming birthday."],
    "podcast": ["{who} phendas mange jekh podcast, savo?",
                "list title if recommended_by==\"{who}\" & medium==\"podcast\"",
                "Long afternoons in the drive room need something in my ears. Which podcast was {who} pushing on me?",
                "I would take it kindly to be told which podcast {who} thought fit for my ears. Ever at your service."],
    "breakfast_food": ["{day} so haljum sabalakoro habe?",
                       "list food if meal==\"breakfast\" & day==\"{day}\"",
                       "The first cabin goes up at nine, so breakfast is eaten standing by the drive wheel. What did that breakfast by the drive wheel consist of {day}?",
                       "I would take it kindly to be told the substance of my breakfast {day}."],
    "lunch_food": ["{day} so haljum dilaveskoro habe?",
                   "list food if meal==\"lunch\" & day==\"{day}\"",
                   "Lunch at the top station depends on what the kiosk still has. What ended up as my lunch up there {day}?",
                   "I would take it kindly to be told the substance of my luncheon {day}. Ever at your service."],
    "dinner_food": ["{day} so haljum ratjakoro habe?",
                    "list food if meal==\"dinner\" & day==\"{day}\"",
                    "After the last cabin comes down I lock the hut and head home hungry. What went on the table that evening {day}?",
                    "I would take it kindly to be told what I had at supper {day}."],
    "lunch_place": ["{day} kaj haljum ko dilaves?",
                    "list place if meal==\"lunch\" & day==\"{day}\"",
                    "Some days I ride down to eat, some days I stay up with the kiosk. In which place did I lunch {day}?",
                    "I would take it kindly to be told at what establishment I lunched {day}. Ever at your service."],
    "dinner_place": ["{day} kaj haljum ratjakoro habe?",
                     "list place if meal==\"dinner\" & day==\"{day}\"",
                     "When the wind shuts the line early I eat out in town. In which place did dinner find me {day}?",
                     "I would take it kindly to be told where I supped {day}."],
    "workout_kind": ["{day} savo sporto kerdem?",
                     "list kind if day==\"{day}\" & table==\"workouts\"",
                     "Sitting at the control desk all day stiffens every joint. What sort of exercise loosened me up {day}?",
                     "I would take it kindly to be told which form of exercise occupied me {day}. Ever at your service."],
    "heart_rate": ["{day} o {noun}, keti sas o heart rate mashkar?",
                   "mean bpm if session==\"{noun}\" & day==\"{day}\"",
                   "The ropeway medical checks my blood pressure every spring. Averaged over the {noun} {day}, how fast did my heart beat?",
                   "I would take it kindly to be told the mean pulse measured over the {noun} {day}."],
    "sleep_quality": ["{night} lachhes sovljum il na?",
                      "list quality if night==\"{night}\"",
                      "When gusts rattle the cabins I lie awake thinking of them. Was the sleep I had {night} sound or broken?",
                      "I would take it kindly to be told whether my slumber was restful {night}. Ever at your service."],
    "sleep_night": ["{night} keti sahatja sovljum?",
                    "total hours if night==\"{night}\"",
                    "Night shifts on the line come round twice a month. How many hours did the pillow get out of me {night}?",
                    "I would take it kindly to be told the number of hours I lay asleep {night}."],
    "exercise_duration": ["{day} o {noun} keti minutija sas?",
                          "total minutes if session==\"{noun}\" & day==\"{day}\"",
                          "A cabin takes twelve minutes from bottom to top. For how many minutes did the {noun} keep me off the desk {day}?",
                          "I would take it kindly to be told the length in minutes of the {noun} {day}. Ever at your service."],
    "meeting_duration": ["{day} o {title} meeting keti minutija ingardas?",
                         "total minutes if title==\"{title}\" & day==\"{day}\"",
                         "Safety briefings at the lower station never finish when they should. For how many minutes did the {title} hold everyone up {day}?",
                         "I would take it kindly to be told how many minutes the {title} consumed {day}."],
    "distance_run": ["{day} keti km nashlem?",
                     "total km if activity==\"run\" & day==\"{day}\"",
                     "Some evenings I run the service path under the line instead of riding down. How many km of running did I put under the cables {day}?",
                     "I would take it kindly to be told the number of kilometres I ran {day}. Ever at your service."],
    "distance_cycle": ["{day} e biciklasa keti km gelem?",
                       "total km if activity==\"cycle\" & day==\"{day}\"",
                       "Mountain bikers beg me to let their bikes into the cabins. How many km did my own bike carry me {day}?",
                       "I would take it kindly to be told how far I cycled {day}."],
    "distance_swim": ["{day} ko bazeni keti metrija plivindem?",
                      "total metres if activity==\"swim\" & day==\"{day}\"",
                      "In winter the pool is the one place I am not cold. How many metres of pool did I put behind me {day}?",
                      "I would take it kindly to be told the number of metres I swam {day}. Ever at your service."],
    "attendees": ["{day} kon sas ko {title} meeting?",
                  "list attendees if title==\"{title}\" & day==\"{day}\"",
                  "The duty roster at the lower station names everyone on shift. Which colleagues turned up at the {title} {day}?",
                  "I would take it kindly to be told the persons present at the {title} {day}."],
    "coffee_count": ["{day} keti kafe piljum?",
                     "count if drink==\"coffee\" & day==\"{day}\"",
                     "The hut has a small stove and a dzezva for Turkish coffee. How many coffees came off that stove for me {day}?",
                     "I would take it kindly to be told the number of coffees I consumed {day}. Ever at your service."],
    "caffeine": ["{day} keti mg caffeine lijem?",
                 "total caffeine_mg if day==\"{day}\"",
                 "The kiosk sells energy drinks to hikers but I keep to coffee. What did my caffeine come to in mg {day}?",
                 "I would take it kindly to be told my intake of caffeine in milligrams {day}."],
    "meeting_count": ["{day} keti meetingja sas man?",
                      "count if type==\"meeting\" & day==\"{day}\"",
                      "Most days nobody calls me down from the drive room. How many meetings called me down from the mountain {day}?",
                      "I would take it kindly to be told the number of meetings I sat through {day}. Ever at your service."],
    "km_week": ["akava kurko keti km {activity} kerdem?",
                "total km if activity==\"{activity}\" & week==0",
                "I write the line's running hours into the log each week, and my own kilometres beside them. How many km of {activity} so far in the present week?",
                "I would take it kindly to be told my kilometres of {activity} in the present week."],
    "workouts_week": ["akava kurko keti drama sporto kerdem?",
                      "count if table==\"workouts\" & week==0",
                      "Between shifts I try to get out on the mountain. How many training sessions have I done in the present week?",
                      "I would take it kindly to be told the number of exercise sessions I have had in the present week. Ever at your service."],
    "first_coffee": ["{day} kana piljum o angluno kafe?",
                     "tabstat time if drink==\"coffee\" & day==\"{day}\", stat(min)",
                     "The first coffee is brewed before I walk the line for ice. When did that first cup get drunk {day}?",
                     "I would take it kindly to be told at what hour my earliest coffee was taken {day}."],
    "last_coffee": ["{day} kana piljum o palutno kafe?",
                    "tabstat time if drink==\"coffee\" & day==\"{day}\", stat(max)",
                    "The last coffee is the one I drink while counting the ticket money. At what time was that one {day}?",
                    "I would take it kindly to be told at what hour my final coffee was taken {day}. Ever at your service."],
    "first_meeting": ["{day} kana lilja o angluno meeting?",
                      "tabstat start if type==\"meeting\" & day==\"{day}\", stat(min)",
                      "Management likes to gather us before the line opens. At what time did the earliest meeting begin {day}?",
                      "I would take it kindly to be told the hour at which my earliest meeting commenced {day}."],
    "wake": ["{day} kana ushtilem?",
             "list woke if day==\"{day}\"",
             "On opening days I am up long before the first hikers. When did my alarm get me out of bed {day}?",
             "I would take it kindly to be told the hour at which I rose {day}. Ever at your service."],
    "bedtime": ["{night} kana gelem te sovav?",
                "list bed if night==\"{night}\"",
                "The wind forecast decides whether I can sleep early. When did I put out the light {night}?",
                "I would take it kindly to be told the hour at which I went to my bed {night}."],
    "dinner_on_distance": ["o dive kana {past} {km} km, so haljum ratjakoro habe?",
                           "list food if meal==\"dinner\" & day==day_of(\"{past}\", {km})",
                           "Kilometres on foot feel longer than kilometres of cable. Which dinner followed the day I {past} {km} km?",
                           "I would take it kindly to be told my supper on the day I {past} {km} km. Ever at your service."],
    "meeting_after_workout": ["{day} palo {noun}, kon sas ko meeting?",
                              "list attendees if type==\"meeting\" & day==\"{day}\" & start>=workout_end(\"{noun}\")",
                              "I rarely have time to shower between training and the office. Who came to the meeting after the {noun} {day}?",
                              "I would take it kindly to be told the persons at the meeting which followed the {noun} {day}."],
    "lunch_on_meeting_day": ["o dive e {title}-esko, kaj haljum ko dilaves?",
                             "list place if meal==\"lunch\" & day==day_of(\"{title}\")",
                             "Meetings in town mean lunch somewhere near the old bazaar. On the day of the {title} where did I eat at midday?",
                             "I would take it kindly to be told where I lunched on the day the {title} took place. Ever at your service."],
    "sleep_after_meeting": ["palo {title}, odoja rat keti sahatja sovljum?",
                            "total hours if night==day_of(\"{title}\")",
                            "A long meeting tires me more than a full day at the controls. How many hours did I sleep the night following the {title}?",
                            "I would take it kindly to be told my hours of sleep on the night which followed the {title}."],
    "dinner_on_said_day": ["o dive kana {who} vakerdas pa {value}, so haljum ratjakoro habe?",
                           "list food if meal==\"dinner\" & day==day_of(\"{who}\", \"{value}\")",
                           "Passengers talk freely in a cabin for twelve minutes. {who} once spent a whole ride on {value}. What did I eat for dinner the day that happened?",
                           "I would take it kindly to be told my supper on the day {who} raised the subject of {value}. Ever at your service."],
    "compare_sleep": ["{n1} il {n2}, ande savi rat majbut sovljum?",
                      "tabstat hours if inlist(night,\"{n1}\",\"{n2}\"), by(night) stat(sum)",
                      "Sleep is short in the weeks the line is serviced. Did I sleep longer {n1} than {n2} or not?",
                      "I would take it kindly to be told whether {n1} gave me more sleep than {n2} did."],
    "compare_caffeine": ["{d1} il {d2}, kaj sas majbut caffeine?",
                         "tabstat caffeine_mg if inlist(day,\"{d1}\",\"{d2}\"), by(day) stat(sum)",
                         "Coffee from the hut stove is thick as mud. Did more caffeine go down {d1} than {d2} or the other way round?",
                         "I would take it kindly to be told whether {d1} brought me more caffeine than {d2} did. Ever at your service."],
    "compare_duration": ["{d1} il {d2}, kaj majdur kerdem sporto?",
                         "tabstat minutes if table==\"workouts\" & inlist(day,\"{d1}\",\"{d2}\"), by(day) stat(sum)",
                         "Some weeks the mountain gives me hours to train, some weeks none. Was my training longer {d1} than it was {d2}?",
                         "I would take it kindly to be told whether my exercise lasted longer {d1} than {d2}."],
    "compare_coffee_weeks": ["akava kurko majbut kafe piljum na o anglalo kurko?",
                             "tabstat cups if inlist(week,0,-1), by(week) stat(sum)",
                             "Cold weeks on the mountain mean more coffee on the stove. Is my coffee count up this week on the week before?",
                             "I would take it kindly to be told whether my coffee of the present week outruns that of the previous. Ever at your service."],
    "late_coffee_sleep": ["kana piav kafe palo {t}, sovav harneder?",
                          "ttest hours, by(last_coffee>={t})",
                          "On late shifts the coffee keeps coming well into the evening. Does a coffee at {t} or later take hours off my sleep?",
                          "I would take it kindly to be told whether coffee drunk at {t} or later curtails my sleep."],
    "late_dinner_sleep": ["kana hav ratjakoro habe palo {t}, sovav harneder?",
                          "ttest hours, by(dinner_time>={t})",
                          "After an evening shift dinner can slip very late. Does eating dinner at {t} or later cost me sleep?",
                          "I would take it kindly to be told whether a supper at {t} or later shortens my sleep. Ever at your service."],
    "exercise_sleep": ["kana kerav sporto, sovav majbut odoja rat?",
                       "ttest hours, by(trained)",
                       "Climbing the service path wears me out in a good way. Do my training days give me longer nights of sleep?",
                       "I would take it kindly to be told whether a day of exercise lengthens my sleep."],
    "caffeine_sleep": ["kana lav {mg} mg caffeine il majbut, sar sovav?",
                       "ttest hours, by(mg_day>={mg})",
                       "Double coffees are the rule on inspection days. After a day of {mg} mg of caffeine or more how does my sleep turn out?",
                       "I would take it kindly to be told how I sleep after days on which my caffeine reaches {mg} mg or more. Ever at your service."],
    "exercise_coffee": ["kana kerav sporto, piav majbut kafe?",
                        "ttest cups, by(trained)",
                        "On training days the dzezva seems to empty faster. On workout days does the stove see more coffee from me?",
                        "I would take it kindly to be told whether days of exercise raise my consumption of coffee."],
    "fu_day_before": ["a o dive anglal?",
                      "redo, day(-1)",
                      "Run it again one day further down the line.",
                      "The very same question for the day preceding, if it please you."],
    "fu_meeting_length": ["odova meeting keti minutija sas?",
                          "total minutes if meeting_id==r(id)",
                          "Nobody at the lower station keeps an eye on the clock. How many minutes did that meeting go on for?",
                          "I would take it kindly to be told how many minutes that meeting lasted. Ever at your service."],
    "fu_other_day": ["thaj {day} so?",
                     "redo, day(\"{day}\")",
                     "Same ride in another cabin with {day} on the ticket.",
                     "The very same question for {day}, if it please you."],
    "fu_other_person": ["thaj e {who}?",
                        "redo, who(\"{who}\")",
                        "Same ride with {who} as the passenger this time.",
                        "The very same question for {who}, if it please you."],
    "fu_night_before": ["a e rat anglal?",
                        "redo, night(-1)",
                        "One more night down the line.",
                        "The very same question for the night preceding, if it please you."],
    "fu_today": ["a avdive, dzi akana?",
                 "redo, day(today()) until(now())",
                 "Same again for today, as far as the clock in the hut has got.",
                 "The very same question for today reckoned up to this very moment, if it please you."],
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
    wd = ROMANI[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_slash(day)}/{day.year} - {wd}", f"{wd} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"avdive {_dots(day)}"]
    if back == 1:
        return ["yesterday", f"ich {_dots(day)}"]
    return [f"{wd} {_dots(day)}", f"{_slash(day)} - {wd}", f"{wd} {_words(day)}", f"{wd} dive {_dots(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{ROMANI[day.weekday()]} ratji {_dots(day)}-{_dots(after)}",
               f"ratji {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"ich ratji {_dots(day)}-{_dots(after)}"]
    return options
