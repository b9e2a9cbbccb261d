"""Question phrasings of the answers benchmark's seventy-sixth tuning set, ``dev76`` (docs/benchmarks.md, "Answers").

``dev76`` was the held-out set until 2026-12-05, when, after its measurement at 837a022 (grounded
accuracy 0.784; worst category follow_up 0.545; unsupported 0.0; abstention 0.909; p95 0.022 s), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev75``, answers_dev75_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young woman in Ljubljana who types lower case and switches between English and Slovenian
  inside a sentence (no earlier set's language), in its ordinary typed spelling, with its "č", "š"
  and "ž", question words as Slovenian puts them ("kaj", "kje", "kdo", "koliko", "kdaj", "ob kateri
  uri", "koliko časa", "kateri", "katero"), "zajtrk", "kosilo" and "večerja" for the meals,
  "sestanek" for a meeting, "trening" for a workout, "kava" for coffee, "ne spomnim se", "prosim"
  and "isto vprašanje", her verbs in the feminine ("jedla", "spala", "pila"), and English words
  where they come first to mind;
- a man who types every question as a lower-case fragment with no question mark, closed by "thx"
  ("breakfast {day}, what was it thx"), his follow-ups the same way ("same for the day before thx");
- a carpenter who builds and mends the kozolec, the Slovenian hayrack, in the villages round
  Ljubljana, writing in sentences with capitals, who makes a remark from his working life before or
  after the question (larch posts and oak pegs, crossbars and rafters, roof shingles, the double
  toplar, farmers and their hay, the Barje, the sawmill, the adze and the ladder);
- a woman who writes formal sentences with formulas of her own: "Could you advise me as to ...",
  "I should appreciate being told ...", "May I have your confirmation of ...", some closed with "I
  remain obliged.", her follow-ups opened with "Arising from that," and "With reference to my
  previous question,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev76 life lives in Europe/Ljubljana, from Monday 28 April 2036 to 13 May; Slovenia keeps
Central European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+2, over its 16 days, 28 April to 13 May,
after the change of 30 March), so no clock changes inside it. Dates are written as people in
Slovenia write them in English, day first: with dots and a space after each, unpadded, with the
year in full ("28. 4. 2036") or without it ("30. 4."), or typed tight with a closing dot ("30.4.");
with slashes, unpadded, without the year ("30/4"), as people there type them in chats; or the day,
with its ordinal dot, before the Slovenian month in its genitive, lower case ("28. aprila 2036").
Weekdays are English, left in Slovenian, lower case ("ponedeljek", "torek", "sreda", "četrtek",
"petek", "sobota", "nedelja"), or cut to the abbreviations Slovenian calendars print, with their
dots ("pon.", "tor.", "sre.", "čet.", "pet.", "sob.", "ned."). For a day that may lie outside the
life always with the year ("on pon., 28. 4. 2036", "on 28. aprila 2036", "on ponedeljek 28.4.2036");
for one of the days before yesterday the abbreviation and the slashed day ("on sre. 30/4"), the
Slovenian weekday and the spaced dotted day in brackets ("on sreda (30. 4.)"), so many days ago with the
English weekday and the tight dotted day in brackets ("3 days ago (Wednesday 30.4.)") or, two days back,
"predvčerajšnjim" (the day before yesterday) with the slashed day; today alone, as "danes" (today)
with the abbreviation and the slashed day, or with the Slovenian weekday and the spaced dotted day in brackets;
yesterday alone, as "včeraj" (yesterday) with the English weekday and the tight dotted day, or with
the abbreviation and the slashed day. A night is named as Slovenian names it, from the day it
starts on to the day it ends on ("v noči s ponedeljka na torek", the night from Monday to Tuesday,
with its first day: "v noči s ponedeljka na torek (28. 4.)"), or in English in the same way ("the
night from pon. 28/4 to tor. 29/4"); last night alone, "last night", or with the Slovenian word in
brackets ("last night (sinoči)").
Workouts are named with places in and around Ljubljana: Tivoli park and the trail up Rožnik, the
Ljubljanica embankment and the path up Šmarna gora, the roads across the Barje, out to Vrhnika and
up to Šmarna gora, the Kodeljevo pool and the Tivoli pool, a studio on Trubarjeva and one in
Bežigrad, a bouldering hall in Šiška and the crags at Osp.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ABBR = ("pon.", "tor.", "sre.", "čet.", "pet.", "sob.", "ned.")
"""The abbreviated weekdays Slovenian calendars print, with their dots."""
SLO = ("ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja")
"""Weekdays as Slovenian names them, lower case, kept in English sentences as people there do."""
FROM = ("s ponedeljka", "s torka", "s srede", "s četrtka", "s petka", "s sobote", "z nedelje")
"""The day a night starts on, after "v noči" (in the night): from Monday, from Tuesday, ..."""
TO = ("na ponedeljek", "na torek", "na sredo", "na četrtek", "na petek", "na soboto", "na nedeljo")
"""The day a night ends on: to Monday, to Tuesday, ..."""
MONTHS = ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra",
          "oktobra", "novembra", "decembra")
"""Months as Slovenian names them after a day, in the genitive, lower case."""

NOUNS = {"run": ("run through Tivoli park", "run along the Ljubljanica embankment", "run up the path to Šmarna gora",
                 "run up the trail on Rožnik"),
         "cycle": ("ride across the Barje", "ride out to Vrhnika", "ride up to Šmarna gora"),
         "swim": ("swim at the Kodeljevo pool", "swim at the Tivoli pool"),
         "yoga": ("yoga class at a studio on Trubarjeva", "yoga hour at a studio in Bežigrad"),
         "climb": ("session at a bouldering hall in Šiška", "climbing day at the crags at Osp")}
"""What this set's questions call a workout of each activity: places in and around Ljubljana."""

OBLIGED = " I remain obliged."

PHRASES: dict[str, list[str]] = {
    "book": ["katera knjiga je bila {who}'s recommendation? the title, ker sem pozabila",
             "the book {who} said i should read thx",
             "Larch seasons for two winters before I put it in a post, so I have time for reading. What book did"
             " {who} recommend to me?",
             "Could you advise me as to which book {who} recommended that I read."],
    "film": ["kateri film je tisti must-see od {who}? imam free večer",
             "film {who} says i have to watch thx",
             "Rain stops the roofing, and a stopped roof means an evening on the sofa. Which film did {who} tell me"
             " I really must see?",
             "I should appreciate being told which film {who} insisted I watch." + OBLIGED],
    "offsite": ["kam so prestavili offsite, po besedah {who}? the new venue",
                "where the offsite moved to, per {who} thx",
                "A kozolec stays where it was raised for a hundred years, unlike an offsite. Where has it gone now,"
                " going by what {who} told me?",
                "May I have your confirmation of the venue to which, according to {who}, the offsite was moved."],
    "restaurant": ["kako je bilo ime tisti restavraciji, the one {who} recommended? want to book a table",
                   "name of the restaurant {who} recommended thx",
                   "After a week on a ladder under the rafters I have earned a good meal. Which restaurant did {who}"
                   " send me to, by name?",
                   "Could you advise me as to the name of the restaurant that {who} recommended." + OBLIGED],
    "flight": ["ob kateri uri pristane letalo od {who}? moram iti na Brnik, exact time",
               "landing time of {who}'s flight thx",
               "I would leave a half-pegged crossbar for nobody but family. When is the flight of {who} landing?",
               "I should appreciate being told the hour at which {who} is expected to land, flight and all."],
    "dog": ["kako je ime novemu psu od {who}? so cute je",
            "name of the new dog {who} got thx",
            "The farmer's dog at the last job slept all day in the shade of the toplar. What name did {who} give"
            " the new dog, which I hear is already chewing fence posts?",
            "May I have your confirmation of the name that {who} chose for the new dog." + OBLIGED],
    "launch": ["po besedah {who} se je launch od {project} premaknil, na kateri datum točno?",
               "new launch date for {project}, per {who} thx",
               "Hay is brought in when it is dry, never when the calendar says, and launches slip the same way. By"
               " the word of {who}, the {project} launch now falls on which date?",
               "Could you advise me as to the date to which {who} reported the {project} launch was put back."],
    "age": ["koliko let bo dopolnila hči od {who}? rabim darilo",
            "age {who}'s daughter turns at her birthday thx",
            "My granddaughter already carries the pegs for me up the ladder. How old will the daughter of {who}"
            " be on this coming birthday?",
            "I should appreciate being told what age the daughter of {who} is about to reach." + OBLIGED],
    "podcast": ["kateri podcast je bil {who}'s tip? za v avto",
                "podcast {who} recommended thx",
                "The drive out to the villages beyond the Barje is long and quiet. Which podcast did {who} say I"
                " should put on?",
                "May I have your confirmation of the podcast that {who} suggested I listen to."],
    "breakfast_food": ["kaj sem jedla za zajtrk {day}? ne spomnim se čisto nič",
                       "breakfast {day}, what was it thx",
                       "I was loading larch planks onto the trailer at first light {day}. What did I have for"
                       " breakfast before that?",
                       "Could you advise me as to what I ate for breakfast {day}." + OBLIGED],
    "lunch_food": ["kaj sem jedla za kosilo {day}? the whole day je bil blur",
                   "what i had for lunch {day} thx",
                   "Lunch on a building job is eaten sitting on a beam. What was that lunch {day}?",
                   "I should appreciate being told what my lunch consisted of {day}."],
    "dinner_food": ["kaj sem jedla za večerjo {day}? sploh ne vem več",
                    "dinner {day}, which dish thx",
                    "I came home with sawdust in my collar and ate without looking. What was the dish at my dinner"
                    " {day}?",
                    "May I have your confirmation of what I ate for dinner {day}." + OBLIGED],
    "lunch_place": ["kje sem bila na kosilu {day}? the place je bil super",
                    "where i had lunch {day} thx",
                    "The farmer's wife usually feeds me, but not every day. Where did I eat my lunch {day}?",
                    "Could you advise me as to the place where I lunched {day}."],
    "dinner_place": ["kje sem večerjala {day}? bi šla spet",
                     "where dinner was {day} thx",
                     "With the last shingles nailed down {day}, I went out to eat. At what place did I have dinner?",
                     "I should appreciate being told where I had my dinner {day}." + OBLIGED],
    "workout_kind": ["kakšen trening sem imela {day}? tip treninga, tek ali kaj drugega",
                     "kind of workout {day} thx",
                     "Swinging an adze all day is work, not training. Which kind of real workout did the watch record"
                     " {day}?",
                     "May I have your confirmation of the type of workout I did {day}."],
    "heart_rate": ["kakšen je bil povprečen srčni utrip med {noun} {day}? v bpm prosim",
                   "avg heart rate in bpm, {noun} {day} thx",
                   "The doctor says climbing ladders keeps the heart young. What was my average heart rate in beats"
                   " per minute on the {noun} {day}?",
                   "Could you advise me as to my average heart rate, in beats per minute, during the {noun} {day}."
                   + OBLIGED],
    "sleep_quality": ["kako sem spala {night}, dobro ali slabo? just good or bad",
                      "sleep {night}, good or bad thx",
                      "I dreamt the whole toplar came down in the wind. Did I sleep well or badly {night}, going by"
                      " the tracker?",
                      "I should appreciate being told whether my sleep {night} was good or bad."],
    "sleep_night": ["koliko ur sem spala {night}? sem totally dead",
                    "hours of sleep {night} thx",
                    "I hit my thumb with the mallet this morning, which tells its own story. How many hours of sleep"
                    " did the tracker give me {night}?",
                    "May I have your confirmation of how many hours I slept {night}." + OBLIGED],
    "exercise_duration": ["koliko časa je trajal {noun} {day}? v minutah prosim",
                          "minutes the {noun} {day} lasted thx",
                          "Cutting a mortise for a crossbar takes me a quarter of an hour. And the {noun} {day}, it"
                          " went on"
                          " for how many minutes?",
                          "Could you advise me as to how many minutes the {noun} {day} lasted."],
    "meeting_duration": ["koliko časa je trajal sestanek {title} {day}? ni in ni se končal",
                         "length of the {title} meeting {day} thx",
                         "The {title} meeting {day} kept me off the roof in perfect weather. How long did it go on"
                         " for?",
                         "I should appreciate being told the duration of the {title} meeting {day}." + OBLIGED],
    "distance_run": ["koliko km sem tekla {day}? skupaj",
                     "km run {day} thx",
                     "Running loosens the back after a day bent over the sawhorse. How many kilometres did that running"
                     " come to {day}?",
                     "May I have your confirmation of the distance, in kilometres, that I ran {day}."],
    "distance_cycle": ["koliko km sem prekolesarila {day}, približno?",
                       "km cycled {day} thx",
                       "I ride the bicycle out to look at old hayracks that want mending. What was the count of"
                       " kilometres on the bicycle {day}?",
                       "Could you advise me as to the number of kilometres I rode on the bicycle {day}." + OBLIGED],
    "distance_swim": ["koliko sem preplavala {day}? total distance",
                      "distance swum {day} thx",
                      "Wet larch swells and I only get cold. In the water, what distance did I cover swimming {day}?",
                      "I should appreciate being told how far I swam {day}."],
    "attendees": ["kdo je bil na sestanku {title} {day}? ne vem več, kdo je prišel",
                  "who was at the {title} meeting {day} thx",
                  "My mind was on a roof pitch the whole time. Which people attended the {title} meeting {day}?",
                  "May I have your confirmation of who was present at the {title} meeting {day}." + OBLIGED],
    "coffee_count": ["koliko kav sem spila {day}? veliko, i bet",
                     "number of coffees {day} thx",
                     "Every farmer pours a coffee before we talk about beams. Counting every cup, how many coffees went"
                     " down {day}?",
                     "Could you advise me as to how many coffees I drank {day}."],
    "caffeine": ["koliko kofeina sem imela {day}, v mg, skupaj?",
                 "total caffeine {day} in mg thx",
                 "My hand was not steady on the chisel {day}. How many milligrams of caffeine did I take in over"
                 " the whole day?",
                 "I should appreciate being told my total caffeine intake {day}, in milligrams." + OBLIGED],
    "meeting_count": ["koliko sestankov sem imela {day}? the calendar je bil poln",
                      "how many meetings {day} thx",
                      "Half the trade now is talking with the heritage office. How many meetings, of every sort, did I"
                      " sit through {day}?",
                      "May I have your confirmation of the number of meetings I attended {day}."],
    "km_week": ["koliko km {activity} sem naredila od ponedeljka?",
                "{activity} km since monday, total thx",
                "I count crossbars by the dozen, and the watch counts the rest. What is my total of {activity}"
                " kilometres since Monday?",
                "Could you advise me as to the kilometres of {activity} I have covered since Monday." + OBLIGED],
    "workouts_week": ["koliko treningov sem imela ta teden do zdaj? samo številka",
                      "workouts this week so far, count thx",
                      "Hauling posts off the trailer does not count, I know that. This week, up to now, how many"
                      " workouts"
                      " stand to my name?",
                      "I should appreciate being told the number of workouts I have done so far this week."],
    "first_coffee": ["ob kateri uri sem spila prvo kavo {day}?",
                     "first coffee {day}, what time thx",
                     "No tool comes out of the van before the first cup. At what o'clock did that first coffee come"
                     " {day}?",
                     "May I have your confirmation of the time of my first coffee {day}." + OBLIGED],
    "last_coffee": ["kdaj sem spila zadnjo kavo {day}? samo uro prosim",
                    "time of the last coffee {day} thx",
                    "I was pegging the last crossbar by lamplight {day}. When did I drink my final coffee of that"
                    " day?",
                    "Could you advise me as to the hour of my last coffee {day}."],
    "first_meeting": ["ob kateri uri se je začel prvi sestanek {day}? just the start time",
                      "start of the first meeting {day} thx",
                      "It pulled me down from the rafters in the best of the morning. My first meeting {day} got going"
                      " at what time?",
                      "I should appreciate being told when my first meeting {day} started." + OBLIGED],
    "wake": ["kdaj sem se zbudila {day}? točna ura prosim",
             "wake-up time {day} thx",
             "A carpenter on a farm job is up before the cows are milked. When did my eyes open {day}?",
             "May I have your confirmation of the hour at which I woke up {day}."],
    "bedtime": ["ob kateri uri sem šla spat {night}?",
                "bedtime {night} thx",
                "I sat up sharpening the adze and the chisels. What hour was it when I lay down at last {night}?",
                "Could you advise me as to the time I went to bed {night}." + OBLIGED],
    "dinner_on_distance": ["kaj sem jedla za večerjo the day I {past} {km} km? tisti dan mislim",
                           "dinner on the day i {past} {km} km thx",
                           "On a day like the one when I {past} {km} km, I eat like a farmhand at haymaking. Which dish"
                           " made up my dinner on it?",
                           "I should appreciate being told what I ate for dinner on the day on which I {past} {km}"
                           " km."],
    "meeting_after_workout": ["kdo je bil na sestanku right after my {noun} {day}?",
                              "who came to the meeting straight after the {noun} {day} thx",
                              "I turned up still damp, with sawdust on my sleeves. The meeting that followed the {noun}"
                              " {day} without a break: who sat in it?",
                              "May I have your confirmation of who attended the meeting held immediately after the"
                              " {noun} {day}." + OBLIGED],
    "lunch_on_meeting_day": ["kje sem jedla kosilo na dan, ko je bil sestanek {title}?",
                             "lunch place on the day of the {title} meeting thx",
                             "The {title} meeting fell on a day I had a roof half shingled. Where did I have lunch on"
                             " that day?",
                             "Could you advise me as to where I lunched on the day the {title} meeting took place."],
    "sleep_after_meeting": ["koliko ur sem spala v noči po sestanku {title}?",
                            "hours slept the night after the {title} meeting thx",
                            "The {title} meeting cost me a dry morning on the roof. And the night that came after it,"
                            " how"
                            " long was I asleep, in hours?",
                            "I should appreciate being told how many hours I slept on the night following the"
                            " {title} meeting." + OBLIGED],
    "dinner_on_said_day": ["kaj sem jedla za večerjo tisti dan, when {who} mentioned {value}?",
                           "dinner on the day {who} mentioned {value} thx",
                           "That was the week the storm took the shingles off two hayracks. The day {who} talked of"
                           " {value},"
                           " what was on my plate at dinner?",
                           "May I have your confirmation of my dinner on the day when {who} spoke about {value}."],
    "compare_sleep": ["katero noč sem spala dlje, {n1} ali {n2}? in koliko ur vsako",
                      "longer sleep, {n1} or {n2}, hours of each thx",
                      "Two posts from one trunk never dry alike, and two nights never rest alike. Did I sleep longer"
                      " {n1} or {n2}, and for how many hours each time?",
                      "Could you advise me as to which night, {n1} or {n2}, gave me the longer sleep, with the hours"
                      " of both." + OBLIGED],
    "compare_caffeine": ["kdaj sem imela več kofeina, {d1} ali {d2}? mg za vsak dan",
                         "more caffeine {d1} or {d2}, mg for each thx",
                         "Pegging a joint wants a calm hand. Which day carried the higher caffeine, {d1} or {d2}, and"
                         " what were the milligrams of the two?",
                         "I should appreciate being told which day, {d1} or {d2}, had the more caffeine, and the"
                         " milligrams for each."],
    "compare_duration": ["kateri trening je trajal dlje, {d1} ali {d2}? minute obeh",
                         "longer workout {d1} or {d2}, minutes of each thx",
                         "One hayrack goes up in a week and the next takes three. Which of my workouts lasted longer,"
                         " {d1} or {d2}, and how many minutes did each take?",
                         "May I have your confirmation of which workout, {d1} or {d2}, was the longer, and of the"
                         " minutes of each." + OBLIGED],
    "compare_coffee_weeks": ["ali pijem ta teden več kave kot prejšnji teden? more ali less",
                             "coffee this week vs last week, more or less thx",
                             "Every farm on the Barje seems to have a new coffee machine this spring. Set this week"
                             " against"
                             " the last: is my coffee up or down?",
                             "Could you advise me as to whether my coffee this week is more or less than last"
                             " week's."],
    "late_coffee_sleep": ["ali spim manj, kadar pijem kavo ob {t} ali kasneje?",
                          "less sleep after coffee at {t} or later thx",
                          "In haymaking weeks a farmer will hand me a cup at {t} or later. Is my sleep shorter on"
                          " the nights after those?",
                          "I should appreciate being told whether coffee at {t} or later cuts my sleep short."
                          + OBLIGED],
    "late_dinner_sleep": ["ali spim manj, kadar večerjam ob {t} ali kasneje?",
                          "less sleep after dinner at {t} or later thx",
                          "A job in the far villages pushes my dinner to {t} or later. Do I sleep less after those"
                          " late dinners?",
                          "May I have your confirmation of whether a dinner at {t} or later leaves me sleeping less."],
    "exercise_sleep": ["ali spim dlje po dnevih s treningom kot po rest days?",
                       "longer sleep after workout days than rest days thx",
                       "Some evenings I train after the job and some I only sit on the porch. Is my sleep longer"
                       " after workout days than after rest days?",
                       "Could you advise me as to whether I sleep longer after days with exercise than after days"
                       " without." + OBLIGED],
    "caffeine_sleep": ["kakšen je moj spanec po dnevih z {mg} mg kofeina ali več, v primerjavi z ostalimi dnevi?",
                       "sleep after days of {mg} mg caffeine or more vs other days thx",
                       "A long day of raising beams runs on strong coffee. Nights after days with {mg} mg of caffeine"
                       " or more, nights after all the other days: what does my sleep look like in each?",
                       "I should appreciate being told whether days on which my caffeine reached {mg} mg or more are"
                       " followed by different sleep from that which follows the remaining days."],
    "exercise_coffee": ["ali spijem več kav na dneve s treningom kot na rest days?",
                        "coffees per day, workout days vs rest days, more thx",
                        "After a workout I never refuse the farmer's cup. Per day, do my coffees run higher when I"
                        " have trained than when I have rested?",
                        "May I have your confirmation of whether I drink more coffees per day on exercise days than"
                        " on rest days." + OBLIGED],
    "fu_day_before": ["pa dan prej?",
                      "same for the day before thx",
                      "And the day before that, when the larch came late from the sawmill?",
                      "Arising from that, could you advise me as to the same for the preceding day."],
    "fu_meeting_length": ["in koliko časa je trajal ta sestanek?",
                          "how long that meeting went on thx",
                          "The glue was setting on the bench all the while. That meeting took how many minutes, then?",
                          "With reference to my previous question, I should appreciate being told how long that"
                          " meeting lasted."],
    "fu_other_day": ["pa {day}? isto vprašanje",
                     "same for {day} thx",
                     "Two posts of a pair must match, so the same again for {day}, please.",
                     "Arising from that, may I have your confirmation of the same for {day}."],
    "fu_night_before": ["pa noč prej?",
                        "same for the night before thx",
                        "I was up the ladder by seven the next day. What about the night preceding that one?",
                        "With reference to my previous question, could you advise me as to the same for the night"
                        " before."],
    "fu_today": ["pa danes, do zdaj?",
                 "same for today so far thx",
                 "And today, as far as it has got, with the rafters still bare?",
                 "Arising from that, I should appreciate being told the same figure for today, up to now."],
    "fu_other_person": ["pa {who}? ista stvar",
                        "same for {who} thx",
                        "And {who}, whose grandfather's kozolec I mended last autumn?",
                        "With reference to my previous question, may I have your confirmation of the same for"
                        " {who}."],
}
"""Every question key's templates: the mixed writer's, the fragment writer's, the carpenter's, the formal
writer's."""


def _slashed(day: date) -> str:
    return f"{day.day}/{day.month}"


def _spaced(day: date, year: bool = False) -> str:
    return f"{day.day}. {day.month}. {day.year}" if year else f"{day.day}. {day.month}."


def _tight(day: date, year: bool = False) -> str:
    return f"{day.day}.{day.month}.{day.year}" if year else f"{day.day}.{day.month}."


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"on {ABBR[wd]}, {_spaced(day, year=True)}",
                f"on {day.day}. {MONTHS[day.month - 1]} {day.year}",
                f"on {SLO[wd]} {_tight(day, year=True)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"danes ({ABBR[wd]} {_slashed(day)})", f"today ({SLO[wd]}, {_spaced(day)})"]
    if back == 1:
        return ["yesterday", f"včeraj ({WEEKDAYS[wd]} {_tight(day)})", f"yesterday, {ABBR[wd]} {_slashed(day)}"]
    options = [f"on {ABBR[wd]} {_slashed(day)}", f"on {SLO[wd]} ({_spaced(day)})",
               f"{back} days ago ({WEEKDAYS[wd]} {_tight(day)})"]
    if back == 2:
        options.append(f"predvčerajšnjim, the day before yesterday ({_slashed(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"v noči {FROM[day.weekday()]} {TO[after.weekday()]} ({_spaced(day)})",
               f"the night from {ABBR[day.weekday()]} {_slashed(day)} to {ABBR[after.weekday()]} {_slashed(after)}"]
    if (today - day).days == 1:
        options += ["last night", "last night (sinoči)"]
    return options
