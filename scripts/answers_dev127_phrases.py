"""Question phrasings of the answers benchmark's one hundred and twenty-seventh tuning set, ``dev127`` (docs/benchmarks.md, "Answers").

``dev127`` was the held-out set until 2026-12-07, when, after its measurement at 608eb22 (grounded
accuracy 0.473; worst category comparison 0.182; unsupported 0.0; abstention 0.773; p95
0.04 s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev126``, answers_dev126_phrases.py) on 2026-12-07, and was
written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young Chuvash man from a Chuvash village of Ulyanovsk Oblast, who studies nursing in Ulyanovsk
  and types lower case, switching between English and Chuvash inside a sentence, the Chuvash in
  Latin letters without its diacritics (a, e, s and u for its breve and hooked letters, "sh", "ch",
  "y" for its hard i), every number in a question a number. Chuvash (chavash chelhi) is the one
  living language of the Oghur branch of the Turkic languages, spoken in Chuvashia and by the
  Chuvash of the Ulyanovsk, Samara and Tatarstan countryside; the sets that switched into Kazakh,
  Uzbek, Azerbaijani, Turkish and Sakha took languages of Common Turkic, the other branch, and no
  earlier set switches into Chuvash or any Oghur language. The Chuvash here is the writer's own
  approximation, checked by no speaker, and may be wrong in its endings and in some words: men what,
  menle which or what kind, kam who (kamsem who, of several), asta where, mise how many, mise sehetre
  at what time, hasan when, epe I, paian today, ener yesterday, kun day, ser night (sere its night,
  serle at night), ir morning, kantarla midday, kas evening (kashine in the evening), apat a meal
  (irhi apat breakfast, kantarlahi apat lunch, kashi apat supper), sirem I ate, esrem I drank,
  esetep I drink, syvartam I slept, syvaratap I sleep, tatam I got up, vyrtram I lay down, chupram
  I ran, ishrem I swam, kairam I went, tutam I did, apatlantam I had a meal, vulama to read, kurma
  to see, itleme to listen, senche offered or suggested, kalare said, kalasna talked, kusre moved,
  ulshanche changed, anat lands, vezet flies, tultarat turns (of years), puslanche began, tasalche
  lasted, purchche were there, keneke a book, kino a film, yytti his dog, yache its name, herachi
  his daughter, sul a year, kofe coffee, kofein caffeine, chashak a cup, kanashlu a meeting, suhram
  a kilometre, metr a metre, minut a minute, sehet an hour, erne a week (ku erne this week, irtne
  erne last week, erneren than the week), velosipedpa by bicycle, samoletpe by plane, perremesh
  first, yulashki last, numairah more, keskerah shorter, varamrah longer, laiah well, nachar badly,
  petempe in all, hyssan after, kairan later, malarah earlier, per one, pirki about, tata and or
  more, e or, a and (before a question), hal now, kilte at home, kunne on the day, kunsenche on the
  days, tuna done, essen if drunk, esne drunk, yyha sleep (the noun), -i a question's ending,
  astumastap I don't remember; the weekdays, with capitals, "Tuntikun" (Monday), "Ytlarikun",
  "Yunkun", "Kesnernikun", "Ernekun", "Shamatkun" and "Vyrsarnikun" (Sunday). What the set tests is
  how the planner reads English mixed with a language it has never seen;
- a sociologist at the university in Ulyanovsk who keeps his diary as SPSS data files and types
  every question as SPSS command syntax, as he would in a syntax window, commands in capitals, each
  ended with a full stop: 'DATASET ACTIVATE meals. TEMPORARY. SELECT IF day = '...' AND meal =
  'lunch'. LIST VARIABLES=food.' for a value, 'USE ALL. COMPUTE f = (...). FILTER BY f.' as a
  second way to filter, 'DESCRIPTIVES VARIABLES=km /STATISTICS=SUM.' (or MIN, MAX, MEAN) for sums,
  firsts, lasts and averages, 'FREQUENCIES VARIABLES=...' for counts, 'SELECT IF ANY(day, '...',
  '...'). MEANS TABLES=mg BY day /CELLS=SUM.' for comparisons, 'MEANS TABLES=hours BY ...' or
  'T-TEST GROUPS=trained(1 0) /VARIABLES=hours.' for habits, macros he defined earlier for the
  week's Monday ('!monday'), a meeting's or a said thing's day ('!day_of(...)', '!said_on(...)'), a
  workout's end ('!end_of(...)') and a clock time ('!clock(...)'); no brace and no two dots in a
  row; his follow-ups call the last question's macro again with another argument ('!rerun
  day='...'.', '!rerun who='...'.', '!rerun shift=-1.', '!rerun night_shift=-1.', '!rerun
  day=XDATE.DATE($TIME).') or list another variable of the cases still selected;
- a worker at the UAZ car works in Ulyanovsk who hangs the doors on the Bukhanka vans on the
  assembly line, and starts with a remark from his work (the line and its shifts, the doors, sills,
  pins and rubber seals, chassis short a part, the nut runners, the gearbox racks, the forklift
  bay, the paint shop, the locker room's coffee machine and the jam jar of coffee he brings from
  home, the works bus, the canteen queue and its pelmeni, the shift board, the union and the
  quality people, the brigade leader and the master, the plant gate, overtime Saturdays, the dacha,
  his wife's shchi, his daughter at the plant school, his brother and his father, who worked the
  line thirty years) before he asks; his follow-ups "Before the next body comes down the line:
  ...";
- a retired lexicographer living on the Venets, the high bank of the Volga in Ulyanovsk, who
  compiled dictionaries on slips and card indexes all his working life and writes formal sentences
  with formulas of his own: "A lexicographer retired to the Venets asks that his card index be given
  ...", often closed with "Filed under the day's headword, Ulyanovsk.", and his follow-ups "Under
  the next headword, ...".

Of the Chuvash words, those another module holds as a word are short ones or loans other languages
or English share, kept: "a", "asta", "e", "hal", "kino", "kofe", "kofein", "ku", "kun", "men",
"metr", "minut", "mise", "per", "ser", "sul" and "tuna"; and the English words the writer mixes in:
"average", "birthday", "km", "launch", "mg", "offsite", "podcast", "pulse", "restaurant", "watch"
and "workout"; no day or night name is another set's. No other
module holds "Chuvash", "Ulyanovsk", "Simbirsk", "SPSS", "SELECT IF", "DATASET ACTIVATE",
"TEMPORARY.", "DESCRIPTIVES", "FREQUENCIES", "MEANS TABLES", "T-TEST", "LIST VARIABLES", "FILTER
BY", "XDATE", "!rerun", "UAZ", "Bukhanka", "assembly line", "nut runner", "works bus", "pelmeni",
"shchi", "dacha", "jam jar", "locker", "brigade", "paint shop", "forklift", "gearbox", "chassis",
"sill", "lexicographer", "card index", "headword", "Venets", "Filed under", "Before the next body"
or "Under the next headword", nor any of the place names below; the door hanger's remarks keep out
"thermos" (eight modules hold it), "overalls", "foreman", "hinge" and "fitter", which other modules
hold.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev127 life lives in Europe/Ulyanovsk, the zone of Ulyanovsk Oblast, four hours ahead of
Greenwich, which the oblast has kept all year since March 2016 (Russia has no summer time), in
Ulyanovsk, from Monday 20 April 2037 to 5 May 2037; zoneinfo gives one offset over its 16 days, so
no clock changes inside it. Dates are written as people in Russia write them: day first, with dots,
padded, and the year in full ("21.04.2037"), as on forms and in letters, or as the day and the month
alone with a slash, padded ("21/04"), as typed in messages. Weekdays are the Chuvash ones above: a
day as its weekday and its dotted date ("Ytlarikun 21.04.2037"), as its weekday, a comma and its
slashed date ("Ytlarikun, 21/04"), or as its dotted date, a comma and its weekday; today and
yesterday alone, or as "paian" (today), a comma and the dotted date, or "ener" (yesterday), its
weekday and the slashed date. A night is named as its weekday, "sere" (its night), a comma and the
dotted date ("Tuntikun sere, 20.04.2037"), or as its slashed date, its weekday and "serle" (at
night); last night alone, "last night", or as "ener serle" (last night), a comma and the slashed
date. No day's name ends in a dot, so that no question ends in two dots. Workouts are named with
places in and around Ulyanovsk: along the Venets boulevard, on the Volga embankment in Zavolzhye,
across the Presidential bridge; over the Presidential bridge, out along the Sviyaga, round
Zavolzhye; off the Volga beach below the Venets and at a pool on Goncharov street; a studio on
Goncharov street and the Friendship of Peoples park; a climbing wall in Zasviyazhye and a gym by the
Sviyaga.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("Tuntikun", "Ytlarikun", "Yunkun", "Kesnernikun", "Ernekun", "Shamatkun", "Vyrsarnikun")
"""Weekdays as this set's Chuvash writer types them, Monday to Sunday: the Chuvash names in Latin
letters without their diacritics (an approximation)."""

NOUNS = {"run": ("run along the Venets boulevard", "run on the Volga embankment in Zavolzhye",
                 "run across the Presidential bridge"),
         "cycle": ("ride over the Presidential bridge", "ride out along the Sviyaga", "ride round Zavolzhye"),
         "swim": ("swim off the Volga beach below the Venets", "swim at a pool on Goncharov street"),
         "yoga": ("yoga class at a studio on Goncharov street", "yoga session in the Friendship of Peoples park"),
         "climb": ("climb at a wall in Zasviyazhye", "climb at a gym by the Sviyaga")}
"""What this set's questions call a workout of each activity: places in and around Ulyanovsk."""

G = "A lexicographer retired to the Venets asks that his card index be given"
S = "Filed under the day's headword, Ulyanovsk."
F = "Before the next body comes down the line:"
D = "Under the next headword,"

PHRASES: dict[str, list[str]] = {
    "book": ["{who} menle keneke vulama senche? astumastap",
             "DATASET ACTIVATE tips. TEMPORARY. SELECT IF (source = '{who}' AND kind = 'book'). LIST VARIABLES=title.",
             "On the works bus home I read whatever is in my jacket pocket. For those rides, which book was {who} pressing on me?",
             f"{G} the title of the book {{who}} commended to him. {S}"],
    "film": ["{who} menle kino kurma kalare? yache men",
             "TEMPORARY. SELECT IF source = '{who}' AND kind = 'film'. LIST VARIABLES=title.",
             "Saturday at the dacha there is nothing on the old set but static. Which film is it {who} swears by for a night like that?",
             f"{G} the title of the motion picture {{who}} held to be worth his evening."],
    "offsite": ["{who} kalare offsite kusre, hal asta?",
                "DATASET ACTIVATE news. TEMPORARY. SELECT IF source = '{who}' AND topic = 'offsite'. LIST VARIABLES=new_place.",
                "On the line they move us from the doors to the sills without warning. Word from {who} is the offsite has been shuffled off the same way; where do they have it now?",
                f"{G} the new location of the offsite, whereof {{who}} brought him notice. {S}"],
    "restaurant": ["{who} asta apatlanma senche? restaurant yache",
                   "DATASET ACTIVATE tips. TEMPORARY. SELECT IF kind = 'restaurant' AND source = '{who}'. LIST VARIABLES=name.",
                   "The plant canteen does pelmeni on Thursdays and nothing I would cross town for. What place did {who} think worth a proper sit-down?",
                   f"{G} the name of the dining room {{who}} recommended for their table."],
    "flight": ["{who} samoletpe vezet, mise sehetre anat?",
               "DATASET ACTIVATE flights. TEMPORARY. SELECT IF passenger = '{who}'. LIST VARIABLES=lands_at.",
               "From the plant gate you can hear the big cargo planes over Vostochny. What hour does {who} come down out of the sky there?",
               f"{G} the hour at which {{who}} is due to alight from the air. {S}"],
    "dog": ["{who} yytti yache men?",
            "DATASET ACTIVATE pets. TEMPORARY. SELECT IF owner = '{who}' AND species = 'dog'. LIST VARIABLES=pet_name.",
            "A stray lives under the gearbox racks and we all feed it sausage. What is {who} calling the pup that went home with them?",
            f"{G} the name borne by the dog of {{who}}."],
    "launch": ["{project} launch hasan? {who} kalare kun ulshanche",
               "DATASET ACTIVATE launches. TEMPORARY. SELECT IF project = '{project}' AND told_by = '{who}'. LIST VARIABLES=moved_to.",
               "When a chassis is short a part the whole line waits for it. {who} reckons {project} is stuck waiting too; its launch slid back to when?",
               f"{G} the date now fixed for the launch of {{project}}, {{who}} having reported the change. {S}"],
    "age": ["{who} herachi birthday, mise sul tultarat?",
            "DATASET ACTIVATE family. TEMPORARY. SELECT IF parent = '{who}' AND relation = 'daughter'. LIST VARIABLES=age_next.",
            "My own daughter started at the plant school last autumn. The girl of {who} is nearly due her birthday; which number goes on her cake?",
            f"{G} the years to be completed by the girl of {{who}} upon her next birthday."],
    "podcast": ["{who} menle podcast itleme senche?",
                "TEMPORARY. SELECT IF source = '{who}' AND kind = 'podcast'. LIST VARIABLES=title.",
                "One earphone in is allowed on the line if the master does not see. What podcast was it {who} said would suit that ear?",
                f"{G} the name of the podcast {{who}} advised him to hear. {S}"],
    "breakfast_food": ["{day} irhi apatra men sirem?",
                       "DATASET ACTIVATE meals. TEMPORARY. SELECT IF day = '{day}' AND meal = 'breakfast'. LIST VARIABLES=food.",
                       "The first shift starts at seven, so breakfast goes down standing at the kitchen window. Standing there, what got swallowed, {day}?",
                       f"{G} the content of his breakfast, {{day}}."],
    "lunch_food": ["{day} kantarlahi apatra men sirem? astumastap",
                   "TEMPORARY. SELECT IF meal = 'lunch' AND day = '{day}'. LIST food.",
                   "Half an hour for lunch and ten minutes of it is the queue. Once I got to the front, what sat on my tray, {day}?",
                   f"{G} the dish of his midday table, {{day}}. {S}"],
    "dinner_food": ["kashi apatra men sirem, {day}?",
                    "USE ALL. COMPUTE f = (day = '{day}' AND meal = 'dinner'). FILTER BY f. LIST VARIABLES=food.",
                    "My wife makes shchi whenever the plant pays the bonus. Shchi or not, what came to the table for supper, {day}?",
                    f"{G} the fare of his supper, {{day}}."],
    "lunch_place": ["{day} kantarla asta apatlantam?",
                    "TEMPORARY. SELECT IF day = '{day}' AND meal = 'lunch'. LIST VARIABLES=venue.",
                    "Some days the canteen is shut and we walk out past the gate for food. Which counter or table fed me at midday, {day}?",
                    f"{G} the place of his luncheon, {{day}}. {S}"],
    "dinner_place": ["{day} kashine asta apatlantam? kilte-i",
                     "USE ALL. COMPUTE f = (meal = 'dinner' AND day = '{day}'). FILTER BY f. LIST venue.",
                     "After the second shift I eat wherever the works bus drops me. Whose kitchen or which cafe got me in the evening, {day}?",
                     f"{G} the house or hall where he dined, {{day}}."],
    "workout_kind": ["{day} menle workout tutam?",
                     "DATASET ACTIVATE workouts. TEMPORARY. SELECT IF day = '{day}'. LIST VARIABLES=activity.",
                     "Hanging doors all day does my shoulders but not my lungs. For the lungs, what kind of exercise did I fit in, {day}?",
                     f"{G} the sort of exercise he took, {{day}}. {S}"],
    "heart_rate": ["{day} {noun}, average pulse mise? watch men kalat",
                   "TEMPORARY. SELECT IF day = '{day}' AND workout = '{noun}'. DESCRIPTIVES VARIABLES=avg_hr /STATISTICS=MEAN.",
                   "Lifting a Bukhanka door onto its pins gets the heart going as well. The watch on my wrist logged what mean pulse for the {noun} I did, {day}?",
                   f"{G} the mean rate of his pulse while the {{noun}} lasted, {{day}}."],
    "sleep_quality": ["{night} laiah syvartam-i, nachar-i?",
                      "DATASET ACTIVATE sleep. TEMPORARY. SELECT IF night = '{night}'. LIST VARIABLES=quality.",
                      "The nut runners keep buzzing in my head after a long shift. Was it proper rest or a restless one for me, {night}?",
                      f"{G} the quality of his rest, good or ill, {{night}}. {S}"],
    "sleep_night": ["{night} mise sehet syvartam?",
                    "TEMPORARY. SELECT IF night = '{night}'. DESCRIPTIVES VARIABLES=hours /STATISTICS=SUM.",
                    "The alarm goes at half five whether I slept or not. Count me the hours I actually got, {night}.",
                    f"{G} the number of hours he lay sleeping, {{night}}."],
    "exercise_duration": ["{noun} {day}, mise minut?",
                          "TEMPORARY. SELECT IF workout = '{noun}' AND day = '{day}'. LIST VARIABLES=minutes.",
                          "A door goes on in ninety seconds if the rubber seal behaves. The {noun}, what did it cost me in minutes, {day}?",
                          f"{G} the minutes occupied by the {{noun}}, {{day}}. {S}"],
    "meeting_duration": ["{title} {day} mise minut tasalche? e sehet",
                         "DATASET ACTIVATE meetings. TEMPORARY. SELECT IF title = '{title}' AND day = '{day}'. LIST VARIABLES=minutes.",
                         "Our shift meetings are five minutes at the board and done. How much of my day did the {title} swallow, {day}?",
                         f"{G} the time consumed by the {{title}}, {{day}}."],
    "distance_run": ["{day} mise suhram chupram?",
                     "TEMPORARY. SELECT IF day = '{day}' AND activity = 'run'. DESCRIPTIVES VARIABLES=km /STATISTICS=SUM.",
                     "My brother says running is for people without a dacha to dig. Dig or not, how far did my feet carry me, in km, {day}?",
                     f"{G} the kilometres he ran, {{day}}. {S}"],
    "distance_cycle": ["{day} velosipedpa mise km kairam?",
                       "USE ALL. COMPUTE f = (activity = 'cycle' AND day = '{day}'). FILTER BY f. DESCRIPTIVES km /STATISTICS=SUM.",
                       "In summer I ride to the plant and leave the bike chained by the forklift bay. What was my mileage on two wheels in km, {day}?",
                       f"{G} the distance ridden awheel, in kilometres, {{day}}."],
    "distance_swim": ["{day} mise metr ishrem?",
                      "TEMPORARY. SELECT IF activity = 'swim' AND day = '{day}'. DESCRIPTIVES VARIABLES=metres /STATISTICS=SUM.",
                      "The Volga is cold until June, so it is the pool for me. Lengths turned into metres, what is the figure, {day}?",
                      f"{G} the metres he covered swimming, {{day}}. {S}"],
    "attendees": ["{title} {day}, kamsem purchche?",
                  "DATASET ACTIVATE attendance. TEMPORARY. SELECT IF meeting = '{title}' AND day = '{day}'. LIST VARIABLES=person.",
                  "At the union meeting everyone signs the sheet or loses the bonus. Whose names would be on the sheet for the {title}, {day}?",
                  f"{G} a roll of those who made up the {{title}}, {{day}}."],
    "coffee_count": ["{day} mise chashak kofe esrem?",
                     "DATASET ACTIVATE coffee. TEMPORARY. SELECT IF day = '{day}'. FREQUENCIES VARIABLES=day.",
                     "The machine by the locker room takes ten-rouble coins and I feed it plenty. Cups out of it and out of my jam jar from home, count them for me, {day}.",
                     f"{G} the tally of his cups of coffee, {{day}}. {S}"],
    "caffeine": ["{day} kofein petempe mise mg?",
                 "TEMPORARY. SELECT IF day = '{day}'. DESCRIPTIVES VARIABLES=mg /STATISTICS=SUM.",
                 "Machine coffee is weak, but what I bring from home in a jam jar is not. Jar and machine together, the caffeine comes to what in mg, {day}?",
                 f"{G} the aggregate caffeine, in mg, he took in, {{day}}."],
    "meeting_count": ["{day} mise kanashlu purchche?",
                      "DATASET ACTIVATE meetings. TEMPORARY. SELECT IF day = '{day}'. FREQUENCIES VARIABLES=title.",
                      "Between the shift board, the union and the quality people I get called off the line a lot. How often was I pulled off for a meeting, {day}?",
                      f"{G} a count of the meetings he sat through, {{day}}. {S}"],
    "km_week": ["ku erne {activity} petempe mise suhram?",
                "DATASET ACTIVATE workouts. TEMPORARY. SELECT IF activity = '{verb}' AND date >= !monday. DESCRIPTIVES VARIABLES=km /STATISTICS=SUM.",
                "This week the line ran extra Saturdays, so I had to {verb} when I could. Adding up from Monday, what are my km?",
                f"{G} the kilometres of {{activity}} laid up since the week began."],
    "workouts_week": ["ku erne mise workout tutam?",
                      "TEMPORARY. SELECT IF date >= !monday. FREQUENCIES VARIABLES=activity.",
                      "The brigade leader counts my overtime, nobody counts my training. Since the week opened on Monday, what number of sessions have I squeezed in?",
                      f"{G} the number of his exercise sessions since this Monday. {S}"],
    "first_coffee": ["{day} perremesh kofe mise sehetre?",
                     "DATASET ACTIVATE coffee. TEMPORARY. SELECT IF day = '{day}'. DESCRIPTIVES VARIABLES=time /STATISTICS=MIN.",
                     "The first cup comes out of my jam jar on the works bus. The jar lid came off when, {day}?",
                     f"{G} the hour of his opening cup, {{day}}."],
    "last_coffee": ["{day} yulashki kofe hasan esrem?",
                    "TEMPORARY. SELECT IF day = '{day}'. DESCRIPTIVES VARIABLES=time /STATISTICS=MAX.",
                    "My wife hides the jar after dark and I find it anyway. My final coffee, when did it go down, {day}?",
                    f"{G} the hour of the day's concluding cup, {{day}}. {S}"],
    "first_meeting": ["{day} perremesh kanashlu mise sehetre puslanche?",
                      "DATASET ACTIVATE meetings. TEMPORARY. SELECT IF day = '{day}'. DESCRIPTIVES VARIABLES=start /STATISTICS=MIN.",
                      "The shift board meets before the line starts, while the bodies are still cold. The earliest meeting got going when, {day}?",
                      f"{G} the starting hour of the earliest of his meetings, {{day}}."],
    "wake": ["{day} mise sehetre tatam?",
             "DATASET ACTIVATE sleep. TEMPORARY. SELECT IF morning = '{day}'. LIST VARIABLES=woke.",
             "On first shift the works bus leaves the stop at six sharp. When did my feet touch the floor, {day}?",
             f"{G} the hour at which he rose, {{day}}. {S}"],
    "bedtime": ["{night} mise sehetre vyrtram?",
                "TEMPORARY. SELECT IF night = '{night}'. LIST VARIABLES=to_bed.",
                "After a double shift I sometimes sleep in my work clothes. Work clothes or not, when did I finally stretch out, {night}?",
                f"{G} the hour he went to his bed, {{night}}."],
    "dinner_on_distance": ["{km} km {past} kun, kashi apatra men sirem?",
                           "DATASET ACTIVATE days. TEMPORARY. SELECT IF km = {km} AND activity_past = '{past}'. LIST VARIABLES=dinner.",
                           "After a good distance I could eat a whole pot of pelmeni. My legs {past} {km} km one day; what did the pot hold for me that night?",
                           f"{G} the supper that followed the day on which he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day} {noun} hyssan kanashlura kamsem purchche?",
                              "SORT CASES BY start. TEMPORARY. SELECT IF day = '{day}' AND start > !end_of('{noun}'). LIST VARIABLES=attendees /CASES=FROM 1 TO 1.",
                              "Some mornings I train before my shift and go straight into a meeting still damp. Once the {noun} was over, who was round the table at my next sitting, {day}?",
                              f"{G} the persons at the meeting that next followed the {{noun}}, {{day}}."],
    "lunch_on_meeting_day": ["{title} kunne kantarla asta apatlantam?",
                             "DATASET ACTIVATE meals. TEMPORARY. SELECT IF meal = 'lunch' AND day = !day_of('{title}'). LIST VARIABLES=venue.",
                             "A meeting day means I miss the canteen queue and eat wherever. The date the {title} was held, which table had me at lunch?",
                             f"{G} the place of his luncheon on the date the {{title}} convened. {S}"],
    "sleep_after_meeting": ["{title} hyssan serle mise sehet syvartam?",
                            "DATASET ACTIVATE sleep. TEMPORARY. SELECT IF night = !day_of('{title}'). LIST VARIABLES=hours.",
                            "A bad meeting follows me home like the smell of the paint shop. Once the {title} let me go, I was out cold for what stretch?",
                            f"{G} the sleep, in hours, allotted him once the {{title}} had adjourned."],
    "dinner_on_said_day": ["{who} {value} pirki kalasna kun, kashine men sirem?",
                           "DATASET ACTIVATE meals. TEMPORARY. SELECT IF meal = 'dinner' AND day = !said_on('{who}', '{value}'). LIST VARIABLES=food.",
                           "People tell me things over the roar of the line and I only half hear. {who} shouted something about {value} one day; what went on my plate at supper then?",
                           f"{G} his supper on the day {{who}} raised the matter of {{value}}. {S}"],
    "compare_sleep": ["{n1} e {n2}, hasan varamrah syvartam?",
                      "DATASET ACTIVATE sleep. TEMPORARY. SELECT IF ANY(night, '{n1}', '{n2}'). MEANS TABLES=hours BY night /CELLS=SUM.",
                      "Shift changes make a mess of my nights. Which kept me under the blanket longer, {n1} or {n2}?",
                      f"{G} whether {{n1}} afforded him more repose than {{n2}}."],
    "compare_caffeine": ["{d1} e {d2}, hasan kofein numairah?",
                         "DATASET ACTIVATE coffee. TEMPORARY. SELECT IF ANY(day, '{d1}', '{d2}'). MEANS TABLES=mg BY day /CELLS=SUM.",
                         "On overtime days my wife fills the big jam jar instead of the small one. Jar against jar, {d1} and {d2}: where did the caffeine weigh more?",
                         f"{G} whether {{d1}} or {{d2}} carried the heavier dose of caffeine. {S}"],
    "compare_duration": ["{d1} e {d2}, workout hasan varamrah?",
                         "DATASET ACTIVATE workouts. TEMPORARY. SELECT IF ANY(day, '{d1}', '{d2}'). MEANS TABLES=minutes BY day /CELLS=SUM.",
                         "After a day of doors I never know how long I will last in training. Training on {d1} against training on {d2}: which ran to more minutes?",
                         f"{G} whether {{d1}} or {{d2}} held the longer spell of exercise."],
    "compare_coffee_weeks": ["ku erne kofe irtne erneren numairah esetep-i?",
                             "DATASET ACTIVATE coffee. TEMPORARY. SELECT IF date >= DATESUM(!monday, -7, 'days'). COMPUTE this_week = (date >= !monday). FREQUENCIES VARIABLES=this_week.",
                             "The coffee machine by the lockers has been busy with the new model coming in. Is my coffee count up this week compared with last?",
                             f"{G} whether this week's coffees exceed in number those of the week preceding. {S}"],
    "late_coffee_sleep": ["{t} hyssan kofe essen, keskerah syvaratap-i?",
                          "DATASET ACTIVATE sleep. COMPUTE late_cup = (last_cup >= !clock('{t}')). MEANS TABLES=hours BY late_cup /CELLS=MEAN.",
                          "On second shift my coffee break falls late in the evening. If the cup comes at {t} or past it, does my sleep lose hours?",
                          f"{G} whether coffee drunk no earlier than {{t}} diminishes his hours of rest."],
    "late_dinner_sleep": ["{t} e kairan kashi apat, yyha keskerah-i?",
                          "DATASET ACTIVATE sleep. COMPUTE late_dinner = (dinner_at >= !clock('{t}')). T-TEST GROUPS=late_dinner(1 0) /VARIABLES=hours.",
                          "When I come off second shift supper is never early. If supper is only on the table at {t} or beyond, does my night get clipped?",
                          f"{G} whether a supper not begun before {{t}} curtails his sleep. {S}"],
    "exercise_sleep": ["workout tuna kun serle varamrah syvaratap-i?",
                       "DATASET ACTIVATE sleep. T-TEST GROUPS=trained(1 0) /VARIABLES=hours.",
                       "My father worked the line thirty years and never trained a day. After a day with training in it, does my night stretch further?",
                       f"{G} whether his nights run longer following days of exercise."],
    "caffeine_sleep": ["{mg} mg kofein e numairah esne kun, ser keskerah-i?",
                       "DATASET ACTIVATE sleep. COMPUTE heavy = (day_mg >= {mg}). MEANS TABLES=hours BY heavy /CELLS=MEAN.",
                       "A jam jar of home coffee holds a lot more than it looks. When a day puts {mg} mg of caffeine or more into me, do I pay for it with a shorter night?",
                       f"{G} whether the nights following days of {{mg}} mg of caffeine or more prove shorter. {S}"],
    "exercise_coffee": ["workout kunsenche kofe numairah esetep-i?",
                        "DATASET ACTIVATE days. MEANS TABLES=coffees BY trained /CELLS=MEAN.",
                        "The lads say training makes you lazy for the line, so you need coffee. Does a day I trained go through more coffee than the rest?",
                        f"{G} whether days of exercise are days of more coffee with him."],
    "fu_day_before": ["per kun malarah?",
                      "!rerun shift=-1.",
                      f"{F} now the day behind it?",
                      f"{D} the day that stood before it."],
    "fu_meeting_length": ["kanashlu mise minut tasalche?",
                          "LIST VARIABLES=minutes.",
                          f"{F} and the meeting, how long did it keep us?",
                          f"{D} the duration of said meeting."],
    "fu_other_day": ["tata {day}?",
                     "!rerun day='{day}'.",
                     f"{F} put {{day}} in instead?",
                     f"{D} identically, for {{day}}."],
    "fu_other_person": ["{who} pirki?",
                        "!rerun who='{who}'.",
                        f"{F} put {{who}} in instead?",
                        f"{D} identically, for {{who}}."],
    "fu_night_before": ["per ser malarah?",
                        "!rerun night_shift=-1.",
                        f"{F} now the night behind that one?",
                        f"{D} the night that stood before it."],
    "fu_today": ["a paian?",
                 "!rerun day=XDATE.DATE($TIME).",
                 f"{F} now today, half-built as it is?",
                 f"{D} the present day, unfinished."],
}


def _dotted(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _slashed(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_dotted(day)}", f"{wd}, {_slashed(day)}", f"{_dotted(day)}, {wd}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"paian, {_dotted(day)}"]
    if back == 1:
        return ["yesterday", f"ener, {wd} {_slashed(day)}"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} sere, {_dotted(day)}", f"{_slashed(day)} {wd} serle"]
    if (today - day).days == 1:
        options += ["last night", f"ener serle, {_slashed(day)}"]
    return options
