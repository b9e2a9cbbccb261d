"""Question phrasings of the answers benchmark's seventy-third tuning set, ``dev73`` (docs/benchmarks.md, "Answers").

``dev73`` was the held-out set until 2026-12-05, when, after its measurement at 52c9aa0 (grounded
accuracy 0.773; worst category first_last; unsupported 0.004; abstention 1.0; p95 0.01 s), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev72``, answers_dev72_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a bank clerk in Kirchberg who types lower case and switches between English and Luxembourgish
  inside a sentence (no earlier set's language), in its ordinary typed spelling, with its "ë" and
  "é", question words as Luxembourgish puts them ("wat", "wou", "wéini", "wien", "wéi vill", "wéi
  laang", "wéi en", "um wéi vill Auer"), "Fréistéck", "Mëttegiessen" and "Owesiessen" for the
  meals, "Reunioun" for a meeting, "Training" for a workout, "Taasse Kaffi" for cups of coffee,
  "keng Ahnung", "merci" and "w.e.g.", and English words where they come first to mind;
- a man who types every question tersely as a flash card: "Q:" and the thing asked in a few words,
  lower case after it, then "A: …", the blank he wants filled ("Q: breakfast {day}? A: …"),
  his follow-ups cards too ("Q: same, the day before? A: …");
- a farrier who shoes horses at riding stables around Luxembourg City, writing in sentences with
  capitals, who makes a remark from his working life before or after the question (the anvil and
  the gas forge in his van, hot shoes and the smoke off the hoof, nails and clinches, the rasp and
  the hoof knife, trimming, lost shoes, horses that lean on him, a five-week shoeing round);
- a woman who writes formal sentences with formulas of her own: "I make bold to ask ...", "It would
  gratify me to learn ...", "Do me the kindness of telling me ...", "I solicit ...", some closed
  with "Yours faithfully.", her follow-ups opened with "In addition to the foregoing," and
  "Through your good offices,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev73 life lives in Europe/Luxembourg, from Monday 7 April 2036 to 22 April; Luxembourg keeps
Central European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+2, over its 16 days, 7 to 22 April, after
the change of 30 March), so no clock changes inside it. Dates are written as people in Luxembourg
write them in English, day first: with slashes, the day and month padded and the year in full
("07/04/2036") or the day and month alone, unpadded ("8/4"); with dots, padded, the year in full
("07.04.2036") or left off ("08.04"); or, as Luxembourgish and German write
"den 8. Abrëll", the day with an ordinal dot before the month ("8. April 2036"). Weekdays are
English, shortened with a dot ("Tue."), or left in Luxembourgish, as people there keep them in an
English sentence ("Méindeg", "Dënschdeg", "Mëttwoch", "Donneschdeg", "Freideg", "Samschdeg",
"Sonndeg"). For a day that may lie outside the life always with the year ("on 07/04/2036
(Méindeg)", "on Mon. 07.04.2036", "on the 7. April 2036"); for one of the days before yesterday the
Luxembourgish weekday and the slashed day and month ("on Mëttwoch 9/4"), the short weekday and the
dotted day and month ("on Wed. 09.04"), so many days back as Luxembourgish counts them ("virun 3
Deeg", "before 3 days") with the weekday and the ordinal day, or, two days back, "the day before
yesterday" (Luxembourgish "virgëschter") with the slashed day and month in brackets; today alone,
"today" with the Luxembourgish weekday and the slashed day and month in brackets, or "today, the 7.
April"; yesterday alone, "yesterday" with the weekday and the ordinal day ("yesterday, Monday the
7. April"), or with the Luxembourgish weekday and the slashed day and month. A night is named as
Luxembourgish names it, from one day "on" the next ("d'Nuecht vu Méindeg op Dënschdeg"): "the night
from Monday 07.04 on Tuesday", "the night of the 8. on the 9. April"; last night alone, "last
night", or, as Luxembourgish says "haut de Nuecht" of the night just gone, "this night (Monday on
Tuesday)".
Workouts are named with places in and around Luxembourg City: the Pétrusse valley, the Parc de Merl,
the Bambësch woods, the Alzette down to Mersch, the Grünewald, the Moselle at Remich, the pool at
the Coque in Kirchberg and the Bonnevoie pool, a studio in Limpertsberg and one in Bonnevoie, the
climbing wall at the Coque and the sandstone at Berdorf.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
LUX = ("Méindeg", "Dënschdeg", "Mëttwoch", "Donneschdeg", "Freideg", "Samschdeg", "Sonndeg")
"""Weekdays as Luxembourgish names them, kept in English sentences as people there do."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run through the Pétrusse valley", "run round the Parc de Merl", "run in the Bambësch woods"),
         "cycle": ("ride along the Alzette to Mersch", "ride through the Grünewald", "ride out to the Moselle at Remich"),
         "swim": ("swim at the pool of the Coque", "swim at the Bonnevoie pool"),
         "yoga": ("yoga class at a studio in Limpertsberg", "yoga session at a studio in Bonnevoie"),
         "climb": ("session on the climbing wall at the Coque", "climb on the sandstone at Berdorf")}
"""What this set's questions call a workout of each activity: places in and around Luxembourg City."""

A = " A: …"
FAITHFULLY = " Yours faithfully."

PHRASES: dict[str, list[str]] = {
    "book": ["wéi en Buch huet {who} mir recommendéiert? ech hunn den title vergiess",
             "Q: book {who} recommended, title?" + A,
             "I read a chapter while the shoes heat in the forge. Which book was it that {who} told me to read, between the fire and the anvil?",
             "I make bold to ask the title of the book whose reading {who} commended to me."],
    "film": ["wéi e Film sot {who} muss ech onbedéngt kucken? hunn e free evening",
             "Q: the film {who} says I must see?" + A,
             "No horses to shoe tonight, so there is time for a screen. Which film was it that {who} kept telling me I had to watch?",
             "It would gratify me to learn which film {who} pressed me to see." + FAITHFULLY],
    "offsite": ["wou ass den offsite elo hi geplënnert, laut {who}? new place oder wat",
                "Q: offsite's new venue, per {who}?" + A,
                "A stable yard moves its horses and I follow with the van. Where did {who} say the offsite had"
                " been moved to?",
                "Do me the kindness of telling me the place to which, according to {who}, the offsite was moved."],
    "restaurant": ["wéi huet dee Restaurant geheescht deen {who} mir gesot huet? wëll e Dësch reservéieren",
                   "Q: restaurant {who} suggested, its name?" + A,
                   "Bent over hooves all week, I have earned a dinner out. What was the name of the restaurant {who}"
                   " suggested?",
                   "I solicit the name of the restaurant that {who} recommended."],
    "flight": ["um wéi vill Auer land de Fliger vum {who}? ech muss op Findel, need the time",
               "Q: {who}'s flight lands at?" + A,
               "I can leave a horse half trimmed for no one but a friend at the airport. When is {who}'s flight"
               " due to touch down at Findel?",
               "I make bold to ask at what hour the flight of {who} is due to land." + FAITHFULLY],
    "dog": ["wéi heescht dem {who} säin neien Hond? sou cute op de Fotoen",
            "Q: name of {who}'s new dog?" + A,
            "Every yard I visit has a dog that steals the hoof parings. What name has {who} given the new one?",
            "It would gratify me to learn the name {who} has given to the new dog."],
    "launch": ["{who} sot de launch vu {project} gëtt verréckelt, op wéi en Datum exactly?",
               "Q: {project} launch, pushed by {who} to which date?" + A,
               "A shoe set late is better than one set wrong, and launches slip the same way. To which date did"
               " {who} say the {project} launch has been put off?",
               "Do me the kindness of telling me the date to which, as {who} reported, the {project} launch was"
               " deferred."],
    "age": ["wéi al gëtt dem {who} seng Duechter? ech muss e Kaddo kafen",
            "Q: {who}'s daughter turns how old?" + A,
            "My own girl wanted to hold the horses before she could walk. What age will {who}'s daughter be on"
            " her birthday?",
            "I solicit word of how old the daughter of {who} will be at her coming birthday." + FAITHFULLY],
    "podcast": ["wéi e Podcast huet {who} mir recommendéiert? fir am Stau op der A6",
                "Q: podcast {who} tipped me off to?" + A,
                "The drives between stables are long and the radio is dull. Which podcast did {who} say would make the miles go faster?",
                "I make bold to ask which podcast it was that {who} recommended."],
    "breakfast_food": ["wat hunn ech {day} zum Fréistéck giess? keng Ahnung méi",
                       "Q: breakfast {day}, food?" + A,
                       "I was at the first yard before seven {day}. What did I have for breakfast before I left?",
                       "It would gratify me to learn of what my breakfast {day} was composed."],
    "lunch_food": ["wat hunn ech {day} zum Mëttegiessen giess? de Rescht vum Dag war a blur",
                   "Q: lunch {day}, what was eaten?" + A,
                   "Lunch is usually eaten on the tailgate of the van between two horses. Off that tailgate, what"
                   " was my lunch {day}?",
                   "Do me the kindness of telling me what my lunch consisted of {day}." + FAITHFULLY],
    "dinner_food": ["wat hunn ech {day} zum Owesiessen giess? ech weess et net méi",
                    "Q: dinner {day}, on the plate?" + A,
                    "I came home smelling of burnt hoof, as ever. What was it that I ate for dinner {day}?",
                    "I solicit a note of what I had for dinner {day}."],
    "lunch_place": ["wou hunn ech {day} Mëttegiessen giess? d'Plaz war mega gutt",
                    "Q: lunch {day}, eaten at which place?" + A,
                    "Between the yard in Steinsel and the one in Bertrange I stopped for food {day}. At which place"
                    " did I stop for my midday meal?",
                    "I make bold to ask where I took my lunch {day}."],
    "dinner_place": ["wou hunn ech {day} Owesiessen giess? ech wëll nach eng Kéier hin, soon",
                     "Q: dinner {day}, where?" + A,
                     "With the forge cooled and the van locked {day}, where did I go for dinner?",
                     "It would gratify me to learn where I dined {day}." + FAITHFULLY],
    "workout_kind": ["wat fir en Training hunn ech {day} gemaach? what type, mengen ech",
                     "Q: workout type {day}?" + A,
                     "Holding up a cob's hind leg all morning feels like training, but it is not. What kind of"
                     " workout did I actually do {day}?",
                     "Do me the kindness of telling me which kind of exercise I took {day}."],
    "heart_rate": ["wat war mäin average Puls beim {noun} {day}? a bpm w.e.g.",
                   "Q: avg heart rate, {noun} {day}?" + A,
                   "A horse's heart beats about forty times a minute at rest, mine rather more. What was my average"
                   " heart rate in bpm on the {noun} {day}?",
                   "I solicit a figure for my pulse, averaged over the {noun} {day} and given in beats per minute."],
    "sleep_quality": ["hunn ech {night} gutt oder schlecht geschlof? good or bad, sot et mir",
                      "Q: sleep {night}, good or bad?" + A,
                      "I dreamt a mare kicked the whole shoe box over. Was my sleep {night} good or bad, going by"
                      " the tracker?",
                      "I make bold to ask whether my sleep {night} was good or poor." + FAITHFULLY],
    "sleep_night": ["wéi vill Stonne hunn ech {night} geschlof? ech si komplett kaputt",
                    "Q: hours slept, {night}?" + A,
                    "I drove a nail a shade too fine this morning, and I never do that. How many hours of sleep"
                    " had I put behind me {night}, then?",
                    "It would gratify me to learn how many hours I slept {night}."],
    "exercise_duration": ["wéi laang huet de {noun} {day} gedauert? a Minutten w.e.g.",
                          "Q: {noun} {day}, minutes long?" + A,
                          "A full set of four shoes takes me about an hour. And the {noun} {day}, how"
                          " many minutes did it run to?",
                          "Do me the kindness of telling me for how many minutes the {noun} {day} lasted."
                          + FAITHFULLY],
    "meeting_duration": ["wéi laang war d'Reunioun {title} {day}? et huet sech gezunn",
                         "Q: {title} meeting {day}, duration?" + A,
                         "I sat through the {title} meeting {day} with a horse waiting in the next village. How long"
                         " did it go on, in minutes?",
                         "I solicit the length of the {title} meeting {day}."],
    "distance_run": ["wéi vill km sinn ech {day} gelaf? den total",
                     "Q: km run {day}?" + A,
                     "Running is the one time nobody hands me a hoof to hold. How many kilometres did my legs cover running {day}, free of hooves?",
                     "I make bold to ask how many kilometres I ran {day}."],
    "distance_cycle": ["wéi vill km sinn ech {day} mam Vëlo gefuer, more or less?",
                       "Q: km cycled {day}?" + A,
                       "The van stayed in the yard {day} and I took the bike instead. How many kilometres did I ride?",
                       "It would gratify me to learn the distance, in kilometres, that I cycled {day}." + FAITHFULLY],
    "distance_swim": ["wéi wäit sinn ech {day} geschwommen? meter oder km, egal",
                      "Q: swim distance {day}?" + A,
                      "Water is kind to a back that has held up horses all week. What distance did I swim {day}, with no shoes to fit?",
                      "Do me the kindness of telling me how great a distance I covered in the water {day}."],
    "attendees": ["wien war {day} an der Reunioun {title}? ech weess net méi wien do war",
                  "Q: attendees, {title} meeting {day}?" + A,
                  "My mind was on a lame gelding the whole time. Who was present at the {title} meeting {day}?",
                  "I solicit a list of those who attended the {title} meeting {day}." + FAITHFULLY],
    "coffee_count": ["wéi vill Taasse Kaffi hunn ech {day} gedronk? ze vill, I bet",
                     "Q: coffee count {day}?" + A,
                     "Each yard offers me a cup and I rarely say no. How many of those cups did I end up drinking {day}?",
                     "I make bold to ask the tally of cups of coffee that passed my lips {day}."],
    "caffeine": ["wéi vill Koffein hat ech {day} am ganzen, a mg?",
                 "Q: caffeine {day}, mg total?" + A,
                 "My hand shook on the hoof knife {day}. Was it the coffee? Give me that day's caffeine as a sum in mg.",
                 "It would gratify me to learn my total caffeine {day}, in milligrams." + FAITHFULLY],
    "meeting_count": ["wéi vill Reuniounen hat ech {day}? back to back, de ganzen Dag",
                      "Q: number of meetings {day}?" + A,
                      "Half my trade is now talk with owners and vets. How many meetings were in my day {day}?",
                      "Do me the kindness of telling me how many meetings I had {day}."],
    "km_week": ["wéi vill km {activity} hunn ech zënter Méindeg?",
                "Q: {activity} km since monday?" + A,
                "I count the horses I shoe each week, and my legs keep their own count. Since Monday, what sum of kilometres"
                " of {activity} do they show?",
                "I solicit the aggregate distance of {activity}, in kilometres, accumulated since Monday."],
    "workouts_week": ["wéi vill Trainingen hunn ech dës Woch schonn gemaach, so far?",
                      "Q: workouts this week, count?" + A,
                      "Wrestling a young horse into a shoe does not count. How many workouts worth the"
                      " name does this week hold so far?",
                      "I make bold to ask how many workouts I have done this week." + FAITHFULLY],
    "first_coffee": ["um wéi vill Auer hunn ech {day} den éischte Kaffi gedronk?",
                     "Q: first coffee {day}, time?" + A,
                     "The forge takes a while to heat, so the coffee comes first. At what time did that first coffee"
                     " get poured {day}?",
                     "It would gratify me to learn at which hour the first coffee of the day was taken {day}."],
    "last_coffee": ["um wéi vill Auer war de leschte Kaffi {day}? just d'Auerzäit",
                    "Q: last coffee {day}, at what time?" + A,
                    "I was writing up invoices for the owners late {day}. When did the last coffee of that day go down?",
                    "Do me the kindness of telling me when I drank my last coffee {day}." + FAITHFULLY],
    "first_meeting": ["wéini huet déi éischt Reunioun {day} ugefaang? just de start",
                      "Q: first meeting {day}, start time?" + A,
                      "A horse stood waiting in its box because of it. At what time did my first meeting {day}"
                      " start?",
                      "I solicit the hour at which the earliest of my meetings {day} was opened."],
    "wake": ["um wéi vill Auer sinn ech {day} erwächt? exakt w.e.g.",
             "Q: wake-up time {day}?" + A,
             "A farrier should be up before the horses are fed. At what time did my eyes open {day}, then?",
             "I make bold to ask at what hour I woke {day}."],
    "bedtime": ["um wéi vill Auer sinn ech {night} an d'Bett gaang?",
                "Q: bedtime, {night}?" + A,
                "I sat up sharpening the hoof knives. At what hour did I lay the knives down and go to bed {night}?",
                "It would gratify me to learn when I retired for the night, {night}." + FAITHFULLY],
    "dinner_on_distance": ["wat hunn ech zum Owesiessen giess, the day I {past} {km} km? deen Dag, mengen ech",
                           "Q: dinner, the day I {past} {km} km?" + A,
                           "I put away as much as a Percheron after a day like the one I {past} {km} km. What was that"
                           " evening's dinner?",
                           "Do me the kindness of telling me what was served to me at dinner on the date I {past} {km} km."],
    "meeting_after_workout": ["wien war an der Reunioun direkt nom {noun} {day}?",
                              "Q: who was at the meeting right after the {noun} {day}?" + A,
                              "I came in still smelling of the forge. Who was at the meeting I went to straight from"
                              " the {noun} {day}?",
                              "I solicit the names of those at the meeting that directly followed the {noun} {day}."
                              + FAITHFULLY],
    "lunch_on_meeting_day": ["wou hunn ech Mëttegiessen giess deen Dag vun der Reunioun {title}?",
                             "Q: lunch spot on the {title} meeting day?" + A,
                             "The {title} meeting fell on a day with three yards to visit. Where did lunch happen"
                             " between the yards that day?",
                             "I make bold to ask at which establishment I took lunch on the date the {title} meeting was held."],
    "sleep_after_meeting": ["wéi vill Stonne hunn ech geschlof d'Nuecht no der Reunioun {title}?",
                            "Q: hours slept the night after the {title} meeting?" + A,
                            "The {title} meeting cost me a morning's shoeing. How many hours did I sleep on the night"
                            " after it?",
                            "It would gratify me to learn how many hours I slept on the night that followed the"
                            " {title} meeting." + FAITHFULLY],
    "dinner_on_said_day": ["wat hunn ech zum Owesiessen giess deen Dag wou {who} vu {value} geschwat huet?",
                           "Q: dinner on the day {who} mentioned {value}?" + A,
                           "That was the week a shoe flew off and cracked the van's window. On the day {who}"
                           " brought up {value}, what did I eat for dinner?",
                           "Do me the kindness of telling me what I had for dinner on the day {who} spoke of {value}."],
    "compare_sleep": ["wéi eng Nuecht hunn ech méi laang geschlof, {n1} oder {n2}? a wéi vill Stonne pro Nuecht",
                      "Q: longer sleep, {n1} or {n2}, and the hours of each?" + A,
                      "Two nights, like two front hooves that ought to match. Did I sleep longer {n1} or {n2}, and"
                      " how many hours was each?",
                      "I solicit which night, {n1} or {n2}, gave me the longer sleep, with the hours of each."],
    "compare_caffeine": ["wéini hat ech méi Koffein, {d1} oder {d2}? mat de mg vun all Dag",
                         "Q: more caffeine, {d1} or {d2}, and the mg of each?" + A,
                         "Nailing on a shoe wants a steady hand. Did I have more caffeine {d1} or {d2}, and how many"
                         " milligrams on each day?",
                         "I make bold to ask whether my caffeine was higher {d1} or {d2}, and how many milligrams"
                         " each day came to." + FAITHFULLY],
    "compare_duration": ["wéi en Training war méi laang, {d1} oder {d2}? d'Minutte vun all eenzelen",
                         "Q: longer workout, {d1} or {d2}, and the minutes of each?" + A,
                         "Some horses stand like statues and some take all afternoon. Was my workout longer {d1} or"
                         " {d2}, and how many minutes did each last?",
                         "It would gratify me to learn which workout lasted longer, the one {d1} or the one {d2},"
                         " and the minutes of each."],
    "compare_coffee_weeks": ["drénken ech dës Woch méi Kaffi wéi lescht Woch? more or less, sot mir",
                             "Q: coffee, this week vs last, more or less?" + A,
                             "Every owner on my round seems to have bought a new coffee machine. Has this week put more"
                             " coffee in me than last week did, or less?",
                             "Do me the kindness of telling me whether I have drunk more or less coffee this week"
                             " than last week." + FAITHFULLY],
    "late_coffee_sleep": ["schlofen ech manner wann ech um {t} oder méi spéit nach e Kaffi drénken?",
                          "Q: coffee at {t} or later, less sleep after?" + A,
                          "Late calls to a lame horse often end with a coffee at {t} or later. Are those the nights"
                          " when my sleep comes up short?",
                          "I solicit whether I sleep less after taking coffee at {t} or later."],
    "late_dinner_sleep": ["schlofen ech manner wann ech um {t} oder méi spéit z'owes iessen?",
                          "Q: dinner at {t} or later, less sleep?" + A,
                          "On the long rounds out to the Ösling dinner slips to {t} or later. Is my sleep shorter on"
                          " the nights after such dinners?",
                          "I make bold to ask whether dining at {t} or later leaves me with less sleep."
                          + FAITHFULLY],
    "exercise_sleep": ["schlofen ech méi laang no Trainingsdeeg wéi no rest days?",
                       "Q: sleep after workout days vs rest days, longer?" + A,
                       "Some days I train on top of shoeing, some days I only shoe. Do I sleep longer after the days"
                       " with a workout than after the days without one?",
                       "It would gratify me to learn whether I sleep longer after days of exercise than after days"
                       " of rest."],
    "caffeine_sleep": ["wéi schlofen ech no Deeg mat {mg} mg Koffein oder méi, compared mat den aneren Deeg?",
                       "Q: sleep after days of {mg} mg+ caffeine vs other days?" + A,
                       "Busy shoeing weeks run on strong coffee. After days when the cups add up to {mg}"
                       " mg of caffeine or beyond, is my sleep any different from the nights after lighter days?",
                       "Do me the kindness of setting my sleep after days of {mg} mg of caffeine or upward"
                       " beside my sleep after all remaining days." + FAITHFULLY],
    "exercise_coffee": ["drénken ech méi Kaffi op Trainingsdeeg wéi op rest days?",
                        "Q: coffees a day, workout days vs rest days, more?" + A,
                        "On the days I train I seem to accept every cup a yard offers. Do I drink more coffees a day"
                        " on workout days than on rest days?",
                        "I solicit whether my daily coffees are more numerous on days of exercise than on days of"
                        " rest."],
    "fu_day_before": ["an den Dag virdrun?",
                      "Q: same, the day before?" + A,
                      "And the day before that, when I had the young colt to shoe?",
                      "In addition to the foregoing, I make bold to ask the same of the previous day."],
    "fu_meeting_length": ["a wéi laang huet déi Reunioun gedauert?",
                          "Q: that meeting, how many minutes?" + A,
                          "My van stood idle in the yard the whole time. For how long did that meeting keep me from the anvil?",
                          "Through your good offices, I solicit the length of that meeting."],
    "fu_other_day": ["an {day}? déi selwecht Fro",
                     "Q: same, {day}?" + A,
                     "And {day}, the same question, as I would check one hoof against the other?",
                     "In addition to the foregoing, it would gratify me to learn the same {day}."],
    "fu_night_before": ["an d'Nuecht virdrun?",
                        "Q: same, the night before?" + A,
                        "I had a horse at six the morning after it. What of the night before that one, then?",
                        "Through your good offices, I make bold to ask the same of the night preceding."],
    "fu_today": ["an haut, bis elo?",
                 "Q: same, today so far?" + A,
                 "And today up to now, between one yard and the next?",
                 "In addition to the foregoing, do me the kindness of telling me the same for today until now."],
    "fu_other_person": ["an {who}? déi selwecht Fro",
                        "Q: same, for {who}?" + A,
                        "And {who}, whose grey mare I shoe every five weeks?",
                        "Through your good offices, I solicit the same concerning {who}."],
}
"""Every question key's templates: the mixed writer's, the flash-card writer's, the farrier's, the
formal writer's."""


def _dotted(day: date, year: bool = False) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if year else f"{day.day:02d}.{day.month:02d}"


def _slashed(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    name, short, lux = WEEKDAYS[day.weekday()], SHORT[day.weekday()], LUX[day.weekday()]
    if absolute:
        return [f"on {day.day:02d}/{day.month:02d}/{day.year} ({lux})",
                f"on {short}. {_dotted(day, year=True)}",
                f"on the {day.day}. {MONTHS[day.month - 1]} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({lux} {_slashed(day)})", f"today, the {day.day}. {MONTHS[day.month - 1]}"]
    if back == 1:
        return ["yesterday", f"yesterday, {name} the {day.day}. {MONTHS[day.month - 1]}", f"yesterday, {lux} {_slashed(day)}"]
    options = [f"on {lux} {_slashed(day)}", f"on {short}. {_dotted(day)}",
               f"before {back} days ({name} the {day.day}.)"]
    if back == 2:
        options.append(f"the day before yesterday ({_slashed(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    name, into = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if after.month == day.month:
        span = f"the night of the {day.day}. on the {after.day}. {MONTHS[day.month - 1]}"
    else:
        span = f"the night of the {day.day}. {MONTHS[day.month - 1]} on the {after.day}. {MONTHS[after.month - 1]}"
    options = [f"the night from {name} {_dotted(day)} on {into}", span]
    if (today - day).days == 1:
        options += ["last night", f"this night ({name} on {into})"]
    return options
