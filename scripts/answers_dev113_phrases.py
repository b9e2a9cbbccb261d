"""Question phrasings of the answers benchmark's one hundred and thirteenth tuning set, ``dev113`` (docs/benchmarks.md, "Answers").

``dev113`` was the held-out set until 2026-12-06, when, after its measurement at 1312b8a (grounded
accuracy 0.629; worst category habit_relation 0.273; unsupported 0.011; abstention 0.955; p95 0.021 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev112``, answers_dev112_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young apprentice in a pecorino dairy near Nuoro, who types lower case, switching between English
  and Sardinian (sardu, in its Logudorese form; a Romance language of its own, in a branch of its
  own, neither a dialect of Italian nor mutually intelligible with it) inside a sentence, in Latin
  letters without diacritics. The Sardinian here is the writer's own approximation from the
  language's commonest words (question words, today, yesterday, night, weekdays, meals, sleep, how
  many, where, who); no speaker has checked it. What the set tests is how the planner reads English
  mixed with a language it has never seen;
- an analyst who keeps his logs as Julia DataFrames and types every question as one DataFramesMeta
  expression: 'only(@subset(table, :col .== "...", ...).column)' for a value, 'length(...)' for
  counts, 'sum(...)' for sums, 'mean(...)' for averages, 'minimum(...)' and 'maximum(...)' for
  firsts and lasts, '@by(@subset(table, in.(:day, Ref(["...", "..."]))), :day, ...)' for two
  compared, '@by(nights, :late = :x .>= "...", :h = mean(:hours))' for habits, a nested
  'first(@subset(...).day)' for a day named by what happened on it; no question mark of his own,
  no brace; his follow-ups replay the REPL's last answer with one pair changed ('replay(ans, :day =>
  prevday)');
- a woman who makes bottarga (salted, pressed and dried mullet roe) at Cabras, by the lagoon near
  Oristano, who starts with a remark from her work (the lagoon and its flamingos, the mullet and the
  fishermen's cooperative, the roe sacs, the salt and the pressing boards, the drying room and the
  trays, the moka on the shed stove, the wholesalers and the cooks who buy) before she asks;
- a retired marshal of the carabinieri in Oristano, who writes formal sentences with formulas of
  his own: "I would be most obliged to know ...", often closed with "With every courtesy, your
  correspondent.", and his follow-ups "Would you carry the question over to ..." or "... back to
  ...".

Of the Sardinian words, those another module holds as a word are short ordinary ones, English words
or words another language happens to share, kept ("Sabadu", "a", "apo", "at", "bi", "bio", "chi",
"de", "die", "dies", "dormo", "e", "est", "film", "fit", "in", "km", "launch", "leo", "libru",
"media", "metros", "meu", "mg", "mi", "minutos", "note", "nou", "o", "oe", "ora", "oras", "passada",
"podcast", "prima", "pro", "sa", "sas", "si", "so", "su", "una"); no other module holds "Sardinia",
"Sardinian", "sardu", "pecorino", "bottarga", "mullet", "Cabras", "Oristano", "carabinieri",
"DataFramesMeta", "@subset", "@by(", "replay(", "I would be most obliged to know", "every courtesy"
or "carry the question", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev113 life lives in Europe/Rome, the zone Italy keeps, in Cagliari, Sardinia, from Monday 12
January 2037 to 27 January 2037; Italy keeps Central European Time in winter and changes its clocks
only on the last Sundays of March and October (zoneinfo gives one offset over its 16 days), so no
clock changes inside it. Dates are written as people in Sardinia write them, in the Italian manner:
day first, with slashes, both padded, and the year in full ("12/01/2037"), or the day and month
alone the same way ("12/01"); in words the day's number before the month, in English ("12
January"), with the year after them for a day that may lie outside the life ("12 January 2037").
Weekdays are in Sardinian, with capitals: "Lunis" for Monday, "Martis", "Mercuris", "Giobia",
"Chenabura", "Sabadu" and "Dominiga" for Sunday: a day as "su" (the), its weekday and the slashed
day ("su Lunis 12/01"), as its weekday, a comma and the slashed day ("Lunis, 12/01"), as "su", its
weekday, a comma and the date in words ("su Lunis, 12 January"), or as "in die de" (on the day of),
its weekday and the slashed day ("in die de Lunis 12/01"); for a day that may lie outside the life
always with the year ("su Lunis 12/01/2037", "Lunis, 12/01/2037", or "su Lunis, 12 January 2037");
today and yesterday alone, or as "oe" (today) and "eris" (yesterday) with the slashed day after
them. A night is named as "sa note de su" (the night of the), the weekday it starts on, its slashed
day, "a su" (to the) and the next slashed day ("sa note de su Lunis 12/01 a su 13/01"), or as "sa
note de su" and the date in words ("sa note de su 12 January"); last night alone, "last night", or
as "eris a note" (yesterday at night), a comma and its two slashed days joined by "a". No day's name
ends in a dot, so that no question ends in two dots. Workouts are named with places in Sardinia:
along the Poetto beach, round the Sella del Diavolo, by the Molentargius ponds; out to Villasimius,
up to Sinnai, out to Pula; at a pool in Cagliari and off the beach at Calamosca; a hall in the
Castello quarter and a studio in Sassari; an indoor wall in Cagliari and a bouldering wall in
Dorgali.
"""


from __future__ import annotations

from datetime import date, timedelta

SARDU = ("Lunis", "Martis", "Mercuris", "Giobia", "Chenabura", "Sabadu", "Dominiga")
"""Sardinian weekdays as this set names them, Monday to Sunday, with a capital (Logudorese, an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Poetto beach", "run round the Sella del Diavolo", "run by the Molentargius ponds"),
         "cycle": ("ride out to Villasimius", "ride up to Sinnai", "ride out to Pula"),
         "swim": ("swim at a pool in Cagliari", "swim off the beach at Calamosca"),
         "yoga": ("yoga class in a hall in the Castello quarter", "yoga session at a studio in Sassari"),
         "climb": ("climb at an indoor wall in Cagliari", "climb at a bouldering wall in Dorgali")}
"""What this set's questions call a workout of each activity: places in Sardinia."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} m'at nadu de leghere unu libru, cale libru fit?",
             "only(@subset(recs, :from .== \"{who}\", :medium .== \"book\").title)",
             "Salting roe leaves me long evenings by the stove. Which book did {who} tell me would fill those evenings?",
             "I would be most obliged to know the title of the book which {who} commended to me. With every courtesy, your correspondent."],
    "film": ["cale film m'at cussigiadu {who}? devo bidere unu film",
             "only(@subset(recs, :from .== \"{who}\", :medium .== \"film\").title)",
             "The drying room needs watching but not my eyes. What picture did {who} urge me to go and see?",
             "I would be most obliged to know which film {who} set before me as deserving a viewing."],
    "offsite": ["{who} at mudadu s'offsite, a ite bidda andat como?",
                "last(@subset(events, :event .== \"offsite\", :changedby .== \"{who}\").town)",
                "The lagoon shifts its sand bars and plans shift the same way. Which town is the offsite in after {who} moved it?",
                "I would be most obliged to know the town to which {who} has removed the offsite. With every courtesy, your correspondent."],
    "restaurant": ["{who} at laudadu unu ristorante, comente si narat?",
                   "only(@subset(recs, :from .== \"{who}\", :medium .== \"restaurant\").name)",
                   "Cooks come to Cabras to buy my bottarga and they talk. Which place to eat did {who} rate so highly?",
                   "I would be most obliged to know the name of the establishment for dining which {who} spoke well of."],
    "flight": ["s'aereo de {who} a ite ora arribat?",
               "only(@subset(flights, :passenger .== \"{who}\").arrival)",
               "Planes for Elmas fly low over the ponds where I net the mullet. When is the plane with {who} on it landing?",
               "I would be most obliged to know the hour of arrival of the aircraft bearing {who}. With every courtesy, your correspondent."],
    "dog": ["{who} tenet unu cagneddu nou, comente l'at giamadu?",
            "only(@subset(pets, :owner .== \"{who}\", :species .== \"dog\", :agemonths .< 12).name)",
            "The harbour cats wait for my mullet guts, the dogs too. The pup that {who} has just taken in, what do they call it now?",
            "I would be most obliged to know by what name the young dog of {who} is called."],
    "launch": ["{who} at mudadu su launch de {project}, a cale die est como?",
               "only(@subset(launches, :project .== \"{project}\", :changedby .== \"{who}\").newdate)",
               "Roe cannot be hurried and it seems the {project} launch cannot either, since {who} moved it. Which date has the launch landed on after the change?",
               "I would be most obliged to know the date to which {who} has put back the launch of {project}. With every courtesy, your correspondent."],
    "age": ["sa fiza de {who} cantos annos at a fagher?",
            "only(@subset(family, :parent .== \"{who}\", :relation .== \"daughter\").age) + 1",
            "My niece already helps me press the roe between the boards. The daughter of {who} will be what age at her next birthday?",
            "I would be most obliged to know the age the daughter of {who} attains at her forthcoming birthday."],
    "podcast": ["{who} m'at nadu de ascurtare unu podcast, cale?",
                "only(@subset(recs, :from .== \"{who}\", :medium .== \"podcast\").title)",
                "Gutting mullet is quiet work with my hands busy and my ears free. Which podcast did {who} say would keep my ears company?",
                "I would be most obliged to know the podcast that {who} recommended to my attention. With every courtesy, your correspondent."],
    "breakfast_food": ["ite apo mandigadu a colatzione {day}?",
                       "only(@subset(meals, :meal .== \"breakfast\", :day .== \"{day}\").food)",
                       "The boats come in at dawn and I am at the quay before them. What did my breakfast consist of {day}?",
                       "I would be most obliged to know what I consumed at breakfast {day}."],
    "lunch_food": ["{day} ite apo mandigadu a prandzu?",
                   "only(@subset(meals, :meal .== \"lunch\", :day .== \"{day}\").food)",
                   "At noon the salt is drying on my hands while I eat. Which food was in my noon meal {day}?",
                   "I would be most obliged to know the dishes that made up my luncheon {day}. With every courtesy, your correspondent."],
    "dinner_food": ["ite apo mandigadu a chena {day}?",
                    "only(@subset(meals, :meal .== \"dinner\", :day .== \"{day}\").food)",
                    "Evenings I scrape the last roe sacs and only then think of eating. What did the evening meal hold for me {day}?",
                    "I would be most obliged to know what I dined upon {day}."],
    "lunch_place": ["inue apo mandigadu a prandzu {day}?",
                    "only(@subset(meals, :meal .== \"lunch\", :day .== \"{day}\").place)",
                    "Some noons I eat with the fishermen at the cooperative. In which spot did I sit down to lunch {day}?",
                    "I would be most obliged to know the place at which I took luncheon {day}. With every courtesy, your correspondent."],
    "dinner_place": ["{day} inue apo fatu chena?",
                     "only(@subset(meals, :meal .== \"dinner\", :day .== \"{day}\").place)",
                     "My cousin runs a trattoria and feeds me when the drying runs late. Where was it that I had dinner {day}?",
                     "I would be most obliged to know where I dined {day}."],
    "workout_kind": ["{day} ite esercitziu apo fatu?",
                     "only(@subset(workouts, :day .== \"{day}\").activity)",
                     "Bending over the salting trays locks my shoulders. Which kind of training did I do {day}?",
                     "I would be most obliged to know the manner of exercise I undertook {day}. With every courtesy, your correspondent."],
    "heart_rate": ["su coro meu cantu bategabat in sa {noun} {day}, in media?",
                   "mean(@subset(workouts, :session .== \"{noun}\", :day .== \"{day}\").bpm)",
                   "Lifting crates of mullet gets my heart thumping. How fast did it beat on average through the {noun} {day}?",
                   "I would be most obliged to know the heartbeats a minute, taken on average, that the {noun} {day} registered."],
    "sleep_quality": ["{night} comente apo dormidu, bene o male?",
                      "only(@subset(sleep, :night .== \"{night}\").quality)",
                      "When the wind rattles the drying shed I sleep badly. Was my rest sound or broken {night}?",
                      "I would be most obliged to know whether my sleep was of good quality {night}. With every courtesy, your correspondent."],
    "sleep_night": ["cantas oras apo dormidu {night}?",
                    "sum(@subset(sleep, :night .== \"{night}\").hours)",
                    "The flamingos on the lagoon call out in the dark. For how many hours did I get to sleep {night}?",
                    "I would be most obliged to know the number of hours I slept {night}."],
    "exercise_duration": ["cantos minutos est durada sa {noun} {day}?",
                          "sum(@subset(workouts, :session .== \"{noun}\", :day .== \"{day}\").minutes)",
                          "Roe takes weeks to cure but training should be short. The {noun} {day} took up how many minutes of my morning?",
                          "I would be most obliged to know the duration in minutes of the {noun} {day}. With every courtesy, your correspondent."],
    "meeting_duration": ["sa {title} {day} cantos minutos est durada?",
                         "sum(@subset(meetings, :title .== \"{title}\", :day .== \"{day}\").minutes)",
                         "Our fishing cooperative argues for hours over the price of roe. The {title} {day} ate up how many minutes of the season?",
                         "I would be most obliged to know how many minutes the {title} occupied {day}."],
    "distance_run": ["cantos km apo curtu {day}?",
                     "sum(@subset(workouts, :activity .== \"run\", :day .== \"{day}\").km)",
                     "Running the lagoon path is easy after hauling nets. How many km did my running shoes put behind me {day}?",
                     "I would be most obliged to know the kilometres I covered on foot at a run {day}. With every courtesy, your correspondent."],
    "distance_cycle": ["{day} cantos km apo fatu in bitzicleta?",
                       "sum(@subset(workouts, :activity .== \"cycle\", :day .== \"{day}\").km)",
                       "I take my bicycle along the salt flats to the shed. How many km of cycling did I log {day}?",
                       "I would be most obliged to know the distance in kilometres I cycled {day}."],
    "distance_swim": ["cantos metros apo natadu {day}?",
                      "sum(@subset(workouts, :activity .== \"swim\", :day .== \"{day}\").metres)",
                      "I wade in the lagoon all week yet swimming is different. My swim {day} came to how many metres in the water?",
                      "I would be most obliged to know the number of metres I swam {day}. With every courtesy, your correspondent."],
    "attendees": ["chie bi fit a sa {title} {day}?",
                  "only(@subset(meetings, :title .== \"{title}\", :day .== \"{day}\").attendees)",
                  "Half the cooperative is out on the boats whenever we meet. Which people turned up at the {title} {day}?",
                  "I would be most obliged to know the names of those present at the {title} {day}."],
    "coffee_count": ["cantos caffes apo bidu {day}?",
                     "length(@subset(drinks, :drink .== \"coffee\", :day .== \"{day}\").drink)",
                     "The moka pot on the shed stove is never cold. The moka got emptied how many times into my cup {day}?",
                     "I would be most obliged to know how many coffees I drank {day}. With every courtesy, your correspondent."],
    "caffeine": ["cantu caffeina apo leadu {day}, mg totales?",
                 "sum(@subset(drinks, :day .== \"{day}\").caffeine_mg)",
                 "Cold mornings at the quay make me drink more than I should. What was my total caffeine in mg {day}?",
                 "I would be most obliged to know the milligrams of caffeine that entered my system {day}."],
    "meeting_count": ["cantas riuniones apo tentu {day}?",
                      "length(@subset(meetings, :day .== \"{day}\").title)",
                      "Buyers from the mainland ring for meetings all season. How many meetings filled my day {day}?",
                      "I would be most obliged to know the number of meetings I attended {day}. With every courtesy, your correspondent."],
    "km_week": ["cantos km de {activity} apo fatu dae Lunis?",
                "sum(@subset(workouts, :activity .== \"{activity}\", :day .>= thismonday()).km)",
                "I count the roe sacs by the week and now my kilometres too. What distance has my {activity} added up to since Monday?",
                "I would be most obliged to know the kilometres of {activity} I have accumulated since Monday."],
    "workouts_week": ["dae Lunis cantos allenamentos apo fatu?",
                      "length(@subset(workouts, :day .>= thismonday()).activity)",
                      "The catch was heavy this week and left little time for sport. Since the week's first day, how often have I managed to train?",
                      "I would be most obliged to know how many sessions of exercise I have completed since Monday. With every courtesy, your correspondent."],
    "first_coffee": ["a ite ora apo bidu su primu caffe {day}?",
                     "minimum(@subset(drinks, :drink .== \"coffee\", :day .== \"{day}\").time)",
                     "The first cup comes before the boats are even in sight. What time was my opening coffee {day}?",
                     "I would be most obliged to know at what o'clock the coffee pot first served me {day}."],
    "last_coffee": ["{day} s'urtimu caffe a ite ora?",
                    "maximum(@subset(drinks, :drink .== \"coffee\", :day .== \"{day}\").time)",
                    "Once the pressing boards are stacked I try to stop with coffee. What time did I down the final cup {day}?",
                    "I would be most obliged to know the hour of my last coffee {day}. With every courtesy, your correspondent."],
    "first_meeting": ["a ite ora est incumintzada sa prima riunione {day}?",
                      "minimum(@subset(meetings, :day .== \"{day}\").start)",
                      "The wholesalers like to settle prices early. At what hour did the first of the wholesalers sit down with me {day}?",
                      "I would be most obliged to know the hour at which the first of my meetings commenced {day}."],
    "wake": ["a ite ora mi so ischidadu {day}?",
             "only(@subset(sleep, :wokeon .== \"{day}\").waketime)",
             "The fish market opens at five, so my alarm is cruel. At what hour did that alarm pull me off the pillow {day}?",
             "I would be most obliged to know the hour at which I awoke {day}. With every courtesy, your correspondent."],
    "bedtime": ["a ite ora so andadu a dormire {night}?",
                "only(@subset(sleep, :night .== \"{night}\").bedtime)",
                "After a day in the salt I fall into bed the moment I can. At what hour did my head meet the pillow {night}?",
                "I would be most obliged to know the hour at which I retired to bed {night}."],
    "dinner_on_distance": ["sa die chi apo {past} {km} km, ite apo mandigadu a chena?",
                           "only(@subset(meals, :meal .== \"dinner\", :day .== first(@subset(workouts, :km .== {km}, :verb .== \"{past}\").day)).food)",
                           "My legs know the lagoon better than the road. The evening after I {past} {km} km, which dish came to the table?",
                           "I would be most obliged to know what I took for dinner on the day I {past} {km} km. With every courtesy, your correspondent."],
    "meeting_after_workout": ["{day}, pustis de sa {noun}, chie bi fit a sa riunione?",
                              "only(@subset(meetings, :day .== \"{day}\", :afterworkout .== \"{noun}\").attendees)",
                              "I often go to meetings still smelling of the lagoon. The meeting I went to straight after the {noun} {day}, who sat at the table?",
                              "I would be most obliged to know who attended the meeting subsequent to the {noun} {day}."],
    "lunch_on_meeting_day": ["sa die de sa {title}, inue apo mandigadu a prandzu?",
                             "only(@subset(meals, :meal .== \"lunch\", :day .== first(@subset(meetings, :title .== \"{title}\").day)).place)",
                             "A meeting in Oristano means no lunch at the shed. Whichever day had the {title} on it, at which spot did I eat lunch then?",
                             "I would be most obliged to know at what place I lunched on the date of the {title}. With every courtesy, your correspondent."],
    "sleep_after_meeting": ["pustis de sa {title}, cantas oras apo dormidu cudda note?",
                            "sum(@subset(sleep, :night .== first(@subset(meetings, :title .== \"{title}\").day)).hours)",
                            "Haggling over roe prices keeps my head spinning at night. Once the {title} let me out, how many hours of sleep came that night?",
                            "I would be most obliged to know the hours of sleep I obtained the night following the {title}."],
    "dinner_on_said_day": ["{who} at faeddadu de {value} una die; ite apo mandigadu a chena cudda die?",
                           "only(@subset(meals, :meal .== \"dinner\", :day .== first(@subset(talk, :speaker .== \"{who}\", occursin.(\"{value}\", :text)).day)).food)",
                           "At the weighing table everyone chatters. {who} went on about {value} there one day. What did I sit down to in the evening of that very day?",
                           "{who} once spoke to me of {value}. I would be most obliged to know what I had for dinner that same day. With every courtesy, your correspondent."],
    "compare_sleep": ["cale note apo dormidu de prus, {n1} o puru {n2}?",
                      "@by(@subset(sleep, in.(:night, Ref([\"{n1}\", \"{n2}\"]))), :night, :h = sum(:hours))",
                      "Storms on the lagoon wreck some of my nights. Put {n1} beside {n2}: which one let me sleep the longer?",
                      "I would be most obliged to know which of two nights gave me the greater sleep, {n1} as against {n2}."],
    "compare_caffeine": ["prus caffeina {d1} o {d2}?",
                         "@by(@subset(drinks, in.(:day, Ref([\"{d1}\", \"{d2}\"]))), :day, :caff = sum(:caffeine_mg))",
                         "Some days the moka goes on three times. Was there more caffeine in me {d1} compared with {d2}?",
                         "I would be most obliged to know whether my caffeine was the greater {d1} or {d2}. With every courtesy, your correspondent."],
    "compare_duration": ["apo fatu prus minutos de esercitziu {d1} o {d2}?",
                         "@by(@subset(workouts, in.(:day, Ref([\"{d1}\", \"{d2}\"]))), :day, :min = sum(:minutes))",
                         "When the catch is thin I have more time to train. Between {d1} and {d2} as trays on the scale, which day gave me more minutes of exercise?",
                         "I would be most obliged to know whether {d1} exceeded {d2} in minutes of exercise."],
    "compare_coffee_weeks": ["custa chida apo bidu prus caffe de sa chida passada?",
                             "@by(@subset(drinks, :drink .== \"coffee\", :day .>= lastmonday()), :week, :n = length(:drink))",
                             "The January cold empties the moka faster. Am I drinking more coffee this week than the week before it?",
                             "I would be most obliged to know whether my coffee this week exceeds that of last week. With every courtesy, your correspondent."],
    "late_coffee_sleep": ["cando s'urtimu caffe est a sas {t} o pustis, dormo de mancu?",
                          "@by(nights, :latecup = :lastcoffee .>= \"{t}\", :h = mean(:hours))",
                          "Late landings mean late coffee at the quay. If my final coffee falls at {t} or later, is my sleep shorter afterwards?",
                          "I would be most obliged to know whether a last coffee at {t} or later curtails the sleep that follows it."],
    "late_dinner_sleep": ["si chenato a sas {t} o prus tardu, dormo de mancu?",
                          "@by(nights, :latemeal = :dinnertime .>= \"{t}\", :h = mean(:hours))",
                          "Dinner waits until the roe is salted and covered. When I sit down to eat at {t} or after, is the night's sleep thinner for it?",
                          "I would be most obliged to know whether dining at {t} or later diminishes my hours of sleep. With every courtesy, your correspondent."],
    "exercise_sleep": ["sas dies chi fatzo esercitziu, dormo de prus?",
                       "@by(nights, :trained, :h = mean(:hours))",
                       "Salting tires the arms and running tires the legs. On days I have trained, is the night's sleep longer?",
                       "I would be most obliged to know whether my sleep runs longer following the days on which I exercise."],
    "caffeine_sleep": ["cando leo {mg} mg de caffeina o prus, comente dormo?",
                       "@by(nights, :strong = :caffeineday .>= {mg}, :h = mean(:hours))",
                       "Winter on the lagoon has me living on coffee. Once a day's caffeine reaches {mg} mg or passes it, what becomes of my sleep?",
                       "I would be most obliged to know how my sleep fares after days reaching {mg} mg of caffeine or above. With every courtesy, your correspondent."],
    "exercise_coffee": ["sas dies de allenamentu bio prus caffes?",
                        "@by(days, :trained, :avgcups = mean(:cups))",
                        "Training seems to send me back to the moka more often. Do I drink more cups on days I exercised?",
                        "I would be most obliged to know whether I consume more coffee on the days on which I exercise."],
    "fu_day_before": ["e sa die innantis?",
                      "replay(ans, :day => prevday)",
                      "Turn it back one catch, to the previous day.",
                      "Would you carry the question back to the day preceding."],
    "fu_meeting_length": ["e cantu est durada cudda riunione?",
                          "sum(replay(ans, :col => :minutes))",
                          "Those cooperative meetings drag like a full net. That one held me for how many minutes all told?",
                          "Would you further state the length of that meeting in minutes."],
    "fu_other_day": ["e pro {day}?",
                     "replay(ans, :day => \"{day}\")",
                     "Turn over the next tray and ask it of {day} instead.",
                     "Would you carry the question over to {day}."],
    "fu_other_person": ["e {who}?",
                        "replay(ans, :who => \"{who}\")",
                        "Turn over the next tray and ask it of {who} instead.",
                        "Would you carry the question over to {who}."],
    "fu_night_before": ["e sa note innantis?",
                        "replay(ans, :night => prevnight)",
                        "Turn it back one catch, to the previous night.",
                        "Would you carry the question back to the night preceding."],
    "fu_today": ["e oe, fintzas a como?",
                 "replay(ans, :day => Dates.today(), :until => Dates.now())",
                 "Ask it of today instead, only as far as the sheds have got.",
                 "Would you carry the question over to today, so far as it has yet run."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = SARDU[day.weekday()]
    if absolute:
        return [f"su {wd} {_full(day)}", f"{wd}, {_full(day)}", f"su {wd}, {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"oe {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"eris {_slash(day)}"]
    return [f"su {wd} {_slash(day)}", f"{wd}, {_slash(day)}", f"su {wd}, {_words(day)}", f"in die de {wd} {_slash(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"sa note de su {SARDU[day.weekday()]} {_slash(day)} a su {_slash(after)}",
               f"sa note de su {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"eris a note, {_slash(day)} a {_slash(after)}"]
    return options
