"""Question phrasings of the answers benchmark's one hundred and twenty-second tuning set, ``dev122`` (docs/benchmarks.md, "Answers").

``dev122`` was the held-out set until 2026-12-06, when, after its measurement at 8b455b9 (grounded
accuracy 0.568; worst category comparison 0.136; unsupported 0.019; abstention 0.909; p95 0.066 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev121``, answers_dev121_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a Mari pharmacy student from a village in Mishkino district, studying in Ufa, who types lower
  case, switching between English and Mari (Eastern, or Meadow, Mari, as the Mari of Bashkortostan
  speak it) inside a sentence, the Mari typed in Latin letters (every number in a question is a
  number). The Mari here is the writer's own approximation from the commonest words (mo what,
  kushto where, kushko where to, kö who, kunam when, mynyar how many or how much, tache today,
  tengeche yesterday, yüd night, keche day, erdene in the morning, kechyval midday, kastene in the
  evening, kochkysh food, kochkynam I ate, malenam I slept, malash to sleep, kyneleshym I got up,
  kofe coffee, yüynam I drank, kurgyzhynam I ran, ishtynam I swam, tide this, arnya week, ertyshe
  last, shagat hours, minut minutes, utlarak more, izirak less, sai good, kalasysh said, lüm a
  name, iyash years old, pii iga a puppy, kino a film, kniga a book, pogynymash a meeting, ondak
  first or before, vara after, gych from, ale or; the weekdays Shochmo to Rusharnya, "keche" the
  day); no speaker has checked it. What the set tests is how the planner reads English mixed with
  a language it has never seen: no earlier set switches into Mari; of the Uralic languages, earlier
  sets use Finnish, Estonian, Hungarian and Udmurt, distant kin of Mari in other branches, none of
  them close to it (Mari is a branch of its own);
- a programmer in Ufa who keeps up a clinic's old laboratory system written in M (MUMPS), and types
  every question as one M command: 'W $G(^MEAL("...","lunch","food"))' for a value kept in a
  global, 'W $$SUM^WK(...)', '$$CNT^COF(...)', '$$FIRST^COF(...)' and '$$LAST^COF(...)' for sums,
  counts, firsts and lasts, 'D LIST^ATT(...)' for several rows, '$$SUM^SLP(...)>$$SUM^SLP(...)'
  for two compared, '$$AVG^SLP(...)-$$AVG^SLP(...)' for habits, '$$DAYOF^MTG(...)' for a day
  named by what happened on it, '$$MON^DT' for this week's Monday; no question mark, no brace, no
  range (two dots); his follow-ups set a variable and run again ('S DAY=$$PREV^DT(DAY) D RUN');
- a kumis maker on a horse farm near Ufa, who milks the mares every two hours, with their foals
  beside them, and ferments the milk in wooden tubs, stirring it with a paddle, and starts with a
  remark from his work (the mares, the foals and the stallion, the milking stand, the tubs and the
  paddle, the churns, the sanatorium that buys the kumis and its van, the vet, the horse-farm
  director, the wolves and the yard dog, his grandmother, his wife and granddaughter) before he
  asks; his follow-ups "Next mare in the line: ...";
- a retired refinery chemist of Ufa, who writes formal sentences with formulas of his own: "A
  retired chemist begs to be informed ...", often closed with "Noted in my laboratory journal,
  Ufa.", and his follow-ups "By the same procedure, ...".

Of the Mari words, those another module holds as a word are short ones another language happens
to share, or Russian loans Mari has taken, kept: "ale", "ik", "kino", "kniga", "kofe", "metr",
"minut", "mo", "pii", "sai", "samolyot", "tide", "vara", "velosiped" and "vola" (and the English
"average", "caffeine", "dinner", "heart rate", "km", "launch", "lunch", "mg", "podcast",
"restaurant" and "workout"); no day or night name is another set's. No other module holds "Ufa",
"Bashkortostan", "Mari", "Mishkino", "kumis", "mares", "foal", "stallion", "sanatorium", "Next
mare", "chemist", "refinery", "begs to be informed", "laboratory journal", "By the same
procedure", "MUMPS" or "$$", nor any of the place names below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev122 life lives in Asia/Yekaterinburg, the zone Bashkortostan keeps (Yekaterinburg Time,
five hours ahead of Greenwich), in Ufa, from Monday 16 March 2037 to 31 March 2037; Russia has
kept its zones all year, with no summer time, since 2014 (zoneinfo gives one offset over its 16
days), so no clock changes inside it. Dates are written as people in Russia write them: day first,
mostly with dots, both padded, and the year in full ("16.03.2037"), sometimes with slashes,
unpadded ("16/3/2037"), as people type them in messages. Weekdays are Mari ones, typed in Latin
letters with a capital: "Shochmo" for Monday, "Kushkyzhmo", "Vürgeche", "Izarnya", "Kugarnya",
"Shumatkeche" and "Rusharnya" for Sunday: a day as its weekday and its dotted date ("Shochmo
16.03.2037"), as its weekday, "keche" (day), a comma and its slashed date, or as its dotted date, a
comma and its weekday; today and yesterday alone, or as "tache" (today), a comma and the date, or
"tengeche" (yesterday), a comma, its weekday and the date. A night is named as its weekday, "yüd"
(night) and its dotted date ("Shochmo yüd 16.03.2037"), or as "yüd", a comma, its weekday and its
slashed date; last night alone, "last night", or as "tengeche yüd", a comma and the date. No day's
name ends in a dot, so that no question ends in two dots. Workouts are named with places in and
around Ufa: along the Belaya embankment, round Yakutov Park, up to the Salavat Yulaev monument; out
to Pavlovka, round Sipaylovo, along the Ufimka; at a pool in Chernikovka and a pool by the Zaton
bridge; a studio on Lenin Street and a loft in Dema; a bouldering gym in Inors and the crags of
Toratau.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("Shochmo", "Kushkyzhmo", "Vürgeche", "Izarnya", "Kugarnya", "Shumatkeche", "Rusharnya")
"""Mari weekdays in Latin letters, as this set names them, Monday to Sunday (an approximation)."""

NOUNS = {"run": ("run along the Belaya embankment", "run round Yakutov Park", "run up to the Salavat Yulaev monument"),
         "cycle": ("ride out to Pavlovka", "ride round Sipaylovo", "ride along the Ufimka"),
         "swim": ("swim at a pool in Chernikovka", "swim at a pool by the Zaton bridge"),
         "yoga": ("yoga class in a studio on Lenin Street", "yoga session in a loft in Dema"),
         "climb": ("climb at a bouldering gym in Inors", "climb on the crags of Toratau")}
"""What this set's questions call a workout of each activity: places in and around Ufa."""

S = "Noted in my laboratory journal, Ufa."

PHRASES: dict[str, list[str]] = {
    "book": ["{who} ludash kalasysh kniga, lümzho mo?",
             "W $G(^TIP(\"book\",\"{who}\"))",
             "Between milkings the mares give me an hour to myself, and I read on the bench by the stable. Which book did {who} keep urging me to buy?",
             f"A retired chemist begs to be informed of the title of the volume {{who}} commended to him. {S}"],
    "film": ["{who} onchash kalasysh kino mo?",
             "W $G(^TIP(\"film\",\"{who}\"))",
             "The sanatorium that buys our kumis shows films to its guests on winter evenings. What picture did {who} press me to see?",
             "A retired chemist begs to be informed which motion picture {who} pressed upon him."],
    "offsite": ["{who} offsite-ym kushko kusharen?",
                "W $G(^EVT(\"offsite\",\"{who}\",\"venue\"))",
                "The van from the sanatorium never comes for the kumis on the day it says. The offsite that {who} moved, where does it sit now?",
                f"A retired chemist begs to be informed of the place to which {{who}} has removed the offsite. {S}"],
    "restaurant": ["{who} kalasysh restaurant kushto?",
                   "W $G(^TIP(\"restaurant\",\"{who}\"))",
                   "A bowl of fresh kumis and flatbread is all the feast I need, but my wife wants to eat out. Which restaurant was {who} praising?",
                   "A retired chemist begs to be informed of the dining room {who} recommended."],
    "flight": ["{who} samolyot kunam vola?",
               "W $G(^FLT(\"{who}\",\"lands\"))",
               "Planes to Ufa pass over the pasture and the foals bolt every time. When does the plane with {who} on board come down?",
               f"A retired chemist begs to be informed at what hour the aircraft bearing {{who}} is due on the ground. {S}"],
    "dog": ["{who} pii iga lümzho mo?",
            "W $G(^PET(\"{who}\",\"dog\"))",
            "Our yard dog barks at the wolves long before I see them near the herd. What did {who} call the new puppy in the end?",
            "A retired chemist begs to be informed under what name the pup of {who} is registered."],
    "launch": ["{project} launch kunam, {who} kalasysh?",
               "W $G(^PRJ(\"{project}\",\"launch\",\"{who}\"))",
               "Mares foal when they please and not a day sooner. To which date has {who} said the {project} launch is pushed?",
               f"A retired chemist begs to be informed of the revised date of the {{project}} launch, {{who}} being his source. {S}"],
    "age": ["{who} ydyrzhe kunam mynyar iyash liyesh?",
            "W $G(^FAM(\"{who}\",\"daughter\",\"turns\"))",
            "My granddaughter milked her first mare at nine and wasn't frightened. The girl {who} has, what age is she about to turn?",
            "A retired chemist begs to be informed what age the daughter of {who} is shortly to reach."],
    "podcast": ["{who} kolyshtash kalasysh podcast mo?",
                "W $G(^TIP(\"podcast\",\"{who}\"))",
                "Stirring the tubs is long and quiet work, so I listen to things while I do it. Which podcast does {who} want me to hear?",
                f"A retired chemist begs to be informed of the podcast {{who}} would have him follow. {S}"],
    "breakfast_food": ["{day} erdene mo kochkynam?",
                       "W $G(^MEAL(\"{day}\",\"breakfast\",\"food\"))",
                       "I eat early, before the first milking at dawn. Breakfast on {day}, flatbread and kumis or something else?",
                       "A retired chemist begs to be informed of what he took at breakfast on {day}."],
    "lunch_food": ["{day} kechyval mo kochkynam?",
                   "W $G(^MEAL(\"{day}\",\"lunch\",\"food\"))",
                   "At noon I sit on an upturned bucket and open my bag. What was in it for lunch, {day}?",
                   f"A retired chemist begs to be informed of what he took at luncheon on {{day}}. {S}"],
    "dinner_food": ["{day} kastene kochkysh mo ulmash?",
                    "W $G(^MEAL(\"{day}\",\"dinner\",\"food\"))",
                    "Evenings smell of horses and sour milk in our house. Supper on {day}, what went in the pot?",
                    "A retired chemist begs to be informed of what he took at dinner on {day}."],
    "lunch_place": ["{day} lunch kushto ulmash?",
                    "W $G(^MEAL(\"{day}\",\"lunch\",\"place\"))",
                    "Some days I eat in the stable, some days in the village canteen. At which place was my lunch, {day}?",
                    f"A retired chemist begs to be informed of the establishment at which he lunched on {{day}}. {S}"],
    "dinner_place": ["{day} dinner kushto kochkynam?",
                     "W $G(^MEAL(\"{day}\",\"dinner\",\"place\"))",
                     "After the last milking I am too stiff to stand at the stove. Where did I eat in the evening, {day}?",
                     "A retired chemist begs to be informed where he dined on {day}."],
    "workout_kind": ["{day} mo workout yshtem?",
                     "W $G(^WK(\"{day}\",\"activity\"))",
                     "Carrying milk churns is training enough, my grandmother said, but I mean the other kind. Which kind of training filled {day} for me?",
                     f"A retired chemist begs to be informed of the kind of exercise he undertook on {{day}}. {S}"],
    "heart_rate": ["{day} {noun} godym heart rate average mynyar?",
                   "W $G(^WK(\"{day}\",\"{noun}\",\"bpm\"))",
                   "When the stallion breaks loose my heart pounds like a drum. What did my pulse average during the {noun}, {day}?",
                   "A retired chemist begs to be informed of his mean heart rate over the {noun} on {day}."],
    "sleep_quality": ["{night} sai malenam?",
                      "W $G(^SLP(\"{night}\",\"quality\"))",
                      "Foals whinny from the stable half the night. Did the foals let me sleep well, {night}?",
                      f"A retired chemist begs to be informed how soundly he slept, {{night}}. {S}"],
    "sleep_night": ["{night} mynyar shagat malenam?",
                    "W $G(^SLP(\"{night}\",\"hours\"))",
                    "When the wind howls I lie thinking of the mares in the open. How many hours was I asleep, {night}?",
                    "A retired chemist begs to be informed of the number of hours he slept, {night}."],
    "exercise_duration": ["{day} {noun} mynyar minut?",
                          "W $G(^WK(\"{day}\",\"{noun}\",\"min\"))",
                          "Milking one mare takes me a few minutes if her foal stands close. The {noun} on {day} took me how many minutes?",
                          f"A retired chemist begs to be informed of the duration in minutes of the {{noun}} on {{day}}. {S}"],
    "meeting_duration": ["{day} {title} mynyar shagat kayysh?",
                         "W $G(^MTG(\"{title}\",\"{day}\",\"min\"))",
                         "The horse-farm director can talk about prices till the stove goes cold. The {title} on {day} dragged on for how long?",
                         "A retired chemist begs to be informed of the length of the {title} convened on {day}."],
    "distance_run": ["{day} mynyar km kurgyzhynam?",
                     "W $$SUM^WK(\"run\",\"km\",\"{day}\")",
                     "The track round the far pasture is the only level ground I know. My running on {day} came to how many kilometres?",
                     f"A retired chemist begs to be informed of the distance he ran on {{day}}. {S}"],
    "distance_cycle": ["{day} velosiped dene mynyar km?",
                       "W $$SUM^WK(\"cycle\",\"km\",\"{day}\")",
                       "As a boy I took kumis to market on a bicycle with a churn on the back. On the bike on {day}, how many kilometres went under the wheels?",
                       "A retired chemist begs to be informed of the distance he covered by bicycle on {day}."],
    "distance_swim": ["{day} mynyar metr ishtynam?",
                      "W $$SUM^WK(\"swim\",\"m\",\"{day}\")",
                      "In summer I lead the herd down to drink from the Belaya. My swimming on {day} added up to how many metres?",
                      f"A retired chemist begs to be informed of the metres he swam on {{day}}. {S}"],
    "attendees": ["{day} {title}-ysh kö-vlak tolyn?",
                  "D LIST^ATT(\"{title}\",\"{day}\")",
                  "At the farm meetings I mark down who comes and who sends a son. The {title} on {day} had which people round the table?",
                  "A retired chemist begs to be informed of the names of those present at the {title} on {day}."],
    "coffee_count": ["{day} mynyar kofe yüynam?",
                     "W $$CNT^COF(\"{day}\")",
                     "A flask of coffee hangs on a nail by the milking stand. Cups of coffee on {day}: how many went down?",
                     f"A retired chemist begs to be informed of the count of coffees he drank on {{day}}. {S}"],
    "caffeine": ["{day} chylazhe mynyar mg caffeine?",
                 "W $$SUM^COF(\"mg\",\"{day}\")",
                 "Strong coffee keeps my hands quick at the udder. How many mg of caffeine went into me in all, {day}?",
                 "A retired chemist begs to be informed of the aggregate of caffeine, by weight, that entered his system on {day}."],
    "meeting_count": ["{day} mynyar pogynymash ulmash?",
                      "W $$CNT^MTG(\"{day}\")",
                      "The sanatorium, the vet and the director all want a word with me. Meetings on {day}: what was the tally?",
                      f"A retired chemist begs to be informed of the number of meetings in his diary on {{day}}. {S}"],
    "km_week": ["tide arnyashte mynyar km {verb}?",
                "W $$SUM^WK(\"{verb}\",\"km\",$$MON^DT)",
                "A week at the farm is mostly standing at the tubs, so I keep count of real distance. What distance have I managed to {verb} so far this week?",
                "A retired chemist begs to be informed of the kilometres he has managed to {verb} in the present week."],
    "workouts_week": ["tide arnyashte mynyar workout?",
                      "W $$CNT^WK($$MON^DT)",
                      "My grandmother said a kumis maker needs no gym, yet I go all the same. Training sessions this week, counted from Monday: what is the tally?",
                      f"A retired chemist begs to be informed of the number of exercise sessions he has completed in the present week. {S}"],
    "first_coffee": ["{day} ondak kofe kunam yüynam?",
                     "W $$FIRST^COF(\"{day}\")",
                     "The first cup comes before I look at the herd. When was my earliest coffee, {day}?",
                     "A retired chemist begs to be informed at what hour he drank his first coffee on {day}."],
    "last_coffee": ["{day} pytartyshe kofe kunam?",
                    "W $$LAST^COF(\"{day}\")",
                    "Coffee after dark and I lie counting mares. The last cup on {day}, at what hour did I pour it?",
                    f"A retired chemist begs to be informed at what hour he drank his last coffee on {{day}}. {S}"],
    "first_meeting": ["{day} ondak pogynymash kunam tüngalyn?",
                      "W $$FIRST^MTG(\"{day}\")",
                      "The vet likes to come round before the first milking. My earliest meeting on {day} opened at what hour?",
                      "A retired chemist begs to be informed at what hour his earliest meeting commenced on {day}."],
    "wake": ["{day} kunam kyneleshym?",
             "W $G(^SLP(\"{day}\",\"woke\"))",
             "In foaling season I am out of bed before the rooster. Feet on the cold floor on {day}: what did the clock show?",
             f"A retired chemist begs to be informed at what hour he got up on {{day}}. {S}"],
    "bedtime": ["{night} kunam malash kaiym?",
                "W $G(^SLP(\"{night}\",\"bed\"))",
                "I scald the wooden paddle and hang it by the stove before I turn in. Paddle on its nail, lamp out: what was the clock saying, {night}?",
                "A retired chemist begs to be informed at what hour he went to his bed, {night}."],
    "dinner_on_distance": ["{km} km {past} keche kastene mo kochkynam?",
                           "W $G(^MEAL($$DAYOF^WK(\"km\",{km}),\"dinner\",\"food\"))",
                           "A long day out leaves me as hungry as a foal at dawn. After I had {past} {km} km in one day, which dish ended that day?",
                           f"A retired chemist begs to be informed of his dinner on the day he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day} {noun} vara pogynymashte kö ulmash?",
                              "D LIST^ATT($$NEXT^MTG(\"{noun}\",\"{day}\"),\"{day}\")",
                              "I went from exercise straight to the director's office with hay still on my sleeves. Who sat in the meeting that came after the {noun}, {day}?",
                              "A retired chemist begs to be informed who attended the meeting directly after the {noun} on {day}."],
    "lunch_on_meeting_day": ["{title} ulmo keche lunch kushto?",
                             "W $G(^MEAL($$DAYOF^MTG(\"{title}\"),\"lunch\",\"place\"))",
                             "On town days I eat wherever the bus drops me. When the {title} sat, at which table did I eat at noon?",
                             f"A retired chemist begs to be informed where he lunched on the day the {{title}} was held. {S}"],
    "sleep_after_meeting": ["{title} ulmo keche yüd mynyar shagat malenam?",
                            "W $G(^SLP($$DAYOF^MTG(\"{title}\"),\"hours\"))",
                            "Arguing over the kumis price keeps me turning for hours. How long did I sleep the night of the {title}?",
                            "A retired chemist begs to be informed how long he slept on the night after the {title}."],
    "dinner_on_said_day": ["{who} {value} nergen kalasysh keche kastene mo kochkynam?",
                           "W $G(^MEAL($$DAYOF^TIP(\"{who}\",\"{value}\"),\"dinner\",\"food\"))",
                           "Guests at the stable always bring some gossip with them. The evening of the day {who} went on about {value}, which dish did I eat?",
                           f"A retired chemist begs to be informed of his dinner on the day {{who}} spoke of {{value}}. {S}"],
    "compare_sleep": ["{n1} ale {n2}, kudo yüdym utlarak malenam?",
                      "W $$SUM^SLP(\"{n1}\")>$$SUM^SLP(\"{n2}\")",
                      "A tired milker gets kicked, so I mind my rest. Was my sleep longer {n1} than {n2}?",
                      "A retired chemist begs to be informed whether his sleep {n1} exceeded his sleep {n2}."],
    "compare_caffeine": ["{d1} ale {d2}, kudo kechyn caffeine utlarak?",
                         "W $$SUM^COF(\"mg\",\"{d1}\")>$$SUM^COF(\"mg\",\"{d2}\")",
                         "Too much coffee and the mares feel my nerves. Caffeine on {d1} set beside {d2}: which day held more?",
                         f"A retired chemist begs to be informed whether {{d1}} gave him more caffeine than {{d2}}. {S}"],
    "compare_duration": ["{d1} ale {d2}, kudo kechyn workout kuzhurak?",
                         "W $$SUM^WK(\"min\",\"{d1}\")>$$SUM^WK(\"min\",\"{d2}\")",
                         "Some days the herd leaves me no hour for myself. Was my exercise longer on {d1} or on {d2}?",
                         "A retired chemist begs to be informed on which of {d1} and {d2} his exercise ran longer."],
    "compare_coffee_weeks": ["tide arnya ale ertyshe arnya, kudyshto kofe utlarak?",
                             "W $$CNT^COF($$MON^DT)>$$CNT^COF($$MON^DT-7,$$MON^DT)",
                             "My wife counts the coffee tins in the cupboard. Did I drink more coffee this week than in the one before?",
                             f"A retired chemist begs to be informed whether his coffees this week outnumber those of last week. {S}"],
    "late_coffee_sleep": ["{t} gych vara kofe yüam gyn, izirak malem?",
                          "W $$AVG^SLP(\"cup>={t}\")-$$AVG^SLP(\"cup<{t}\")",
                          "My brother says coffee after noon ruins a night. Does a coffee at {t} or later cost me sleep?",
                          "A retired chemist begs to be informed whether coffee taken at {t} or later shortens his sleep."],
    "late_dinner_sleep": ["{t} gych vara dinner gyn, izirak malem?",
                          "W $$AVG^SLP(\"supper>={t}\")-$$AVG^SLP(\"supper<{t}\")",
                          "In foaling season supper drifts later every week. Supper at {t} and after, does it trim my hours in bed?",
                          f"A retired chemist begs to be informed whether a dinner begun at {{t}} or after reduces his sleep. {S}"],
    "exercise_sleep": ["workout keche yüdym utlarak malem?",
                       "W $$AVG^SLP(\"trained=1\")-$$AVG^SLP(\"trained=0\")",
                       "After a day at the tubs my grandmother slept like a stone. A training day, does it buy me extra hours of rest that night?",
                       "A retired chemist begs to be informed whether he sleeps longer after days of exercise."],
    "caffeine_sleep": ["{mg} mg caffeine dech utlarak gyn, izirak malem?",
                       "W $$AVG^SLP(\"mg>={mg}\")-$$AVG^SLP(\"mg<{mg}\")",
                       "Fermenting kumis at night keeps me half awake on its own. Once a day's caffeine climbs to {mg} mg, does the night after come up short?",
                       f"A retired chemist begs to be informed whether days of {{mg}} mg of caffeine or more precede shorter sleep. {S}"],
    "exercise_coffee": ["workout keche kofe utlarak yüem?",
                        "W $$AVG^COF(\"trained=1\")-$$AVG^COF(\"trained=0\")",
                        "After a hard session I reach for the flask before the water bottle. Do I have more coffees on training days?",
                        "A retired chemist begs to be informed whether he drinks more coffee on days he exercises."],
    "fu_day_before": ["ik keche ondak?",
                      "S DAY=$$PREV^DT(DAY) D RUN",
                      "Next mare in the line: the day before it?",
                      "By the same procedure, the day prior to it."],
    "fu_meeting_length": ["tudo pogynymash mynyar minut?",
                          "W $G(^MTG(TITLE,DAY,\"min\"))",
                          "Next mare in the line: minutes for that meeting?",
                          "By the same procedure, the length of the said meeting."],
    "fu_other_day": ["{day} gych?",
                     "S DAY=\"{day}\" D RUN",
                     "Next mare in the line: {day}, then?",
                     "By the same procedure, {day} substituted."],
    "fu_other_person": ["{who} gych?",
                        "S WHO=\"{who}\" D RUN",
                        "Next mare in the line: {who} instead?",
                        "By the same procedure, {who} substituted."],
    "fu_night_before": ["ik yüd ondak?",
                        "S NIGHT=$$PREV^DT(NIGHT) D RUN",
                        "Next mare in the line: the night ahead of it?",
                        "By the same procedure, the night prior to it."],
    "fu_today": ["tache kechyn?",
                 "S DAY=$H D RUN",
                 "Next mare in the line: today up to now?",
                 "By the same procedure, for today so far."],
}


def _full(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _dotted(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_dotted(day)}", f"{wd} keche, {_full(day)}", f"{_dotted(day)}, {wd}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"tache, {_dotted(day)}"]
    if back == 1:
        return ["yesterday", f"tengeche, {wd} {_full(day)}"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} yüd {_dotted(day)}", f"yüd, {wd} {_full(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"tengeche yüd, {_dotted(day)}"]
    return options
