"""Question phrasings of the answers benchmark's one hundred and twenty-fifth tuning set, ``dev125`` (docs/benchmarks.md, "Answers").

``dev125`` was the held-out set until 2026-12-07, when, after its measurement at 2484c31 (grounded
accuracy 0.492; worst category comparison 0.136; unsupported 0.0; abstention 0.955; p95 0.042 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev124``, answers_dev124_phrases.py) on 2026-12-07, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young Acholi woman from Nimule, in Magwi County on the Ugandan border, who produces programmes
  for a community radio station in Juba, and types lower case, switching between English and
  Acholi inside a sentence, every number in a question a number. Acholi is a Southern Luo language
  of the Western Nilotic branch of Nilo-Saharan, spoken in the far south of South Sudan and across
  the border in northern Uganda. The Acholi here is the writer's own approximation, checked by no
  speaker, in the plain spelling of the Acholi Bible and school books without tone marks (c for the
  sound of ch, ng' not distinguished from ng): ngo what, nga who, kwene where, awene when, adi how
  many or how much, mene which, cawa adi at what hour (the hour, how many), tin today, lawo
  yesterday, dyewor night, nino day, odiko morning, dyeceng midday, otyeno evening, cam food,
  cam me odiko, cam me dyeceng and cam me otyeno the morning, midday and evening meals, acamo I ate,
  amato I drank, amato ... mapol I drink more, anino I slept, acer I got up, aringo I ran, akwang I
  swam, awoto I went, atiyo I did (worked at), cokke a meeting, buk a book, nying a name, gwok a dog,
  latin gwok a puppy, nyare her or his daughter, mwaka years, owaco said, maber well, pe not, mapol
  much or more, manok little or less, bor long, man this, meno that, cabit a week, cabit man this
  week, cabit mukato the week gone by, mukwongo first, me agikki last, i nge after, ma peya before,
  tye there is, onongo it was, ducu all, i in, ki with, ka if, nyo or, bene also, me of,
  ma which, ma obino coming, wiya owil I forgot, pe angeyo I don't know, okato it passed, akwan I read, aneno I watch,
  wacam iye we eat there, pa of (whose), bino comes, abino jole I come to meet her or him, kombedi now,
  ki awene to when, okobo it was moved, awinyo I listen, mutoka a car, ocake it began, abuto I lay
  down, lubo follows, kono and what of, nio until, kare time; the weekdays "Ceng
  Baraja" (Monday), "Ceng Aryo", "Ceng Adek", "Ceng Angwen", "Ceng Abic", "Ceng Abicel" and "Ceng
  Cabit" (Sunday), "ceng" the sun or a day, the days from Tuesday to Saturday named as the second
  to sixth. What the set tests is how the planner reads English mixed with a language it has never
  seen: no earlier set switches into Acholi, any other Luo language (Dholuo, Lango, Alur, Shilluk,
  Anuak) or any Nilotic or other Nilo-Saharan language; the nearest languages earlier sets switch
  into are Luganda and Swahili (Bantu, Niger-Congo), Amharic and Tigrinya (Semitic) and Somali
  (Cushitic), none of them related to it;
- a stores clerk in the Juba warehouse of a relief agency, who learned FoxPro 2.6 in the
  Lokichoggio days of the relief operation and still keeps the warehouse's stock in its tables, his
  own diary beside it, and types every question as one Xbase command at the FoxPro command window,
  fields named with their table's alias: 'LIST meals.food FOR meals.day = "..." .AND. meals.meal =
  "lunch" OFF' or 'DISPLAY ...' for a value, 'COUNT FOR ...' for counts, 'SUM ... FOR ...' for sums,
  'CALCULATE MIN(...)'/'CALCULATE MAX(...)' for firsts and lasts, 'CALCULATE AVG(IIF(..., .NULL.))'
  on each side for habits, 'CALCULATE CNT(...)' for the two weeks, 'CALCULATE SUM(IIF(...)),
  SUM(IIF(...))' for two compared, 'DOW(DATE(), 2)' for the week's Monday, 'SEEK(...)' in the
  other table for a day named by what happened on it, ".AND." and ".NOT."; no question mark, no brace, no range (two dots); his follow-ups rerun the last
  command kept as a program with another value ('DO lastq WITH "..."');
- a borehole driller who drills water wells for villages around Juba with a truck-mounted rig, and
  starts with a remark from his work (the rig and its mast, the bit that sticks and the rods going
  down the hole, the mud pit, the casing, the depth gauge, the core samples, the hand pumps he fits
  and the village handover, the yield test, the rains that close the roads, the crew tent and its
  generator, the flask of coffee, the villages and their chiefs, the county water office, his crew,
  his offsider and his foreman, his wife, his mother and his daughter) before he asks; his
  follow-ups "While the rig cools: ...";
- a retired ornithologist living in Juba, who counted shoebills and the other birds of the Sudd for
  a wildlife survey, and writes formal sentences with formulas of his own: "An ornithologist long
  retired from the Sudd surveys seeks ...", often closed with "Written under the mahogany trees,
  Juba.", and his follow-ups "Turning the leaf, ...".

Of the Acholi words, those another module holds as a word are short ones another language happens
to share, kept: "adi", "bene", "bor", "buk", "i", "iye", "ka", "kare", "ki", "ma", "man", "me",
"mene", "meno", "nga", "ngo", "ni", "pa", "pe", "tin" and "wiya" (most of them as English words or
words of other languages: "latin", "man", "me", "pa", "tin"; and the English
words the writer mixes in: "average", "bike", "caffeine", "coffee", "film", "flight", "heart rate",
"hours", "km", "launch", "lunch", "metres", "mg", "minutes", "offsite", "podcast", "restaurant",
"workout"); no day or night name is another set's. No other module holds "Acholi", "Nilotic",
"Nimule", "Magwi", "Juba", "South Sudan", "Lokichoggio", "FoxPro", "Xbase", ".AND.", ".NULL.",
"CALCULATE", "IIF(", "DOW(", "SEEK(", "CNT(", "DO lastq", "borehole", "driller", "drilling", "rig",
"offsider", "mud pit", "yield test", "depth gauge", "core samples", "hand pump", "kisra",
"ornithologist", "shoebill", "Sudd", "seeks", "Written under
the mahogany trees" or "Turning the leaf", nor any of the place names below; the driller's remarks
keep out "drill" alone (one module drills amber) and "pump" alone.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev125 life lives in Africa/Juba, the zone of South Sudan, on Central Africa Time (two hours
ahead of Greenwich), which South Sudan has kept all year since February 2021, in Juba, from Monday
6 April 2037 to 21 April 2037; the zone has no summer time (zoneinfo gives one offset over its 16
days), so no clock changes inside it. Dates are written as people in South Sudan write them: day
first, with slashes, padded, and the year ("07/04/2037"), as on forms and in messages, or as the
day, the month's English name and the year ("7 April 2037"), as in letters. Weekdays are the
Acholi ones above, with capitals: a day as its weekday and its slashed date ("Ceng Aryo
07/04/2037"), as its weekday, a comma and its written date ("Ceng Aryo, 7 April 2037"), or as
"nino" (day), its slashed date, a comma and its weekday; today and yesterday alone, or as "tin"
(today) and the slashed date, or "lawo" (yesterday), a comma, its weekday and the slashed date. A
night is named as "dyewor me" (night of), its weekday and its slashed date ("dyewor me Ceng
Baraja 06/04/2037"), or as "dyewor", a comma, its weekday, a comma and its written date; last night
alone, "last night", or as "dyewor lawo" and the slashed date. No day's name ends in a dot, so that
no question ends in two dots. Workouts are named with places in and around Juba: along the bank of
the Bahr el Jebel, through Munuki, up the track on Jebel Kujur; across the Freedom Bridge to Gumbo,
south to Rejaf, out along the Nimule road; at a hotel pool in Tongping and one on Ministries Road;
a studio in Tongping and a rooftop in Hai Malakal; the rock of Jebel Kujur and the boulders of
Jebel Rejaf.
"""


from __future__ import annotations

from datetime import date

from answers_life import MONTHS

WEEKDAYS = ("Ceng Baraja", "Ceng Aryo", "Ceng Adek", "Ceng Angwen", "Ceng Abic", "Ceng Abicel", "Ceng Cabit")
"""Acholi weekdays, as this set names them, Monday to Sunday (an approximation)."""

NOUNS = {"run": ("run along the bank of the Bahr el Jebel", "run through Munuki", "run up the track on Jebel Kujur"),
         "cycle": ("ride across the Freedom Bridge to Gumbo", "ride south to Rejaf", "ride out along the Nimule road"),
         "swim": ("swim at a hotel pool in Tongping", "swim at a hotel pool on Ministries Road"),
         "yoga": ("yoga class at a studio in Tongping", "yoga session on a rooftop in Hai Malakal"),
         "climb": ("climb on the rock of Jebel Kujur", "climb on the boulders of Jebel Rejaf")}
"""What this set's questions call a workout of each activity: places in and around Juba."""

G = "An ornithologist long retired from the Sudd surveys seeks"
S = "Written under the mahogany trees, Juba."
F = "While the rig cools:"

PHRASES: dict[str, list[str]] = {
    "book": ["buk ma {who} owaco ni akwan, nying ngo? wiya owil",
             'LIST tips.title FOR tips.giver = "{who}" .AND. tips.kind = "book" OFF',
             "At night in the crew tent I read by a head torch. What was the book {who} said I had no business leaving unread?",
             f"{G} the title of the volume {{who}} urged upon him. {S}"],
    "film": ["film mene ma {who} owaco ni aneno? pe angeyo",
             'DISPLAY tips.title FOR tips.giver = "{who}" .AND. tips.kind = "film"',
             "On a site with a generator the crew watches films off a laptop after dark. {who} named a film for the crew's laptop; which title should I load?",
             f"{G} the name of the film {{who}} spoke of as worth an evening."],
    "offsite": ["offsite ma {who} owaco, kombedi tye kwene?",
                'LIST news.new_place FOR news.giver = "{who}" .AND. news.topic = "offsite" OFF',
                "When the rains close a road we shift the rig to another village. {who} says the offsite has shifted too; to what place?",
                f"{G} the new setting of the offsite, of which {{who}} informed him. {S}"],
    "restaurant": ["restaurant mene ma {who} owaco ni wacam iye?",
                   'DISPLAY tips.name FOR tips.giver = "{who}" .AND. tips.kind = "restaurant"',
                   "Back in town after a week at a site, the crew wants a proper table. Which place to eat did {who} put forward?",
                   f"{G} the restaurant to which {{who}} directed him."],
    "flight": ["flight pa {who} bino cawa adi? abino jole",
               'DISPLAY flights.arrives FOR flights.traveller = "{who}"',
               "Spare parts for the rig come in by air, so I know the airstrip well. When is the plane carrying {who} due on the ground?",
               f"{G} the expected hour of arrival of the flight bearing {{who}}. {S}"],
    "dog": ["latin gwok pa {who}, nying ngo?",
            'LIST pets.name FOR pets.owner = "{who}" .AND. pets.kind = "dog" OFF',
            "The dogs of a village always come to sniff at the mud pit. What does {who} call the new puppy?",
            f"{G} what name the dog of {{who}} has been given."],
    "launch": ["launch me {project} ki awene kombedi? {who} owaco ni okobo",
               'DISPLAY launches.new_date FOR launches.project = "{project}" .AND. launches.giver = "{who}"',
               "A borehole is finished when the water runs clear, not before. Word from {who} is that {project} has put its launch back, like a hole left waiting on casing. What is its new date?",
               f"{G} the date now fixed for launching {{project}}, as reported to him by {{who}}. {S}"],
    "age": ["nyare {who} bene mwaka adi ma obino?",
            'DISPLAY family.turns FOR family.parent = "{who}" .AND. family.child = "daughter"',
            "My daughter used to count the rods as they went down the hole. At her coming birthday, what age will the girl {who} calls her daughter reach?",
            f"{G} the age at which {{who}}'s daughter is soon to arrive."],
    "podcast": ["podcast mene ma {who} owaco ni awinyo? i mutoka",
                'LIST tips.title FOR tips.giver = "{who}" .AND. tips.kind = "podcast" OFF',
                "The drive out to a site can take four hours on a bad road. Which podcast did {who} think would shorten the drive?",
                f"{G} the podcast {{who}} commended to his ear."],
    "breakfast_food": ["cam me odiko {day}, acamo ngo?",
                       'LIST meals.food FOR meals.day = "{day}" .AND. meals.meal = "breakfast" OFF',
                       "We eat early so the rig can start before the heat. What did breakfast come to, {day}?",
                       f"{G} an account of his breakfast, {{day}}."],
    "lunch_food": ["cam me dyeceng {day}, ngo ma acamo? wiya owil",
                   'DISPLAY meals.food FOR meals.meal = "lunch" .AND. meals.day = "{day}"',
                   "Midday on a site is beans and kisra in the shade of the truck. What came out of the lunch tin, {day}?",
                   f"{G} what his luncheon consisted in, {{day}}. {S}"],
    "dinner_food": ["{day} cam me otyeno onongo ngo?",
                    'LIST meals.food FOR meals.day = "{day}" .AND. meals.meal = "dinner" OFF',
                    "By dark the crew is too tired to cook much. What was on the evening plate, {day}?",
                    f"{G} what was set before him at supper, {{day}}."],
    "lunch_place": ["{day} lunch acamo kwene?",
                    'DISPLAY meals.place FOR meals.day = "{day}" .AND. meals.meal = "lunch"',
                    "In town I take lunch wherever the county water office sends me. Where did the water office's errands leave me eating lunch, {day}?",
                    f"{G} the place at which he took luncheon, {{day}}. {S}"],
    "dinner_place": ["cam me otyeno {day}, onongo kwene?",
                     'LIST meals.place FOR meals.meal = "dinner" .AND. meals.day = "{day}" OFF',
                     "A village chief sometimes feeds the whole crew once the water comes. Whose table or which eating house had me for dinner, {day}?",
                     f"{G} where he dined, {{day}}."],
    "workout_kind": ["{day} workout ngo ma atiyo?",
                     'DISPLAY workouts.activity FOR workouts.day = "{day}"',
                     "Lifting casing all day is exercise of a kind, but I keep up some of my own. Which sort of workout did I fit in, {day}?",
                     f"{G} the form of exercise he took, {{day}}. {S}"],
    "heart_rate": ["{noun} {day}, heart rate average onongo adi?",
                   'CALCULATE AVG(workouts.avg_hr) FOR workouts.day = "{day}" .AND. workouts.name = "{noun}"',
                   "A driller's heart has to stay calm when the mast sways. Through the {noun}, where did my heart settle on average by the watch, {day}?",
                   f"{G} the mean rate of his heart while the {{noun}} lasted, {{day}}."],
    "sleep_quality": ["{night} anino maber nyo pe?",
                      'DISPLAY sleep.quality FOR sleep.night = "{night}"',
                      "In the crew tent the generator hums until it runs out of diesel. Was I sleeping soundly or poorly, {night}?",
                      f"{G} whether his rest was deep or disturbed, {{night}}. {S}"],
    "sleep_night": ["{night} anino hours adi?",
                    'DISPLAY sleep.hours FOR sleep.night = "{night}"',
                    "The night is the one shift the rig never works. How long did that shift of sleep last for me, {night}?",
                    f"{G} how long slumber held him, {{night}}."],
    "exercise_duration": ["{noun} {day}, minutes adi?",
                          'DISPLAY workouts.minutes FOR workouts.name = "{noun}" .AND. workouts.day = "{day}"',
                          "A yield test is timed with a stopwatch, and so am I. How long in minutes did the {noun} keep me going, {day}?",
                          f"{G} the minutes given over to the {{noun}}, {{day}}. {S}"],
    "meeting_duration": ["{title} {day} okwanyo kare adi? hours nyo minutes",
                         'DISPLAY meetings.minutes FOR meetings.title = "{title}" .AND. meetings.day = "{day}"',
                         "The county water office loves a long meeting about a short borehole. How long did the {title} hold the floor, {day}?",
                         f"{G} how long the {{title}} occupied, {{day}}."],
    "distance_run": ["{day} aringo km adi?",
                     'SUM workouts.km FOR workouts.day = "{day}" .AND. workouts.activity = "run"',
                     "Running keeps my back loose after a day over the rods. In kilometres, what did my legs log running, {day}?",
                     f"{G} the kilometres run by him, {{day}}. {S}"],
    "distance_cycle": ["{day} bike, km adi ma awoto?",
                       'SUM workouts.km FOR workouts.activity = "cycle" .AND. workouts.day = "{day}"',
                       "When the truck is in the workshop I go about town on a bicycle. How far did the bicycle take me in kilometres, {day}?",
                       f"{G} the kilometres he travelled awheel, {{day}}."],
    "distance_swim": ["{day} akwang metres adi?",
                      'SUM workouts.metres FOR workouts.day = "{day}" .AND. workouts.activity = "swim"',
                      "After a week in red dust the pool is a gift. What did my swim come to in metres, {day}?",
                      f"{G} the metres he swam, {{day}}. {S}"],
    "attendees": ["{title} {day}, nga ducu onongo tye?",
                  'LIST attend.person FOR attend.meeting = "{title}" .AND. attend.day = "{day}" OFF',
                  "At a village handover I shake every hand around the new hand pump. Whose hands did I shake in the {title}, {day}?",
                  f"{G} a roll of the company assembled for the {{title}}, {{day}}."],
    "coffee_count": ["{day} amato coffee adi?",
                     'COUNT FOR coffee.day = "{day}"',
                     "Coffee on a site comes from a flask my wife fills. Count me the coffees that flask gave up, {day}.",
                     f"{G} the number of his coffees, {{day}}. {S}"],
    "caffeine": ["{day} caffeine ducu mg adi?",
                 'SUM coffee.mg FOR coffee.day = "{day}"',
                 "Too much caffeine and I read the depth gauge twice. In mg, what was my caffeine altogether, {day}?",
                 f"{G} the whole of his caffeine, in mg, {{day}}."],
    "meeting_count": ["{day} cokke adi ma onongo tye?",
                      'COUNT FOR meetings.day = "{day}"',
                      "Every village wants a meeting before the rig may start. How many times was I called to a meeting by the villages and the office, {day}?",
                      f"{G} the tally of meetings he attended, {{day}}. {S}"],
    "km_week": ["cabit man {activity} km adi ducu?",
                'SUM workouts.km FOR workouts.activity = "{verb}" .AND. workouts.day >= DATE() - DOW(DATE(), 2) + 1',
                "In the dry season the rig works every day, so I {verb} when I can. What is my kilometre total for it since this week's Monday?",
                f"{G} the kilometres he has gone in the current week, by {{activity}}."],
    "workouts_week": ["cabit man atiyo workout adi nio tin?",
                      'COUNT FOR workouts.day >= DATE() - DOW(DATE(), 2) + 1',
                      "My foreman says a driller needs no other exercise. From this week's Monday on, what number of workouts stands in my log?",
                      f"{G} the count of his workouts thus far in the week. {S}"],
    "first_coffee": ["{day} coffee mukwongo amato cawa adi?",
                     'CALCULATE MIN(coffee.time) FOR coffee.day = "{day}"',
                     "The flask is opened before the crew climbs into the truck. When did I first unscrew the flask, {day}?",
                     f"{G} the hour at which his first coffee was poured, {{day}}."],
    "last_coffee": ["{day} coffee me agikki cawa adi?",
                    'CALCULATE MAX(coffee.time) FOR coffee.day = "{day}"',
                    "By afternoon the flask is cold and I still drink it. When did the flask give up its final cup, {day}?",
                    f"{G} the hour of the last coffee he allowed himself, {{day}}. {S}"],
    "first_meeting": ["{day} cokke mukwongo ocake cawa adi?",
                      'CALCULATE MIN(meetings.start) FOR meetings.day = "{day}"',
                      "The county water office opens its doors at eight and its meetings later. At what o'clock did the first of my meetings open, {day}?",
                      f"{G} the hour at which the first of his meetings opened, {{day}}."],
    "wake": ["{day} acer cawa adi?",
             'DISPLAY sleep.woke FOR sleep.morning = "{day}"',
             "The crew is up with the birds when we are out at a site. What hour had me out of the tent, {day}?",
             f"{G} the hour of his rising, {{day}}. {S}"],
    "bedtime": ["{night} abuto cawa adi?",
                'DISPLAY sleep.bedtime FOR sleep.night = "{night}"',
                "Before bed I check the rig's oil and lock the cab. When did I lie down with the cab locked, {night}?",
                f"{G} the hour at which he retired for the night, {{night}}."],
    "dinner_on_distance": ["nino ma {past} {km} km, cam me otyeno onongo ngo?",
                           'LIST meals.food FOR meals.meal = "dinner" .AND. SEEK(meals.day, "workouts") .AND. workouts.km = {km} OFF',
                           "A long outing leaves me hungry enough to eat the core samples. When I had {past} {km} km in a day, what filled me that evening?",
                           f"{G} the fare of his supper on the day he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day} i nge {noun}, cokke mukwongo onongo nga ducu?",
                              'LIST attend.person FOR attend.day = "{day}" .AND. attend.start > workouts.end .AND. workouts.name = "{noun}" NEXT 1 OFF',
                              "Sometimes I walk into a meeting with dust still on my boots. Once the {noun} was behind me, whose faces filled the following meeting, {day}?",
                              f"{G} who attended the earliest meeting once the {{noun}} was over, {{day}}."],
    "lunch_on_meeting_day": ["nino me {title}, lunch acamo kwene?",
                             'DISPLAY meals.place FOR meals.meal = "lunch" .AND. SEEK(meals.day, "meetings") .AND. meetings.title = "{title}"',
                             "A day with the {title} in it is a day the rig stands idle. Which table gave me lunch on the day of it?",
                             f"{G} the place of his luncheon on the date of the {{title}}. {S}"],
    "sleep_after_meeting": ["dyewor i nge {title}, anino hours adi?",
                            'DISPLAY sleep.hours FOR SEEK(sleep.night, "meetings") .AND. meetings.title = "{title}"',
                            "A meeting about who pays for the hand pump keeps me awake. Once the {title} had finished, what length of sleep did that night allow me?",
                            f"{G} the length of his sleep when the {{title}} had been and gone."],
    "dinner_on_said_day": ["nino ma {who} owaco {value}, cam me otyeno ngo?",
                           'LIST meals.food FOR meals.meal = "dinner" .AND. SEEK(meals.day, "tips") .AND. tips.giver = "{who}" .AND. tips.title = "{value}" OFF',
                           "Every visitor to the site brings some piece of news. {who} brought {value} into talk at the site one day; which dish closed out that day?",
                           f"{G} what he ate for supper on the day {{who}} made mention of {{value}}. {S}"],
    "compare_sleep": ["{n1} ki {n2}, dyewor mene anino mapol?",
                      'CALCULATE SUM(IIF(sleep.night = "{n1}", sleep.hours, 0)), SUM(IIF(sleep.night = "{n2}", sleep.hours, 0))',
                      "A tired driller loses bits down the hole. Did I sleep longer on {n1} than on {n2}?",
                      f"{G} whether his sleep was longer on {{n1}} or on {{n2}}."],
    "compare_caffeine": ["{d1} ki {d2}, caffeine mapol onongo mene?",
                         'CALCULATE SUM(IIF(coffee.day = "{d1}", coffee.mg, 0)), SUM(IIF(coffee.day = "{d2}", coffee.mg, 0))',
                         "The flask empties faster when the bit sticks. On which, {d1} or {d2}, did the flask dose me harder with caffeine?",
                         f"{G} whether his caffeine stood higher on {{d1}} than on {{d2}}. {S}"],
    "compare_duration": ["{d1} ki {d2}, workout mene onongo bor?",
                         'CALCULATE SUM(IIF(workouts.day = "{d1}", workouts.minutes, 0)), SUM(IIF(workouts.day = "{d2}", workouts.minutes, 0))',
                         "When the bit sticks, the rig eats my free hour. Was {d1} a longer exercise day for me than {d2}?",
                         f"{G} whether his exercise lasted longer on {{d1}} than on {{d2}}."],
    "compare_coffee_weeks": ["cabit man ki cabit mukato, amato coffee mapol?",
                             'CALCULATE CNT(IIF(coffee.day >= DATE() - DOW(DATE(), 2) + 1, 1, .NULL.)), CNT(IIF(coffee.day < DATE() - DOW(DATE(), 2) + 1, 1, .NULL.))',
                             "The coffee tin at the yard runs down faster in the dry season. Will this week end with more coffee poured into me than the week that went before?",
                             f"{G} whether his coffees of this week exceed those of last week. {S}"],
    "late_coffee_sleep": ["ka amato coffee {t} nyo i nge, anino manok?",
                          'CALCULATE AVG(IIF(sleep.last_cup >= "{t}", sleep.hours, .NULL.)), AVG(IIF(sleep.last_cup < "{t}", sleep.hours, .NULL.))',
                          "My foreman drinks coffee at midnight and sleeps like a stone. Does a coffee poured at {t} or past it shave hours off my sleep?",
                          f"{G} whether coffee taken from {{t}} onward costs him sleep."],
    "late_dinner_sleep": ["ka cam me otyeno {t} nyo i nge, anino manok?",
                          'CALCULATE AVG(IIF(sleep.dinner >= "{t}", sleep.hours, .NULL.)), AVG(IIF(sleep.dinner < "{t}", sleep.hours, .NULL.))',
                          "On a site we eat when the day's depth is logged, which can be late. Does a dinner that starts at {t} or past it leave me a shorter night?",
                          f"{G} whether a supper begun no earlier than {{t}} curtails his night. {S}"],
    "exercise_sleep": ["nino ma atiyo workout, anino mapol?",
                       'CALCULATE AVG(IIF(sleep.workout, sleep.hours, .NULL.)), AVG(IIF(.NOT. sleep.workout, sleep.hours, .NULL.))',
                       "My mother says work in the sun is the best sleeping draught. Do the nights after my exercise days run long?",
                       f"{G} whether he sleeps the longer on nights after a day of exercise."],
    "caffeine_sleep": ["ka {mg} mg caffeine nyo mapol i nino, dyewor ma lubo anino manok?",
                       'CALCULATE AVG(IIF(sleep.mg_day >= {mg}, sleep.hours, .NULL.)), AVG(IIF(sleep.mg_day < {mg}, sleep.hours, .NULL.))',
                       "My wife fills the flask and counts what comes back. If the flask puts {mg} mg of caffeine or upward in me, does the following night come up short?",
                       f"{G} whether {{mg}} mg of caffeine or more in a day leaves him a shorter night to follow. {S}"],
    "exercise_coffee": ["nino ma atiyo workout, amato coffee mapol?",
                        'CALCULATE AVG(IIF(days.workout, days.coffees, .NULL.)), AVG(IIF(.NOT. days.workout, days.coffees, .NULL.))',
                        "After a run I want coffee before water, my offsider says. On exercise days, does the flask get emptied more often?",
                        f"{G} whether his coffee runs higher on the days he exercises."],
    "fu_day_before": ["nino ma peya meno?",
                      "DO lastq WITH dayback(m.day)",
                      f"{F} one more day back down the hole?",
                      "Turning the leaf, the day that came ahead of it."],
    "fu_meeting_length": ["cokke meno okwanyo kare adi?",
                          'DISPLAY meetings.minutes FOR meetings.title = m.title',
                          f"{F} that meeting's minutes, first word to last?",
                          "Turning the leaf, what time that gathering consumed."],
    "fu_other_day": ["{day} kono?",
                     'DO lastq WITH "{day}"',
                     f"{F} try it for {{day}}?",
                     "Turning the leaf, the entry for {day}."],
    "fu_other_person": ["{who} kono?",
                        'DO lastq WITH "{who}"',
                        f"{F} run it for {{who}}?",
                        "Turning the leaf, the entry for {who}."],
    "fu_night_before": ["dyewor ma peya meno?",
                        "DO lastq WITH nightback(m.night)",
                        f"{F} a night further down?",
                        "Turning the leaf, the night one step earlier."],
    "fu_today": ["tin nio kombedi?",
                 "DO lastq WITH DATE()",
                 f"{F} today, as logged so far?",
                 "Turning the leaf, today as it stands."],
}


def _slashed(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _written(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_slashed(day)}", f"{wd}, {_written(day)}", f"nino {_slashed(day)}, {wd}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"tin {_slashed(day)}"]
    if back == 1:
        return ["yesterday", f"lawo, {wd} {_slashed(day)}"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"dyewor me {wd} {_slashed(day)}", f"dyewor, {wd}, {_written(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"dyewor lawo {_slashed(day)}"]
    return options
