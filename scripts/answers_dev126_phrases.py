"""Question phrasings of the answers benchmark's one hundred and twenty-sixth tuning set, ``dev126`` (docs/benchmarks.md, "Answers").

``dev126`` was the held-out set until 2026-12-07, when, after its measurement at d8ad58c (grounded
accuracy 0.379; worst category habit_relation 0.091; unsupported 0.015; abstention 0.909; p95
0.059 s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev125``, answers_dev125_phrases.py) on 2026-12-07, and was
written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young Lani woman from Tolikara, in the central highlands of Papua, who studies at the university
  in Abepura, Jayapura, and types lower case, switching between English and Lani inside a sentence,
  every number in a question a number. Lani (Western Dani) is a Papuan language of the Dani (Baliem
  Valley) family of Trans-New Guinea, spoken in the highlands of Indonesian Papua and by highlanders
  who have moved down to Jayapura. The Lani here is the writer's own approximation, checked by no
  speaker: a few words are as the grammars give them ("an" I, "nit" we, "lek" no or not, "aret"
  surely), the rest are the writer's guesses in the language's sounds (it has no s, j or plain b
  or d), and are to be read as such: nde what, ndeyap who, nggwe where, ndewe which, mbilak how
  many or how much, time nde at what time, ogo day, ogo ino today (ino this), olukwe yesterday,
  yinom night, yinom olukwe last night, wunggom morning, ndaga midday, mbolok evening, an nagarak
  I ate, an nunuk I drank, an nuwok I slept, an wurak I got up, an mbogoro I ran, an tiklak I swam,
  an wuluk I did, an ombo I go or went, an kinik I read, an nigi I watch, an yuluk I listen, an
  nakwi lek I don't remember, yogwe said, ndu a name, nggwek a dog, nagwe a daughter, mbarak a
  meeting, mbonggi first, ndukwi last, ndagi more, nggilak less, onggo long, ndorak after, mbiwak
  before, kale gone by (week kale last week), logo and, ka or, yoko all; the weekdays are the
  Indonesian names as the writer imagines them said in Lani sounds, with capitals: "Tenin"
  (Monday), "Telata", "Rambu", "Kamit", "Lumat", "Taptu" and "Mingguk" (Sunday). What the set tests
  is how the planner reads English mixed with a language it has never seen: no earlier set switches
  into Lani, any Dani language, any Trans-New Guinea or other Papuan language (the nearest earlier
  sets come are Tok Pisin, an English creole of Papua New Guinea, Tetum, Javanese and the other
  Austronesian languages, none of them related to it);
- a web developer at a small software house in Entrop, Jayapura, who keeps his diary as PHP arrays
  decoded from the app's export and types every question as one PHP statement at the interactive
  shell (php -a), the way he pokes at data at work: 'echo array_values(array_filter($meals, fn($m)
  => $m['day'] == '...' && $m['meal'] == 'lunch'))[0]['food'];' for a value, 'implode(', ',
  array_column(...))' for lists and people, 'count(array_filter(...))' for counts,
  'array_sum(array_column(...))' for sums, 'min(...)'/'max(...)' for firsts and lasts,
  "date('Y-m-d', strtotime('monday this week'))" for the week's Monday, the spaceship operator
  '<=>' between two sums or two averages ($sum and $avg, closures he defined earlier) for
  comparisons and habits, 'in_array(...)' or a helper closure ($dayOf, $saidOn, $end) for a day
  named by what happened on it; no brace and no range (two dots); his follow-ups call the last
  query again, kept as a closure, with another argument ('echo $q('...');', 'echo $q(who:
  '...');', 'echo $q($prev($d));', "echo $q(date('d/m/Y'));");
- a sago worker from a stilt village on Lake Sentani, who fells sago in the swamp forest with his
  uncle, his brother-in-law and his son, chops and beats out the pith, washes the starch out in a
  trough and sells it at the market, and starts with a remark from his work (the swamp and its
  water, the felled sago and its pith, the pounder, the washing trough, the sacks of wet starch,
  sago grubs, the dugout and the plank walk, the market buyers, papeda and yellow fish soup, the
  clan, church and cooperative meetings, the mosquito net, the roosters under the stilt house, the
  coffee from the Baliem) before he asks; his follow-ups "While the starch settles: ...";
- a retired entomologist living at Dok V in Jayapura, who collected, pinned and labelled the
  butterflies and beetles of the Cyclops Mountains for a museum's collections, and writes formal
  sentences with formulas of his own: "An entomologist retired from the Cyclops collections would
  learn ...", often closed with "Pinned and labelled at Dok V, Jayapura.", and his follow-ups
  "Opening the next drawer, ...".

Of the Lani words, those another module holds as a word are short ones other languages or English
share, kept: "an", "ino", "ka", "kale", "nde" and "nit"; and the English words the writer mixes
in: "average", "bike", "birthday", "book", "caffeine", "coffee", "film", "heart", "home", "hours",
"km", "landing", "launch", "metres", "mg", "minutes", "offsite", "plane", "podcast", "restaurant",
"time", "title", "watch", "week", "workout", "years"; no day or night name is another set's. No
other module holds "Lani", "Dani", "Jayapura", "Sentani", "PHP", "php", "array_filter",
"array_column", "array_values", "fn(", "<=>", "strtotime", "implode", "in_array", "echo ", "sago",
"pith", "starch", "papeda", "pounder", "trough", "grubs", "dugout", "plank walk", "entomologist",
"Cyclops", "drawer", "Pinned and labelled", "would learn", "Opening the next drawer" or "While the
starch settles", nor any of the place names below; the sago worker's remarks keep out "canoe" (one
module builds canoes), "jetty", "trunk" and "rasp", which other modules hold.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev126 life lives in Asia/Jayapura, the zone of Indonesia's easternmost provinces, on
Eastern Indonesia Time (nine hours ahead of Greenwich), which Indonesia keeps all year, in
Jayapura, from Monday 13 April 2037 to 28 April 2037; the zone has no summer time (zoneinfo gives
one offset over its 16 days), so no clock changes inside it. Dates are written as people in
Indonesia write them: day first, with slashes, padded, and the year ("14/04/2037"), as on forms
and in messages, or as the day, the month's name and the year ("14 April 2037", April being the
same word in Indonesian), as in letters. Weekdays are the Lani ones above: a day as its weekday
and its slashed date ("Telata 14/04/2037"), as its weekday, a comma and its written date ("Telata,
14 April 2037"), or as its weekday, "ogo" (day) and its slashed date; today and yesterday alone,
or as "ogo ino" (today) and the slashed date, or "olukwe" (yesterday), a comma, its weekday and the
slashed date. A night is named as "yinom" (night), its weekday and its slashed date ("yinom Tenin
13/04/2037"), or as its weekday, "yinom", a comma and its written date; last night alone, "last
night", or as "yinom olukwe" and the slashed date. No day's name ends in a dot, so that no question
ends in two dots. Workouts are named with places in and around Jayapura: along the beach at Hamadi,
up the Skyline road, on the lakeshore at Sentani; across the Youtefa bridge to Holtekamp, out to
Sentani, round Entrop and Kotaraja; off the beach at Base-G and at a pool in Kotaraja; a studio in
Abepura and a veranda in Dok II; a climbing wall in Waena and the rocks below the Cyclops ridge.
"""


from __future__ import annotations

from datetime import date

from answers_life import MONTHS

WEEKDAYS = ("Tenin", "Telata", "Rambu", "Kamit", "Lumat", "Taptu", "Mingguk")
"""Weekdays as this set's Lani writer types them, Monday to Sunday: the Indonesian names as the
writer imagines them said in Lani sounds (an approximation)."""

NOUNS = {"run": ("run along the beach at Hamadi", "run up the Skyline road", "run on the lakeshore at Sentani"),
         "cycle": ("ride across the Youtefa bridge to Holtekamp", "ride out to Sentani", "ride round Entrop and Kotaraja"),
         "swim": ("swim off the beach at Base-G", "swim at a pool in Kotaraja"),
         "yoga": ("yoga class at a studio in Abepura", "yoga session on a veranda in Dok II"),
         "climb": ("climb at a wall in Waena", "climb on the rocks below the Cyclops ridge")}
"""What this set's questions call a workout of each activity: places in and around Jayapura."""

G = "An entomologist retired from the Cyclops collections would learn"
S = "Pinned and labelled at Dok V, Jayapura."
F = "While the starch settles:"
D = "Opening the next drawer,"

PHRASES: dict[str, list[str]] = {
    "book": ["{who} yogwe book ndewe an kinik? an nakwi lek",
             "echo array_values(array_filter($tips, fn($t) => $t['from'] == '{who}' && $t['kind'] == 'book'))[0]['title'];",
             "Nobody reads in the swamp, but I read at home by the lamp. {who} put a book in my head for those lamp hours; which one?",
             f"{G} the title of the volume {{who}} set before him as worth the reading. {S}"],
    "film": ["film ndewe {who} yogwe an nigi? title nde",
             "echo implode(', ', array_column(array_filter($tips, fn($t) => $t['from'] == '{who}' && $t['kind'] == 'film'), 'title'));",
             "On market nights in Hamadi a film plays on a sheet hung from a stall. Which film did {who} tell me to catch?",
             f"{G} which picture {{who}} judged worthy of his viewing."],
    "offsite": ["offsite {who} yogwe, nggwe ino kale?",
                "echo array_values(array_filter($news, fn($n) => $n['from'] == '{who}' && $n['topic'] == 'offsite'))[0]['place'];",
                "When the lake rises we move the washing trough to higher mud. Word reaching me through {who} puts the offsite somewhere new as well; which place is it in now?",
                f"{G} whither the offsite has been removed, {{who}} having so advised him. {S}"],
    "restaurant": ["{who} yogwe restaurant ndewe nit nagarak?",
                   "echo array_values(array_filter($tips, fn($t) => $t['from'] == '{who}' && $t['kind'] == 'restaurant'))[0]['name'];",
                   "Papeda at home every night gets tiresome even for me. Which eating place was {who} sending us off to?",
                   f"{G} the name of the eating house {{who}} put to him."],
    "flight": ["{who} ombo Sentani, plane landing time nde? an ombo",
               "echo array_values(array_filter($flights, fn($f) => $f['who'] == '{who}'))[0]['lands'];",
               "From the lake you can watch the planes come down over Sentani. When do the wheels carrying {who} touch the Sentani runway?",
               f"{G} the hour at which the aeroplane carrying {{who}} is to touch down. {S}"],
    "dog": ["{who} nggwek ino ndu nde?",
            "echo array_values(array_filter($pets, fn($p) => $p['owner'] == '{who}' && $p['kind'] == 'dog'))[0]['name'];",
            "Village dogs follow us into the swamp hoping for sago grubs. The young dog {who} took in, what did it end up being named?",
            f"{G} by what name the dog belonging to {{who}} is called."],
    "launch": ["{project} launch, {who} yogwe ogo nde ino? lek ogo kale",
               "echo array_values(array_filter($launches, fn($l) => $l['project'] == '{project}' && $l['from'] == '{who}'))[0]['new_date'];",
               "A sago is never split before the water in the swamp is right. Word came through {who} that {project} is waiting like an unsplit sago; which date is its launch pushed to?",
               f"{G} the revised date for the launch of {{project}}, as {{who}} conveyed it. {S}"],
    "age": ["{who} nagwe birthday ino, years mbilak?",
            "echo array_values(array_filter($family, fn($f) => $f['parent'] == '{who}' && $f['child'] == 'daughter'))[0]['turns'];",
            "My own son carries the pounder for me now. When {who}'s girl blows out her next candles, how old does she become?",
            f"{G} what age the girl born to {{who}} attains at her approaching birthday."],
    "podcast": ["podcast ndewe {who} yogwe an yuluk?",
                "echo implode(', ', array_column(array_filter($tips, fn($t) => $t['from'] == '{who}' && $t['kind'] == 'podcast'), 'title'));",
                "Chopping pith all afternoon is long work for the ears too. Which podcast did {who} reckon I could chop along to?",
                f"{G} the podcast to which {{who}} directed his attention. {S}"],
    "breakfast_food": ["wunggom {day}, an nagarak nde?",
                       "echo implode(', ', array_column(array_filter($meals, fn($m) => $m['day'] == '{day}' && $m['meal'] == 'breakfast'), 'food'));",
                       "Before the dugout goes out I eat whatever is left from the night. Before the dugout left, what went into me, {day}?",
                       f"{G} what he breakfasted upon, {{day}}."],
    "lunch_food": ["{day} ndaga nagarak nde? an nakwi lek",
                   "echo array_values(array_filter($meals, fn($m) => $m['meal'] == 'lunch' && $m['day'] == '{day}'))[0]['food'];",
                   "At midday in the swamp we eat squatting on the felled sago. Sitting on it at midday, what was I chewing, {day}?",
                   f"{G} the substance of his midday meal, {{day}}. {S}"],
    "dinner_food": ["mbolok {day} an nagarak nde?",
                    "echo implode(', ', array_column(array_filter($meals, fn($m) => $m['day'] == '{day}' && $m['meal'] == 'dinner'), 'food'));",
                    "My wife cooks yellow fish soup when the sago sells well. Soup or something else, what did the evening put in front of me, {day}?",
                    f"{G} what formed his evening meal, {{day}}."],
    "lunch_place": ["{day} ndaga, an nagarak nggwe?",
                    "echo array_values(array_filter($meals, fn($m) => $m['day'] == '{day}' && $m['meal'] == 'lunch'))[0]['place'];",
                    "On market days I eat wherever the buyers keep me waiting. Which bench or stall fed me lunch, {day}?",
                    f"{G} where he lunched, {{day}}. {S}"],
    "dinner_place": ["mbolok {day}, nagarak nggwe? home ka lek",
                     "echo array_values(array_filter($meals, fn($m) => $m['meal'] == 'dinner' && $m['day'] == '{day}'))[0]['place'];",
                     "Some evenings my uncle calls the whole crew to his house on the water. Whose roof or which eating place had me at supper, {day}?",
                     f"{G} at what table he supped, {{day}}."],
    "workout_kind": ["{day} an workout nde wuluk?",
                     "echo array_values(array_filter($workouts, fn($w) => $w['day'] == '{day}'))[0]['kind'];",
                     "Beating pith keeps my arms strong, but the rest of me needs more. Besides the pounding, what sort of training did my body get, {day}?",
                     f"{G} the manner of exercise he undertook, {{day}}. {S}"],
    "heart_rate": ["{day} {noun} ino, heart an mbilak? average nde watch yogwe",
                   "echo array_values(array_filter($workouts, fn($w) => $w['day'] == '{day}' && $w['name'] == '{noun}'))[0]['avg_hr'];",
                   "Lifting a wet sack of starch sets my heart racing. On my watch, the {noun} shows what heart rate on average, {day}?",
                   f"{G} the mean pulse of his heart throughout the {{noun}}, {{day}}."],
    "sleep_quality": ["{night} an nuwok aret ka lek?",
                      "echo array_values(array_filter($sleep, fn($s) => $s['night'] == '{night}'))[0]['quality'];",
                      "The mosquitoes off the lake decide how I sleep. Under the net, was my sleep sound, or did the buzzing win, {night}?",
                      f"{G} whether his slumber proved sound or broken, {{night}}. {S}"],
    "sleep_night": ["{night} an nuwok hours mbilak?",
                    "echo array_values(array_filter($sleep, fn($s) => $s['night'] == '{night}'))[0]['hours'];",
                    "A sago cutter sleeps like the sago he fells, my father used to say. Lying like a felled sago, how long did I stay down, {night}?",
                    f"{G} the span of his sleep, {{night}}."],
    "exercise_duration": ["{noun} {day}, minutes mbilak?",
                          "echo array_values(array_filter($workouts, fn($w) => $w['name'] == '{noun}' && $w['day'] == '{day}'))[0]['minutes'];",
                          "Washing out one sago's starch takes me most of a morning. The {noun} took up how many of my minutes, {day}?",
                          f"{G} the minutes the {{noun}} detained him, {{day}}. {S}"],
    "meeting_duration": ["{title} {day} onggo mbilak? hours ka minutes",
                         "echo array_values(array_filter($meetings, fn($m) => $m['title'] == '{title}' && $m['day'] == '{day}'))[0]['minutes'];",
                         "The village council can talk about one stand of sago for a whole day. The {title}, how long did its talking last, {day}?",
                         f"{G} the duration of the {{title}}, {{day}}."],
    "distance_run": ["{day} an mbogoro km mbilak?",
                     "echo array_sum(array_column(array_filter($workouts, fn($w) => $w['day'] == '{day}' && $w['kind'] == 'run'), 'km'));",
                     "The path out to the sago stands is mud, so I run on the road instead. On the road, what distance did my running come to in km, {day}?",
                     f"{G} the distance he covered on foot at a run, in kilometres, {{day}}. {S}"],
    "distance_cycle": ["{day} bike, km mbilak an ombo?",
                       "echo array_sum(array_column(array_filter($workouts, fn($w) => $w['kind'] == 'cycle' && $w['day'] == '{day}'), 'km'));",
                       "I take the bicycle to the market when the starch sacks go by truck. Behind the truck on my bicycle, what did my pedalling come to in km, {day}?",
                       f"{G} the kilometres he rode upon his bicycle, {{day}}."],
    "distance_swim": ["{day} an tiklak metres mbilak?",
                      "echo array_sum(array_column(array_filter($workouts, fn($w) => $w['day'] == '{day}' && $w['kind'] == 'swim'), 'metres'));",
                      "After a day in the swamp the lake is the only bath worth having. In metres, how much water did I put behind me, {day}?",
                      f"{G} how many metres he swam, {{day}}. {S}"],
    "attendees": ["{title} {day}, ndeyap yoko ino?",
                  "echo implode(', ', array_column(array_filter($attendance, fn($a) => $a['meeting'] == '{title}' && $a['day'] == '{day}'), 'person'));",
                  "At a clan meeting everyone who owns a sago stand must be present. Name me the faces around the {title}, {day}.",
                  f"{G} the names of those assembled for the {{title}}, {{day}}."],
    "coffee_count": ["{day} an nunuk coffee mbilak?",
                     "echo count(array_filter($coffee, fn($c) => $c['day'] == '{day}'));",
                     "Coffee from the Baliem is the one luxury I buy at the market. Count the Baliem cups I emptied, {day}.",
                     f"{G} what quantity of coffee, in cups, he consumed, {{day}}. {S}"],
    "caffeine": ["{day} caffeine yoko mg mbilak?",
                 "echo array_sum(array_column(array_filter($coffee, fn($c) => $c['day'] == '{day}'), 'mg'));",
                 "Strong coffee keeps the pounder moving after midday. Adding it all up, what was my caffeine in mg, {day}?",
                 f"{G} the sum of his caffeine, stated in mg, {{day}}."],
    "meeting_count": ["{day} mbarak mbilak ino?",
                      "echo count(array_filter($meetings, fn($m) => $m['day'] == '{day}'));",
                      "Between the clan, the church and the cooperative there is always some meeting. On how many of those was I sitting, {day}?",
                      f"{G} the meetings that claimed him, numbered, {{day}}. {S}"],
    "km_week": ["week ino {activity} km mbilak yoko?",
                "echo array_sum(array_column(array_filter($workouts, fn($w) => $w['kind'] == '{verb}' && $w['date'] >= date('Y-m-d', strtotime('monday this week'))), 'km'));",
                "Some weeks the swamp leaves me no legs to {verb} with. Since Monday came round, what is my tally of km for it?",
                f"{G} the sum of kilometres of {{activity}} standing to his credit since Monday last."],
    "workouts_week": ["week ino an workout mbilak wuluk?",
                      "echo count(array_filter($workouts, fn($w) => $w['date'] >= date('Y-m-d', strtotime('monday this week'))));",
                      "My uncle laughs that sago work is workout enough. Monday onward, how often have I trained outside the swamp?",
                      f"{G} the number of his exercise sessions in the week so far. {S}"],
    "first_coffee": ["{day} coffee mbonggi time nde?",
                     "echo min(array_column(array_filter($coffee, fn($c) => $c['day'] == '{day}'), 'time'));",
                     "The first coffee is drunk on the plank walk while the dugout is loaded. On the plank walk, what did the clock read at my first cup, {day}?",
                     f"{G} the hour of his earliest coffee, {{day}}."],
    "last_coffee": ["{day} coffee ndukwi time nde?",
                    "echo max(array_column(array_filter($coffee, fn($c) => $c['day'] == '{day}'), 'time'));",
                    "My wife says I drink coffee until the lamp goes out. The lamp aside, my cup went down for good at what o'clock, {day}?",
                    f"{G} the hour the final coffee passed his lips, {{day}}. {S}"],
    "first_meeting": ["{day} mbarak mbonggi time nde?",
                      "echo min(array_column(array_filter($meetings, fn($m) => $m['day'] == '{day}'), 'start'));",
                      "The cooperative likes to meet before the heat comes up off the water. How early did my first sitting of the day open, {day}?",
                      f"{G} the hour at which the foremost of his meetings commenced, {{day}}."],
    "wake": ["{day} an wurak time nde?",
             "echo array_values(array_filter($sleep, fn($s) => $s['morning'] == '{day}'))[0]['woke'];",
             "The roosters under the stilt house wake the whole village. When did the roosters get me on my feet, {day}?",
             f"{G} the hour at which he quitted his bed, {{day}}. {S}"],
    "bedtime": ["{night} an nuwok mbiwak time nde?",
                "echo array_values(array_filter($sleep, fn($s) => $s['night'] == '{night}'))[0]['bedtime'];",
                "I hang the net and bank the fire before I lie down. When was the net hung and me under it, {night}?",
                f"{G} the hour he betook himself to bed, {{night}}."],
    "dinner_on_distance": ["ogo an {past} {km} km, mbolok nagarak nde?",
                           "echo array_values(array_filter($meals, fn($m) => $m['meal'] == 'dinner' && in_array($m['day'], array_column(array_filter($workouts, fn($w) => $w['km'] == {km}), 'day'))))[0]['food'];",
                           "A long outing makes me as hungry as a day of pounding. That day with {km} km {past}, which dish ended it?",
                           f"{G} what he ate at evening on the day he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day} ndorak {noun}, mbarak ino ndeyap yoko?",
                              "echo implode(', ', $attendeesOf(array_values(array_filter($meetings, fn($m) => $m['day'] == '{day}' && $m['start'] > $end('{noun}', '{day}')))[0]));",
                              "Some days I go from the water straight into a meeting with mud to the knee. With the {noun} done, whose faces did I find at my following meeting, {day}?",
                              f"{G} the company present at the first meeting to follow the {{noun}}, {{day}}."],
    "lunch_on_meeting_day": ["ogo mbarak {title}, ndaga an nagarak nggwe?",
                             "echo array_values(array_filter($meals, fn($m) => $m['meal'] == 'lunch' && $m['day'] == $dayOf('{title}')))[0]['place'];",
                             "A meeting day is a day the trough stands dry. The {title} kept the trough dry one day; which place gave me lunch then?",
                             f"{G} where he lunched upon the date the {{title}} was held. {S}"],
    "sleep_after_meeting": ["yinom ndorak {title}, an nuwok hours mbilak?",
                            "echo array_values(array_filter($sleep, fn($s) => $s['night'] == $dayOf('{title}')))[0]['hours'];",
                            "A meeting about who owns which sago stand can keep me turning all night. When the {title} let us go, how long did my sleep run that night?",
                            f"{G} the sleep granted him once the {{title}} had dispersed."],
    "dinner_on_said_day": ["ogo {who} yogwe {value}, mbolok an nagarak nde?",
                           "echo array_values(array_filter($meals, fn($m) => $m['meal'] == 'dinner' && $m['day'] == $saidOn('{who}', '{value}')))[0]['food'];",
                           "People on the plank walk bring me news while I load the dugout. {who} talked about {value} out on the planks one day; what was cooked for me that night?",
                           f"{G} his evening fare on the day {{who}} spoke to him of {{value}}. {S}"],
    "compare_sleep": ["{n1} logo {n2}, yinom ndewe an nuwok onggo?",
                      "echo $sum($sleep, 'night', '{n1}', 'hours') <=> $sum($sleep, 'night', '{n2}', 'hours');",
                      "A short night means a slow pounder the next day. Putting {n1} against {n2}, which let me sleep longer?",
                      f"{G} whether he slept the longer on {{n1}} or on {{n2}}."],
    "compare_caffeine": ["{d1} logo {d2}, caffeine ndagi ndewe?",
                         "echo $sum($coffee, 'day', '{d1}', 'mg') > $sum($coffee, 'day', '{d2}', 'mg') ? '{d1}' : '{d2}';",
                         "On a market day I drink coffee with every buyer. Setting {d1} beside {d2}, which put more caffeine in me?",
                         f"{G} whether his caffeine on {{d1}} exceeded that on {{d2}}. {S}"],
    "compare_duration": ["{d1} logo {d2}, workout ndewe onggo?",
                         "echo $sum($workouts, 'day', '{d1}', 'minutes') <=> $sum($workouts, 'day', '{d2}', 'minutes');",
                         "When the pith is hard the swamp eats my training time. Training minutes, {d1} against {d2}: which day won?",
                         f"{G} on which day, {{d1}} against {{d2}}, his exercise ran the longer."],
    "compare_coffee_weeks": ["week ino logo week kale, an nunuk coffee ndagi?",
                             "echo count(array_filter($coffee, fn($c) => $c['date'] >= date('Y-m-d', strtotime('monday this week')))) <=> count(array_filter($coffee, fn($c) => $c['date'] < date('Y-m-d', strtotime('monday this week'))));",
                             "The coffee tin at home empties faster in the wet months. Is this week emptying it faster than the week just gone?",
                             f"{G} whether his coffees of the present week outnumber those of the week before. {S}"],
    "late_coffee_sleep": ["coffee {t} ka ndorak, an nuwok nggilak?",
                          "echo $avg(array_column(array_filter($sleep, fn($s) => $s['last_cup'] >= '{t}'), 'hours')) <=> $avg(array_column(array_filter($sleep, fn($s) => $s['last_cup'] < '{t}'), 'hours'));",
                          "My brother-in-law drinks coffee at night and snores till dawn. For me, does any coffee once the clock says {t} cut my night short?",
                          f"{G} whether coffee taken from {{t}} onward robs him of sleep."],
    "late_dinner_sleep": ["mbolok nagarak {t} ka ndorak, an nuwok nggilak?",
                          "echo $avg(array_column(array_filter($sleep, fn($s) => $s['dinner'] >= '{t}'), 'hours')) <=> $avg(array_column(array_filter($sleep, fn($s) => $s['dinner'] < '{t}'), 'hours'));",
                          "When the dugout comes back late, the soup comes late too. Does sitting down to soup at {t} or beyond leave me a shorter sleep?",
                          f"{G} whether a dinner commenced at {{t}} or afterwards shortens his sleep. {S}"],
    "exercise_sleep": ["ogo an workout wuluk, yinom an nuwok ndagi?",
                       "echo $avg(array_column(array_filter($sleep, fn($s) => $s['workout']), 'hours')) <=> $avg(array_column(array_filter($sleep, fn($s) => !$s['workout']), 'hours'));",
                       "My father never trained and slept like a stone all the same. Do my training days buy me a longer night after?",
                       f"{G} whether his nights are the longer after days on which he has exercised."],
    "caffeine_sleep": ["ogo an nunuk {mg} mg caffeine ka ndagi, yinom ino an nuwok nggilak?",
                       "echo $avg(array_column(array_filter($sleep, fn($s) => $s['caffeine'] >= {mg}), 'hours')) <=> $avg(array_column(array_filter($sleep, fn($s) => $s['caffeine'] < {mg}), 'hours'));",
                       "On the big market days the coffee never stops. Once a day has put {mg} mg of caffeine or upward into me, does the night that follows come out shorter?",
                       f"{G} whether a day of {{mg}} mg of caffeine or upward is followed by a shorter night. {S}"],
    "exercise_coffee": ["ogo an workout wuluk, coffee ndagi?",
                        "echo $avg(array_column(array_filter($days, fn($d) => $d['workout']), 'coffees')) <=> $avg(array_column(array_filter($days, fn($d) => !$d['workout']), 'coffees'));",
                        "My son says training makes me thirsty for coffee, not water. Do my training days empty more cups than the rest?",
                        f"{G} whether he drinks more coffees on the days he takes exercise."],
    "fu_day_before": ["ogo mbiwak kale?",
                      "echo $q($prev($d));",
                      f"{F} back up one day?",
                      f"{D} the date immediately prior."],
    "fu_meeting_length": ["mbarak ino onggo mbilak?",
                          "echo $last['minutes'];",
                          f"{F} the meeting itself, how long did it sit?",
                          f"{D} how long that gathering sat."],
    "fu_other_day": ["{day} ka?",
                     "echo $q('{day}');",
                     f"{F} now {{day}}?",
                     f"{D} the same enquiry, made for {{day}}."],
    "fu_other_person": ["{who} ka?",
                        "echo $q(who: '{who}');",
                        f"{F} now {{who}}?",
                        f"{D} likewise for {{who}}."],
    "fu_night_before": ["yinom mbiwak kale?",
                        "echo $q(night: $prev($n));",
                        f"{F} the night one earlier?",
                        f"{D} the night next before."],
    "fu_today": ["ogo ino kale?",
                 "echo $q(date('d/m/Y'));",
                 f"{F} today, as it stands?",
                 f"{D} today, as yet incomplete."],
}


def _slashed(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _written(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_slashed(day)}", f"{wd}, {_written(day)}", f"{wd} ogo {_slashed(day)}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"ogo ino {_slashed(day)}"]
    if back == 1:
        return ["yesterday", f"olukwe, {wd} {_slashed(day)}"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"yinom {wd} {_slashed(day)}", f"{wd} yinom, {_written(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"yinom olukwe {_slashed(day)}"]
    return options
