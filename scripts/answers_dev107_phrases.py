"""Question phrasings of the answers benchmark's one hundred and seventh tuning set, ``dev107`` (docs/benchmarks.md, "Answers").

``dev107`` was the held-out set until 2026-12-06, when, after its measurement at 2326488 (grounded
accuracy 0.534; worst category comparison 0.182; unsupported 0.0; abstention 0.818; p95 0.028 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev106``, answers_dev106_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young plasterer in Grozny, who types lower case, switching between English and Chechen
  (Nokhchiyn mott, a Nakh language of the North Caucasus, spoken in Chechnya, a republic of Russia;
  no earlier set's language nor a close relative of one: no earlier set is in a Nakh or other
  Northeast Caucasian language, and Georgian, an earlier set's language and Chechnya's neighbour
  across the mountains, is Kartvelian, unrelated) inside a sentence, in Latin letters. The Chechen
  here is the writer's own approximation from the language's commonest words (question words,
  today, yesterday, night, weekdays, meals, sleep, how many, where, who); no speaker has checked it. What the set tests is how the planner
  reads English mixed with a language it has never seen;
- a billing engineer at a mobile operator in Grozny, who types every question as one Gremlin graph
  traversal: 'g.V()' and 'has(...)' steps naming what is known ('has('meal','kind','lunch')',
  'has('day','...')', 'has('person','name','...')'), 'out(...)' along an edge, then 'values(...)'
  of the property asked; 'count()' for counts, 'sum()' for totals, 'order().by(...).limit(1)' for
  firsts and lasts, 'g.inject(...)' with an ordering for two compared, 'group().by(...)' and a
  'mean()' for habits; no question mark of its own, no brace; his follow-ups put a step on 'prev';
- a maker of felt rugs (istang) in a workshop in Grozny, who starts with a remark from her work (the
  raw fleece, carding and soaking the wool, laying out the pattern, rolling the felt in its reed mat,
  the dye pots, the drying line, her apprentice, the weavers' cooperative, the bazaar) before she asks;
- a retired theatre prompter in Grozny, who writes formal sentences with formulas of his own:
  "I request that you establish ...", closed with "With respect and gratitude.", and "Would you do
  me the kindness of determining ..."; his follow-ups open with "Put the same inquiry regarding ...".

Of the Chechen words, those another module holds as a word are short ordinary ones, English words or
words another language happens to share, kept (listed in the commit that wrote this set); no other
module holds "Chechen", "Chechnya", "Grozny", "Gremlin", "g.V(", "plasterer", "istang", "felt rug",
"prompter", "I request that you establish", "With respect and gratitude", "Would you do me the
kindness of determining" or "Put the same inquiry", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev107 life lives in Europe/Moscow, the zone Chechnya keeps, in Grozny, from Monday 1 December
2036 to 16 December; Russia keeps Moscow Time (UTC+3) all year, with no summer time since 2014
(zoneinfo gives one offset over its 16 days), so no clock changes inside it. Dates are written as
people in Grozny write them: day first, mostly with dots, both padded, and the year in full
("01.12.2036"), or the day and month alone the same way ("01.12"), sometimes with slashes instead
("01/12", "01/12/2036"), as people there type them in messages; in words the day's number before the month, in
English ("1 December"), with the year after them for a day that may lie outside the life ("1
December 2036"). Weekdays are in Chechen, with capitals: "Orshot" for Monday, "Shinara", "Qaara",
"Eara", "Pereska", "Shot" and "Kirande" for Sunday: a day as its weekday and the dotted day
("Orshot 01.12"), as its weekday and the date in words ("Orshot 1 December"), or as "de" (day), its
weekday and the dotted day in brackets ("de Orshot (01.12)"), or as its weekday and the slashed day
("Orshot 01/12"); for a day that may lie outside the life always with the year ("Orshot 01.12.2036",
"Orshot 01/12/2036", or "Orshot 1 December 2036"); today and yesterday
alone, or as "tahna" (today) and "selhana" (yesterday) with the dotted day after them. A night is
named "buysa" (night) and the weekday it starts on, with its two dotted days ("buysa Orshot
01.12-02.12"), or "buysa" and the date in words ("buysa 1 December"); last night alone, "last
night", or as "selhana buysa" with its two dotted days. No day's name ends in a dot, so that no
question ends in two dots. Workouts are named with places in Chechnya: along the Sunzha embankment
and round the Flower Park in Grozny, up the hill road above Shali; out along the highway to Argun,
over to Gudermes and back, beside the Terek near Naurskaya; at a sports-complex pool in Grozny and
in Lake Kezenoyam; a rented hall in Urus-Martan and a studio near the Grozny City towers; the
limestone of the Argun gorge and an indoor wall in Grozny.
"""


from __future__ import annotations

from datetime import date, timedelta

NOKHCHI = ("Orshot", "Shinara", "Qaara", "Eara", "Pereska", "Shot", "Kirande")
"""Chechen weekdays as this set names them, Monday to Sunday, with a capital, in Latin letters (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Sunzha embankment in Grozny", "run round the Flower Park in Grozny",
                 "run up the hill road above Shali"),
         "cycle": ("ride out along the highway to Argun", "ride over to Gudermes and back",
                   "ride beside the Terek near Naurskaya"),
         "swim": ("swim at a sports-complex pool in Grozny", "swim in the cold water of Lake Kezenoyam"),
         "yoga": ("yoga class in a rented hall in Urus-Martan", "yoga session at a studio near the Grozny City towers"),
         "climb": ("climb on the limestone of the Argun gorge", "climb at an indoor wall in Grozny")}
"""What this set's questions call a workout of each activity: places in Chechnya."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} suna hun kinshka dyeshar elira?",
             "g.V().has('person','name','{who}').out('recommended').hasLabel('book').values('title')",
             "Between soakings the wool needs an hour to rest, as do my arms. Which book was it that {who} wanted me to get through?",
             "I request that you establish the title of the book which {who} commended to my reading. With respect and gratitude."],
    "film": ["{who} suna hun kino hyezhar elira?",
             "g.V().has('person','name','{who}').out('recommended').hasLabel('film').values('title')",
             "Rolling a felt by hand leaves my evenings for sitting still. Which film did {who} tell me to put on?",
             "Would you do me the kindness of determining which motion picture {who} urged upon me?"],
    "offsite": ["{who} offsite michah dakhira, hun gala?",
                "g.V().has('person','name','{who}').outE('moved_offsite').order().by('at').tail(1).inV().values('town')",
                "When the workshop floods we carry the half-made rugs to my aunt's house. Into which town did {who} carry the offsite?",
                "I request that you establish to what town {who} has relocated the offsite gathering. With respect and gratitude."],
    "restaurant": ["{who} suna hun restaurant dika ala elira?",
                   "g.V().has('person','name','{who}').out('recommended').hasLabel('restaurant').values('name')",
                   "The women at the next stall in the bazaar argue about where the shashlik is best. What eating house was it that {who} swore by?",
                   "Would you do me the kindness of determining the restaurant that {who} praised to me?"],
    "flight": ["{who} kemanca maca ditsar du?",
               "g.V().has('person','name','{who}').out('flies_on').values('lands_at')",
               "Buyers for my rugs sometimes fly in from Moscow to see them laid out. At what hour does the aeroplane with {who} aboard touch down?",
               "I request that you establish when the flight bearing {who} is expected to land. With respect and gratitude."],
    "dog": ["{who} kerla zhalin kiorni, tsunna hun tsie du?",
            "g.V().has('person','name','{who}').out('owns').has('pet','young',true).values('name')",
            "A stray sleeps on the pile of raw fleece in the yard all winter. The puppy {who} took home lately, what name did it get?",
            "Would you do me the kindness of determining what the new puppy of {who} has been named?"],
    "launch": ["{who} {project} launch hun date-na dakhira?",
               "g.V().has('project','name','{project}').outE('launch_moved').has('by','{who}').inV().values('date')",
               "A felt that will not bind puts every order back a day or two. To what date did {who} push the {project} launch?",
               "I request that you establish the date to which {who} has deferred the launch of {project}. With respect and gratitude."],
    "age": ["{who} yoiyn masa sho hir du dina de tIekhya?",
            "g.V().has('person','name','{who}').out('daughter').values('age_next_birthday')",
            "Children love to stamp on the rolled felt to help it bind. What age does the daughter of {who} turn at her coming birthday?",
            "Would you do me the kindness of determining how old the daughter of {who} will be when next her birthday comes round?"],
    "podcast": ["{who} suna hun podcast ladogIa elira?",
                "g.V().has('person','name','{who}').out('recommended').hasLabel('podcast').values('title')",
                "Carding wool is slow work and my ears are free. What podcast did {who} say I should be listening to?",
                "I request that you establish which podcast {who} advised me to hear. With respect and gratitude."],
    "breakfast_food": ["{day} uyrenan yuurg, hun diira as?",
                       "g.V().has('meal','kind','breakfast').has('day','{day}').values('food')",
                       "I put the water on for the soaking before I think of my own food. What went on my breakfast plate {day}?",
                       "Would you do me the kindness of determining what I had for my morning meal {day}?"],
    "lunch_food": ["delkhan yuurg {day}, hun diira as?",
                   "g.V().has('meal','kind','lunch').has('day','{day}').values('food')",
                   "At noon the laid-out fleece must dry a while, so I can sit down with my tin. What was my midday food {day}?",
                   "I request that you establish the substance of my luncheon {day}. With respect and gratitude."],
    "dinner_food": ["{day} suyrenan yuurg hun dara?",
                    "g.V().has('meal','kind','dinner').has('day','{day}').values('food')",
                    "The last felt of the day is rolled in its reed mat at seven and then I go home hungry. What did I have on the table for dinner {day}?",
                    "Would you do me the kindness of determining what my supper comprised {day}?"],
    "lunch_place": ["delkhan yuurg {day} michah diira as?",
                    "g.V().has('meal','kind','lunch').has('day','{day}').values('place')",
                    "Some days I eat on a bench among the dye pots, some days in a cafe up the street. Which of those two fed me at noon {day}?",
                    "I request that you establish in what establishment I took lunch {day}. With respect and gratitude."],
    "dinner_place": ["suyrenan yuurg {day} michah dara?",
                     "g.V().has('meal','kind','dinner').has('day','{day}').values('place')",
                     "After a day of hot water and soap to the elbows I rarely cook. At what place did I have dinner {day}?",
                     "Would you do me the kindness of determining where I dined {day}?"],
    "workout_kind": ["{day} so hun sport-ah vyara?",
                     "g.V().has('workout','day','{day}').limit(1).values('activity')",
                     "Rolling a felt back and forth a thousand times is no sport. Which sport got my legs moving {day}, the real one?",
                     "I request that you establish which kind of exercise I undertook {day}. With respect and gratitude."],
    "heart_rate": ["{day} {noun}, sa average heart rate masa dara?",
                   "g.V().has('workout','name','{noun}').has('day','{day}').values('avg_hr')",
                   "I count the turns of the roll all day and my own pulse hardly ever. Through the whole {noun} {day}, where did my heart rate average out?",
                   "Would you do me the kindness of determining the mean rate of my heart during the {noun} {day}?"],
    "sleep_quality": ["{night} nab dika yara ya vo yara?",
                      "g.V().has('night','name','{night}').values('quality')",
                      "Some nights I dream the patterns I laid out that day. Did I rest well or badly {night}?",
                      "I request that you establish whether my slumber was sound or troubled {night}. With respect and gratitude."],
    "sleep_night": ["{night} masa saht nab yira as?",
                    "g.V().has('night','name','{night}').values('hours')",
                    "After a day of rolling two big rugs I drop like a stone. How many hours did the stone lie still {night}?",
                    "Would you do me the kindness of determining the number of hours I slept {night}?"],
    "exercise_duration": ["{day} {noun} mel deha dara, minot-ash?",
                          "g.V().has('workout','name','{noun}').has('day','{day}').values('minutes')",
                          "Laying out the pattern of one istang takes me forty minutes. Against that, how many minutes did the {noun} {day} use up?",
                          "I request that you establish how many minutes the {noun} {day} occupied me. With respect and gratitude."],
    "meeting_duration": ["{title} {day} mel deha dara, minot-ash?",
                         "g.V().has('meeting','title','{title}').has('day','{day}').values('minutes')",
                         "Meetings with the craft cooperative drag on like wet wool drying. Tell me the minutes the {title} swallowed {day}.",
                         "Would you do me the kindness of determining for how many minutes the {title} {day} sat?"],
    "distance_run": ["{day} masa km idda as?",
                     "g.V().has('workout','activity','run').has('day','{day}').values('km').sum()",
                     "Running is the only time I am not breathing wool dust. What distance did my running cover {day}, km please?",
                     "I request that you establish how many kilometres I covered on foot at a run {day}. With respect and gratitude."],
    "distance_cycle": ["{day} bike-ah masa km lelira?",
                       "g.V().has('workout','activity','cycle').has('day','{day}').values('km').sum()",
                       "My bicycle leans against the dye shed all week waiting for a free day. What distance did the pedals turn out {day}, reckoned by the km?",
                       "Would you do me the kindness of determining the kilometres I cycled {day}?"],
    "distance_swim": ["{day} masa metre neka as?",
                      "g.V().has('workout','activity','swim').has('day','{day}').values('metres').sum()",
                      "I spend all day with my hands in soapy water and then go and swim in more. How many metres of swimming did I get through {day}?",
                      "I request that you establish the number of metres I swam {day}. With respect and gratitude."],
    "attendees": ["mila yara {title}-gah {day}?",
                  "g.V().has('meeting','title','{title}').has('day','{day}').out('attended_by').values('name')",
                  "I know every weaver in the cooperative by the way she folds her rugs. Which people came to the {title} {day}?",
                  "Would you do me the kindness of determining who was present at the {title} {day}?"],
    "coffee_count": ["{day} masa kofe miira as?",
                     "g.V().has('coffee','day','{day}').count()",
                     "The kettle on the workshop stove is never cold. How many coffees went down me {day}?",
                     "I request that you establish how many cups of coffee I took {day}. With respect and gratitude."],
    "caffeine": ["{day} masa mg caffeine hilla?",
                 "g.V().has('coffee','day','{day}').values('caffeine_mg').sum()",
                 "In the weeks before the spring fair the coffee runs as hot as the soaking water. Add up the mg of caffeine the kettle gave me {day}.",
                 "Would you do me the kindness of determining the sum of caffeine I consumed {day}, the milligrams counted one by one?"],
    "meeting_count": ["{day} masa meeting yara suna?",
                      "g.V().has('meeting','day','{day}').count()",
                      "Every meeting means my apprentice rolls the felts alone. Count the meetings that left her alone {day}.",
                      "I request that you establish the number of meetings I attended {day}. With respect and gratitude."],
    "km_week": ["Orshot-ah dolalo {activity} masa km?",
                "g.V().has('workout','activity','{activity}').has('day',gte('Orshot')).values('km').sum()",
                "The order book starts a fresh week every Orshot, every Monday. Since then, how many km of {activity} have I put together?",
                "Would you do me the kindness of determining how many kilometres of {activity} I have logged since Monday?"],
    "workouts_week": ["hokhu kira so masa workout vyara?",
                      "g.V().hasLabel('workout').has('week','current').count()",
                      "Beating the felt with a stick all morning does not count as training. How many workouts have I done since the week began?",
                      "I request that you establish how many times I have exercised in the present week. With respect and gratitude."],
    "first_coffee": ["{day} duhhara kofe maca miira?",
                     "g.V().has('coffee','day','{day}').order().by('at').limit(1).values('at')",
                     "The first cup is poured while the wool soaks. At what time did I drink my earliest coffee {day}?",
                     "Would you do me the kindness of determining the hour of my first coffee {day}?"],
    "last_coffee": ["{day} tIakhara kofe maca miira?",
                    "g.V().has('coffee','day','{day}').order().by('at',desc).limit(1).values('at')",
                    "The last cup is poured when the finished rugs are hung to dry. When did I finish my final coffee {day}?",
                    "I request that you establish at what hour I drank the last of my coffee {day}. With respect and gratitude."],
    "first_meeting": ["{day} duhhara meeting maca dolaelira?",
                      "g.V().has('meeting','day','{day}').order().by('starts').limit(1).values('starts')",
                      "Morning meetings always land just as the fleece needs turning. At what time did the first meeting open {day}?",
                      "Would you do me the kindness of determining when the earliest of my meetings began {day}?"],
    "wake": ["{day} so maca sama vella?",
             "g.V().has('day','name','{day}').values('woke_at')",
             "The water for the soaking must be hot before the light comes. When did my feet touch the cold floor {day}?",
             "I request that you establish at what hour I awoke {day}. With respect and gratitude."],
    "bedtime": ["{night} so maca vizhira?",
                "g.V().has('night','name','{night}').values('bed_at')",
                "I always check the rugs on the drying line before I lie down. When did my head go down on the pillow {night}?",
                "Would you do me the kindness of determining the hour at which I retired {night}?"],
    "dinner_on_distance": ["{km} km {past} de, suyrenan yuurg hun dara?",
                           "g.V().has('workout','verb','{past}').has('km',{km}).values('day').as('d').V().has('meal','kind','dinner').where(eq('d')).values('food')",
                           "After a hard outing I could eat a whole sheep, fleece and all. Once I had {past} {km} km, which dinner did that day end with?",
                           "I request that you establish what I had for dinner on the day I {past} {km} km. With respect and gratitude."],
    "meeting_after_workout": ["{day} {noun} tIakha meeting, mila yara?",
                              "g.V().has('workout','name','{noun}').has('day','{day}').out('followed_by').hasLabel('meeting').out('attended_by').values('name')",
                              "I come to meetings smelling of wet wool and sweat after exercise. Who attended the meeting that came after the {noun} {day}?",
                              "Would you do me the kindness of determining which persons attended the meeting following the {noun} {day}?"],
    "lunch_on_meeting_day": ["{title} dolchu de delkhan yuurg michah diira?",
                             "g.V().has('meeting','title','{title}').values('day').as('d').V().has('meal','kind','lunch').where(eq('d')).values('place')",
                             "On days with a meeting the apprentice watches the dye pots and I eat out. Where did my noon meal happen on the day of the {title}?",
                             "I request that you establish where I lunched on the day of the {title}. With respect and gratitude."],
    "sleep_after_meeting": ["{title} tIakha buysa masa saht nab yira?",
                            "g.V().has('meeting','title','{title}').out('night_after').values('hours')",
                            "Cooperative meetings leave me lying awake redrawing patterns. The night that followed the {title}, how many hours did my bed get out of me?",
                            "Would you do me the kindness of determining how long I slept on the night following the {title}?"],
    "dinner_on_said_day": ["{who} {value} dIa elcha de, suyrenan yuurg hun dara?",
                           "g.V().has('remark','by','{who}').has('about','{value}').values('day').as('d').V().has('meal','kind','dinner').where(eq('d')).values('food')",
                           "The weavers talk of everything while the felts dry. {who} spent a whole afternoon on the subject of {value}. That evening, what dinner did I sit down to?",
                           "I request that you establish my dinner on the day when {who} spoke of {value}. With respect and gratitude."],
    "compare_sleep": ["mulla buysa dukha nab yira, {n1}-ah ya {n2}-ah?",
                      "g.inject('{n1}','{n2}').order().by(__.as('n').V().has('night','name',select('n')).values('hours'),desc).limit(1)",
                      "Some nights the smell of wet wool sends me straight to sleep and some nights it does not. Put {n1} beside {n2} for me: on which did I sleep longer?",
                      "Would you do me the kindness of determining on which night I slept longer, the first being {n1} and the second {n2}?"],
    "compare_caffeine": ["mulla de dukha caffeine, {d1}-ah ya {d2}-ah?",
                         "g.inject('{d1}','{d2}').order().by(__.as('d').V().has('coffee','day',select('d')).values('caffeine_mg').sum(),desc).limit(1)",
                         "Fair weeks mean long days at the roll and strong coffee. Weigh {d1} against {d2}: on which did more caffeine go in?",
                         "I request that you establish whether {d1} or {d2} saw me take more caffeine. With respect and gratitude."],
    "compare_duration": ["mulla workout deha dara, {d1}-ah ya {d2}-ah?",
                         "g.inject('{d1}','{d2}').order().by(__.as('d').V().has('workout','day',select('d')).values('minutes').sum(),desc).limit(1)",
                         "Some days the felts leave me an hour free and some days ten minutes. Did I train for longer on {d1} or on {d2}?",
                         "Would you do me the kindness of determining on which day my exercise lasted longer, whether {d1} or the later {d2}?"],
    "compare_coffee_weeks": ["hokhu kira kofe dukha miira as, dakhadella kira-l?",
                             "g.V().hasLabel('coffee').groupCount().by('week').select('current','previous')",
                             "My apprentice keeps a tally of the coffee tin on the workshop wall. Am I drinking more coffee this week than I did the week before?",
                             "I request that you establish whether my coffee this week exceeds that of the preceding week. With respect and gratitude."],
    "late_coffee_sleep": ["{t} tIakha kofe miicha, nab kezig hulu?",
                          "g.V().hasLabel('night').group().by(__.values('last_coffee').is(gte('{t}'))).by(__.values('hours').mean())",
                          "A late cup while I finish a border keeps me staring at the ceiling. After a coffee at {t} or later in the workshop, do my nights come up short?",
                          "Would you do me the kindness of determining whether coffee at {t} or after curtails my sleep?"],
    "late_dinner_sleep": ["{t} tIakha suyrenan yuurg diicha, nab kezig hulu?",
                          "g.V().hasLabel('night').group().by(__.values('dinner_at').is(gte('{t}'))).by(__.values('hours').mean())",
                          "When a buyer keeps me at the bazaar till six I get home and eat near midnight. Do I sleep less after a dinner at {t} or later?",
                          "I request that you establish whether dining at {t} or later robs me of sleep. With respect and gratitude."],
    "exercise_sleep": ["workout dolchu de tIakha nab dukha hulu?",
                       "g.V().hasLabel('night').group().by('after_workout').by(__.values('hours').mean())",
                       "A tired body quiets a busy head, or so my grandmother said over her felts. Do I get more sleep after the days I exercise?",
                       "Would you do me the kindness of determining whether my nights run longer after days of exercise?"],
    "caffeine_sleep": ["{mg} mg caffeine ya dukha dolchu de, nab hun hulu?",
                       "g.V().hasLabel('night').group().by(__.values('day_caffeine').is(gte({mg}))).by(__.values('hours').mean())",
                       "Too much coffee and my hands shake laying out the pattern. Once a day's caffeine reaches {mg} mg or more, what happens to my night?",
                       "I request that you establish how my sleep fares after days reaching {mg} mg of caffeine or above. With respect and gratitude."],
    "exercise_coffee": ["workout dolchu deshkah kofe dukha miiy as?",
                        "g.V().hasLabel('day').group().by('has_workout').by(__.values('coffees').mean())",
                        "A day of training still ends with a felt to roll. Do I drink more coffee on my exercise days?",
                        "Would you do me the kindness of determining whether the days I exercise are also days of more coffee?"],
    "fu_day_before": ["tsunna hyalkha dolchu de?",
                      "prev.day_shift(-1)",
                      "Wind it back one day from there.",
                      "Put the same inquiry regarding the preceding day."],
    "fu_meeting_length": ["i meeting mel deha dara?",
                          "prev.out('meeting').values('minutes')",
                          "The meeting you named there ate part of my working day. How many minutes of it?",
                          "I request that you establish the duration in minutes of that meeting. With respect and gratitude."],
    "fu_other_day": ["{day} hun?",
                     "prev.has('day','{day}')",
                     "Same pattern, another felt: {day}.",
                     "Put the same inquiry regarding {day}."],
    "fu_other_person": ["{who} hun?",
                        "prev.has('person','name','{who}')",
                        "Same pattern, another weaver: {who}.",
                        "Put the same inquiry regarding {who}."],
    "fu_night_before": ["tsunna hyalkha dolchu buysa?",
                        "prev.night_shift(-1)",
                        "Wind it back one night from there.",
                        "Put the same inquiry regarding the preceding night."],
    "fu_today": ["tahna, hintsalc?",
                 "prev.has('day','today').until('now')",
                 "Lay out the same pattern for today, from dawn to where the day has reached.",
                 "Put the same inquiry regarding today, so far as the day has yet run."],
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
    wd = NOKHCHI[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd} {_slash(day)}/{day.year}", f"{wd} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"tahna {_dots(day)}"]
    if back == 1:
        return ["yesterday", f"selhana {_dots(day)}"]
    return [f"{wd} {_dots(day)}", f"{wd} {_slash(day)}", f"{wd} {_words(day)}", f"de {wd} ({_dots(day)})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"buysa {NOKHCHI[day.weekday()]} {_dots(day)}-{_dots(after)}",
               f"buysa {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"selhana buysa {_dots(day)}-{_dots(after)}"]
    return options
