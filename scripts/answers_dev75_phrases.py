"""Question phrasings of the answers benchmark's seventy-fifth tuning set, ``dev75`` (docs/benchmarks.md, "Answers").

``dev75`` was the held-out set until 2026-12-05, when, after its measurement at c0ba6a0 (grounded
accuracy 0.625; worst category comparison 0.273; unsupported 0.0; abstention 0.909; p95 0.021 s), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev74``, answers_dev74_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young designer in Tirana's Blloku who types lower case and switches between English and
  Albanian inside a sentence (no earlier set's language), in its ordinary typed spelling, with its
  "ë" and "ç", question words as Albanian puts them ("çfarë", "ku", "kush", "sa", "në çfarë ore",
  "sa zgjati", "cilin", "cila"), "mëngjes", "drekë" and "darkë" for the meals, "takim" for a
  meeting, "stërvitje" for a workout, "kafe" for coffee, "s'më kujtohet", "të lutem" and "e njëjta
  pyetje", and English words where they come first to mind;
- a man who types every question tersely, lower case, as the day, the person or the qualifier
  first, a colon, then the thing asked and a question mark ("{day}: breakfast, what?"), his
  follow-ups the same way ("day before: same?");
- a capmaker who felts the white wool caps of the north (the qeleshe) in a shop in Tirana's bazaar,
  writing in sentences with capitals, who makes a remark from his working life before or after the
  question (fleece from the shepherds, wet wool and soap, the mould, the brim, the drying rack,
  wedding and folk-ensemble orders, the neighbours of the bazaar and their coffee);
- a woman who writes formal sentences with formulas of her own: "Kindly let me know ...", "Be kind
  enough to inform me ...", "Favour me with ...", some closed with "Thanking you in
  anticipation.", her follow-ups opened with "Touching the same," and "Pursuant to my last,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev75 life lives in Europe/Tirane, from Monday 21 April 2036 to 6 May; Albania keeps Central
European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October 2036 (zoneinfo
gives two offsets over all of 2036, and one, UTC+2, over its 16 days, 21 April to 6 May, after the
change of 30 March), so no clock changes inside it. Dates are written as people in Albania write
them in English, day first: with slashes, padded, with the year in full ("21/04/2036") or without
it ("23/04"), or unpadded without it ("23/4"); with dots, padded, with the year ("21.04.2036") or
without it ("23.04"), or unpadded for a night's days ("21.4"); or the day before the Albanian month,
lower case ("21 prill 2036"). Weekdays are English, left in Albanian, lower case, with their
article, as Albanian writes them ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e
shtunë", "e diel"), or cut to the two letters Albanian calendars print (Hë, Ma, Më, En, Pr, Sh, Di).
For a day that may lie outside the life always with the year ("on 21/04/2036, e hënë", "on Hë
21.04.2036", "on 21 prill 2036"); for one of the days before yesterday the two letters and the
padded slashed day ("on Më, 23/04"), the Albanian weekday and the padded dotted day ("on e mërkurë
23.04"), so many days ago with the English weekday ("3 days ago (Wednesday, 23/4)") or, two days
back, "pardje" (the day before yesterday) with the slashed day; today alone, with the two letters
and the slashed day ("today (Ma, 22/4)") or as "sot" (today) with the Albanian weekday and the
padded slashed day; yesterday alone, as "dje" (yesterday) with the English weekday and the slashed
day, or with the Albanian weekday and the padded slashed day. A night is named as Albanian names
it, by the day it starts on ("natën e së hënës", the night of Monday, with its dotted day:
"natën e së hënës (21.4)"), or as the night between its two days ("the night between Hë 21.4 and
Ma 22.4"); last night alone, "last night", or with the Albanian word in brackets ("last night
(mbrëmë)").
Workouts are named with places in and around Tirana: the lake in the Grand Park, the Lana
embankment and the trails on Mount Dajti, the roads out to Lake Farka, up to Dajti and out to Lake
Bovilla, a pool in Blloku and the pool by the Grand Park, a studio in Blloku and one near the
Pyramid, a bouldering wall in Blloku and the Dajti crags.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ABBR = ("Hë", "Ma", "Më", "En", "Pr", "Sh", "Di")
"""The two-letter weekdays Albanian calendars print."""
ALB = ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel")
"""Weekdays as Albanian names them, lower case, kept in English sentences as people there do."""
GEN = ("së hënës", "së martës", "së mërkurës", "së enjtes", "së premtes", "së shtunës", "së dielës")
"""The weekday after "natën e" (the night of), as Albanian names a night by the day it starts on."""
MONTHS = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
          "dhjetor")
"""Months as Albanian names them, lower case."""

NOUNS = {"run": ("run round the lake in the Grand Park", "run along the Lana embankment",
                 "run up the trails on Mount Dajti"),
         "cycle": ("ride out to Lake Farka", "ride up the road to Dajti", "ride out to Lake Bovilla"),
         "swim": ("swim at a pool in Blloku", "swim at the pool by the Grand Park"),
         "yoga": ("yoga class at a studio in Blloku", "yoga session at a studio near the Pyramid"),
         "climb": ("session at a bouldering wall in Blloku", "climb on the Dajti crags")}
"""What this set's questions call a workout of each activity: places in and around Tirana."""

THANKS = " Thanking you in anticipation."

PHRASES: dict[str, list[str]] = {
    "book": ["çfarë libri më rekomandoi {who}? e kam harruar titullin krejt",
             "recommended by {who}: book title?",
             "Pressing wet wool into a mould leaves the mind free for stories. Which book did {who} tell me I"
             " ought to pick up?",
             "Kindly let me know the title of the book that {who} put forward for my reading."],
    "film": ["cilin film tha {who} që duhet ta shoh patjetër? kam një free evening sonte",
             "must see, says {who}: which film?",
             "The bazaar shuts early on a wet day, so I may get an evening off. Which film was it that {who} said I"
             " simply had to watch?",
             "Be kind enough to inform me which film {who} urged me to see." + THANKS],
    "offsite": ["ku u zhvendos offsite-i, sipas {who}? which venue tani",
                "according to {who}: offsite's new venue?",
                "A cap stays on the head it was shaped for; meetings move about. Where, by what {who} told me,"
                " is the offsite being held now?",
                "Favour me with the place to which, on the word of {who}, the offsite has been moved."],
    "restaurant": ["si quhej restoranti që më tha {who}? dua të bëj një rezervim",
                   "tip from {who}: restaurant name?",
                   "After a week bent over the felting table I want a proper meal out. What was the name of the"
                   " restaurant {who} sent me towards?",
                   "Kindly let me know the name of the restaurant that {who} spoke so well of." + THANKS],
    "flight": ["në çfarë ore ulet avioni i {who}? duhet ta marr në Rinas, exact time pls",
               "{who}'s flight: landing time?",
               "I shall leave a cap half-shaped for nobody but an old friend coming home. At what hour does the"
               " plane of {who} touch down?",
               "Be kind enough to inform me when the flight of {who} is due to land."],
    "dog": ["si e ka emrin qeni i ri i {who}? so cute në foto",
            "new dog of {who}: its name?",
            "The stray in the bazaar sleeps on my offcuts of wool. And the new dog of {who}, what has it been"
            " named?",
            "Favour me with the name that {who} has given to the new dog." + THANKS],
    "launch": ["{who} tha që launch-i i {project} shtyhet, për cilën datë saktësisht?",
               "{project} launch, per {who}: new date?",
               "A cap is ready when the wool is dry, not when the customer wishes, and launches seem the same. To"
               " which date did {who} say the launch of {project} was moved?",
               "Kindly let me know the date to which, by the account of {who}, the launch of {project} has been"
               " deferred."],
    "age": ["sa vjeç mbush vajza e {who}? duhet t'i blej një dhuratë",
            "{who}'s daughter, coming birthday: age?",
            "I made my own daughter her first little white cap when she was three. How old is the daughter of"
            " {who} going to be at this birthday?",
            "Be kind enough to inform me of the age that the daughter of {who} is about to turn."
            + THANKS],
    "podcast": ["cilin podcast më sugjeroi {who}? për rrugën me furgon",
                "{who}'s suggestion: podcast?",
                "Soaking the felt takes an hour of waiting by the basin. Which podcast did {who} put me onto to"
                " fill it?",
                "Favour me with the name of the podcast that {who} advised me to hear."],
    "breakfast_food": ["çfarë hëngra për mëngjes {day}? s'më kujtohet fare",
                       "{day}: breakfast, what?",
                       "I had the shop shutters up before the bazaar woke {day}. What had I eaten for breakfast"
                       " before opening?",
                       "Kindly let me know what made up my breakfast {day}." + THANKS],
    "lunch_food": ["çfarë hëngra për drekë {day}? dita ishte a total blur",
                   "{day}: lunch eaten?",
                   "Lunch is taken on a stool between two moulds. What did I have for lunch {day}, wool on my"
                   " fingers and all?",
                   "Be kind enough to inform me what I ate at lunch {day}."],
    "dinner_food": ["çfarë hëngra për darkë {day}? më ka ikur nga mendja",
                    "{day}: dinner, which dish?",
                    "My hands still smelled of wet wool and soap at the table. Which dish did I eat as dinner {day}?",
                    "Favour me with an account of my dinner {day}." + THANKS],
    "lunch_place": ["ku hëngra drekë {day}? vendi ishte super good",
                    "{day}: lunch, where?",
                    "I walked out of the bazaar at noon {day} to eat. At which place did I have that lunch?",
                    "Kindly let me know the establishment at which I took my lunch {day}."],
    "dinner_place": ["ku darkova {day}? dua të shkoj prapë atje",
                     "{day}: dinner venue?",
                     "With the last caps set on the drying rack {day}, where did I go for my dinner?",
                     "Be kind enough to inform me where I dined {day}." + THANKS],
    "workout_kind": ["çfarë stërvitje bëra {day}? what kind",
                     "{day}: workout type?",
                     "Kneading felt works the forearms, but it is no workout. What kind of workout did I do {day},"
                     " a proper one?",
                     "Favour me with the kind of exercise I took {day}."],
    "heart_rate": ["sa ishte average pulsi gjatë {noun} {day}? në bpm të lutem",
                   "{noun} {day}: mean bpm?",
                   "My heart stays slow at the bench and the doctor likes it. What was its average in bpm over the"
                   " {noun} {day}?",
                   "Kindly let me know my mean heart rate, in beats per minute, during the {noun} {day}." + THANKS],
    "sleep_quality": ["si fjeta {night}, mirë apo keq? vetëm good ose bad",
                      "{night}: sleep good or bad?",
                      "I dreamt a whole order of caps came out too small. Was my sleep {night} good or bad, by the"
                      " tracker?",
                      "Be kind enough to inform me whether I slept well or badly {night}."],
    "sleep_night": ["sa orë fjeta {night}? jam i vdekur nga lodhja",
                    "{night}: hours slept?",
                    "I tore a brim on the mould this morning, which I never do. What did the tracker"
                    " log as my hours of sleep {night}?",
                    "Favour me with the number of hours of sleep I had {night}." + THANKS],
    "exercise_duration": ["sa zgjati {noun} {day}? në minuta, të lutem",
                          "{noun} {day}: how many min?",
                          "A cap takes me about forty minutes from fleece to mould. And the {noun} {day}, how many"
                          " minutes did it last?",
                          "Kindly let me know the length in minutes of the {noun} {day}."],
    "meeting_duration": ["sa zgjati takimi {title} {day}? s'kishte të mbaruar",
                         "{title} meeting {day}: length?",
                         "The {title} meeting {day} kept me from the bench while the felt went cold. For how many"
                         " minutes did it hold me?",
                         "Be kind enough to inform me how long the {title} meeting lasted {day}." + THANKS],
    "distance_run": ["sa km vrapova {day}? in total",
                     "{day}: running km?",
                     "Sitting at the bench all day, I run to get the back straight again. What was the"
                     " distance of my running {day}, in km?",
                     "Favour me with the distance in kilometres that I ran {day}."],
    "distance_cycle": ["sa km bëra me biçikletë {day}, përafërsisht?",
                       "{day}: cycling km?",
                       "I take the bicycle to fetch fleeces from the shepherds when I can. How many kilometres"
                       " did the bicycle carry me {day}?",
                       "Kindly let me know how many kilometres I cycled {day}." + THANKS],
    "distance_swim": ["sa larg notova {day}? distanca totale",
                      "{day}: distance swum?",
                      "Wool shrinks in water and I, thankfully, do not. How far through the water did I get {day}?",
                      "Be kind enough to inform me of the distance I swam {day}."],
    "attendees": ["kush ishte në takimin {title} {day}? s'më kujtohet kush erdhi",
                  "{title} meeting {day}: attendees?",
                  "I was thinking about a wedding order of twenty caps throughout. Who were the people at the"
                  " {title} meeting {day}?",
                  "Favour me with the names of those who attended the {title} meeting {day}." + THANKS],
    "coffee_count": ["sa kafe piva {day}? shumë, i bet",
                     "{day}: coffee count?",
                     "Every neighbour in the bazaar brings a little cup over. How many coffees did I drink {day}"
                     " in the end?",
                     "Kindly let me know the number of coffees I drank {day}."],
    "caffeine": ["sa kafeinë mora gjithsej {day}, në mg?",
                 "{day}: caffeine total, mg?",
                 "My hands were shaking over the mould {day}. How much caffeine, in milligrams, did I have that"
                 " whole day?",
                 "Be kind enough to inform me of my total caffeine {day}, in milligrams." + THANKS],
    "meeting_count": ["sa takime pata {day}? calendar-i ishte plot",
                      "{day}: meetings held, how many?",
                      "Half of this trade is now talking to hotel buyers. What was the number of"
                      " meetings I sat in {day}?",
                      "Favour me with the count of meetings I had {day}."],
    "km_week": ["sa km {activity} kam bërë që nga e hëna?",
                "since monday: {activity} km total?",
                "I count caps by the dozen each week, and the watch counts the rest. How many kilometres of"
                " {activity} has it logged since Monday?",
                "Kindly let me know the total kilometres of {activity} I have done since Monday." + THANKS],
    "workouts_week": ["sa stërvitje kam bërë këtë javë deri tani? just the number",
                      "this week so far: workout count?",
                      "Carrying bales of fleece up from the van does not count, I know. How many workouts"
                      " does this week hold for me so far?",
                      "Be kind enough to inform me how many workouts I have done this week."],
    "first_coffee": ["në çfarë ore piva kafen e parë {day}?",
                     "{day}: first coffee at?",
                     "No wool gets wet before the first cup is finished. At what time did I have that first"
                     " coffee {day}?",
                     "Favour me with the time of my first coffee {day}." + THANKS],
    "last_coffee": ["kur e piva kafen e fundit {day}? vetëm orën",
                    "{day}: last coffee at?",
                    "I was finishing a rush order for a folk ensemble late {day}. What time did I drink the final"
                    " coffee of that day?",
                    "Kindly let me know the time at which I had my last coffee {day}."],
    "first_meeting": ["në çfarë ore filloi takimi i parë {day}? vetëm start time",
                      "{day}: first meeting start?",
                      "It took me away from the bench in the best quiet hour of the bazaar. When did my first"
                      " meeting {day} start?",
                      "Be kind enough to inform me of the hour at which my first meeting began {day}."
                      + THANKS],
    "wake": ["në sa u zgova {day}? ora e saktë të lutem",
             "{day}: woke at?",
             "A capmaker likes to have the water boiling before the street fills. When did I open my eyes {day}?",
             "Favour me with the hour at which I woke {day}."],
    "bedtime": ["në çfarë ore shkova të fle {night}?",
                "{night}: bed at?",
                "I stayed up stitching a lining by lamplight. At what time did I finally go to bed {night}?",
                "Kindly let me know the hour I retired to bed {night}." + THANKS],
    "dinner_on_distance": ["çfarë hëngra për darkë the day I {past} {km} km? atë ditë kam parasysh",
                           "day I {past} {km} km: dinner?",
                           "After a day like the one when I {past} {km} km, I eat like a shepherd down from the"
                           " hills. What did I put on my plate for dinner that evening?",
                           "Be kind enough to inform me of the dish I dined on, that day on which I"
                           " {past} {km} km."],
    "meeting_after_workout": ["kush ishte në takimin right after my {noun} {day}?",
                              "meeting right after the {noun} {day}: who came?",
                              "I came in with my hair still damp and fleece on my trousers. Who attended the meeting"
                              " that directly followed the {noun} {day}?",
                              "Favour me with the names of the people at the meeting held straight after the {noun}"
                              " {day}." + THANKS],
    "lunch_on_meeting_day": ["ku hëngra drekë ditën kur ishte takimi {title}?",
                             "day of the {title} meeting: lunch spot?",
                             "The {title} meeting fell on a day I had three caps in the mould. On that day, where"
                             " did I go for lunch?",
                             "Kindly let me know at which place I ate lunch on the day the {title} meeting was held."],
    "sleep_after_meeting": ["sa orë fjeta natën pas takimit {title}?",
                            "night after the {title} meeting: sleep hours?",
                            "The {title} meeting cost me a morning at the felting table. What number of hours"
                            " did I sleep in the night following it?",
                            "Be kind enough to inform me of the hours I slept on the night after the"
                            " {title} meeting." + THANKS],
    "dinner_on_said_day": ["çfarë hëngra për darkë ditën kur {who} përmendi {value}?",
                           "day {who} mentioned {value}: dinner?",
                           "That was the week a tourist bus bought every cap on my shelf. On the day {who} talked"
                           " about {value}, what was my dinner?",
                           "Favour me with the dinner I ate on the day on which {who} spoke of {value}."],
    "compare_sleep": ["cilën natë fjeta më gjatë, {n1} apo {n2}? dhe sa orë secilën",
                      "{n1} vs {n2}: longer sleep, hours each?",
                      "Two caps from one batch should come out the same size, and two nights seldom do. Was my"
                      " sleep longer {n1} or {n2}, and how many hours was each?",
                      "Kindly let me know on which night, {n1} or {n2}, I slept the longer, with the hours of"
                      " each." + THANKS],
    "compare_caffeine": ["kur pata më shumë kafeinë, {d1} apo {d2}? mg për secilën ditë",
                         "{d1} vs {d2}: more caffeine, mg each?",
                         "Shaping a brim wants a steady hand. Was there more caffeine in me {d1} or {d2}, and how"
                         " many milligrams on each day?",
                         "Be kind enough to inform me which day, {d1} or {d2}, brought more caffeine,"
                         " giving the milligrams of both."],
    "compare_duration": ["cila stërvitje ishte më e gjatë, {d1} apo {d2}? minutat e të dyjave",
                         "{d1} vs {d2}: longer workout, minutes each?",
                         "Some caps dry in a day and some need three. Which workout went on longer, {d1} or {d2},"
                         " and for how many minutes each?",
                         "Favour me with which of my workouts, {d1} or {d2}, was the longer, and the minutes that"
                         " each took." + THANKS],
    "compare_coffee_weeks": ["po pi më shumë kafe këtë javë se javën e kaluar? more apo less",
                             "this week vs last: more coffee or less?",
                             "Every shop along the bazaar seems to have bought a new espresso machine. Is my coffee"
                             " this week above last week's or below it?",
                             "Kindly let me know whether this week's coffee drinking is greater or less than that"
                             " of last week."],
    "late_coffee_sleep": ["a fle më pak kur pi kafe në {t} ose më vonë?",
                          "coffee at {t} or after: sleep shorter?",
                          "On busy summer evenings at the shop I end up with a cup at {t} or later. Do I sleep"
                          " less on the nights after those?",
                          "Be kind enough to inform me whether coffee taken at {t} or later shortens"
                          " my sleep." + THANKS],
    "late_dinner_sleep": ["a fle më pak kur ha darkë në {t} ose më vonë?",
                          "dinner at {t} or after: sleep shorter?",
                          "Fetching fleece from the villages pushes dinner to {t} or later. Is my sleep shorter"
                          " after such late dinners?",
                          "Favour me with whether a dinner at {t} or later leaves me with less sleep."],
    "exercise_sleep": ["a fle më gjatë pas ditëve me stërvitje se pas rest days?",
                       "workout days vs rest days: longer sleep after?",
                       "Some days I train after shutting the shop, some days the bench is all. Do I sleep longer"
                       " after the days with a workout than after the days without?",
                       "Kindly let me know whether my sleep is longer following exercise days than following rest"
                       " days." + THANKS],
    "caffeine_sleep": ["si është gjumi im pas ditëve me {mg} mg kafeinë ose më shumë, compared me ditët e tjera?",
                       "{mg} mg caffeine or more vs other days: sleep after?",
                       "Wedding season runs on strong coffee at the bench. Put the nights after days of {mg} mg"
                       " of caffeine or more beside the nights after the other days: how does my sleep compare?",
                       "Be kind enough to set my sleep after days of {mg} mg of caffeine or more"
                       " against my sleep after all the remaining days."],
    "exercise_coffee": ["a pi më shumë kafe në ditët me stërvitje se në rest days?",
                        "workout days vs rest days: more coffees per day?",
                        "When I have trained, I say yes to each little cup from the shop next door. On workout days,"
                        " is my count of coffees per day higher than on rest days?",
                        "Favour me with whether my daily coffees are more numerous on exercise days than on rest"
                        " days." + THANKS],
    "fu_day_before": ["po një ditë para asaj?",
                      "day before: same?",
                      "And the day before that one, when the wool delivery came late?",
                      "Touching the same, kindly let me know the same for the day before."],
    "fu_meeting_length": ["dhe sa zgjati ai takim?",
                          "that meeting: minutes?",
                          "The felt sat cooling in its mould the whole while. How many minutes did that meeting"
                          " keep me away?",
                          "Pursuant to my last, be kind enough to inform me of the length of that"
                          " meeting."],
    "fu_other_day": ["po {day}? e njëjta pyetje",
                     "{day}: same?",
                     "And {day}? The same question; a pair of caps must match.",
                     "Touching the same, favour me with the same for {day}."],
    "fu_night_before": ["po nata para asaj?",
                        "night before: same?",
                        "I opened the shop at seven the morning after. And the night just before that one?",
                        "Pursuant to my last, kindly let me know the same for the night before."],
    "fu_today": ["po sot, deri tani?",
                 "today so far: same?",
                 "And for today, as far as it has gone, with two caps still on the rack?",
                 "Touching the same, be kind enough to give me the same figure for today, up to this moment."],
    "fu_other_person": ["po {who}? e njëjta gjë",
                        "{who}: same?",
                        "And {who}, for whose wedding I made the caps last spring?",
                        "Pursuant to my last, favour me with the same regarding {who}."],
}
"""Every question key's templates: the mixed writer's, the colon writer's, the capmaker's, the formal
writer's."""


def _slashed(day: date, pad: bool = False) -> str:
    return f"{day.day:02d}/{day.month:02d}" if pad else f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"on {_slashed(day, pad=True)}/{day.year}, {ALB[wd]}",
                f"on {ABBR[wd]} {day.day:02d}.{day.month:02d}.{day.year}",
                f"on {day.day} {MONTHS[day.month - 1]} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({ABBR[wd]}, {_slashed(day)})", f"sot, {ALB[wd]} {_slashed(day, pad=True)}"]
    if back == 1:
        return ["yesterday", f"dje ({WEEKDAYS[wd]} {_slashed(day)})", f"yesterday, {ALB[wd]} {_slashed(day, pad=True)}"]
    options = [f"on {ABBR[wd]}, {_slashed(day, pad=True)}", f"on {ALB[wd]} {day.day:02d}.{day.month:02d}",
               f"{back} days ago ({WEEKDAYS[wd]}, {_slashed(day)})"]
    if back == 2:
        options.append(f"pardje, the day before yesterday ({_slashed(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"natën e {GEN[day.weekday()]} ({day.day}.{day.month})",
               f"the night between {ABBR[day.weekday()]} {day.day}.{day.month} and {ABBR[after.weekday()]}"
               f" {after.day}.{after.month}"]
    if (today - day).days == 1:
        options += ["last night", "last night (mbrëmë)"]
    return options
