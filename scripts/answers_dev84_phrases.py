"""Question phrasings of the answers benchmark's eighty-fourth tuning set, ``dev84`` (docs/benchmarks.md, "Answers").

``dev84`` was the held-out set until 2026-12-06, when, after its measurement at e56dffb (grounded
accuracy 0.648; worst categories first_last, multi_hop and comparison 0.455; unsupported 0.011;
abstention 0.909; p95 0.02 s), the engineer tuning the answer planner read its failures; it is spent
as held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day and zone
as before. It had replaced the former held-out set (now ``dev83``, answers_dev83_phrases.py) on
2026-12-06, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young woman in Kinshasa who types lower case and switches between English and Lingala inside a
  sentence (no earlier set's language, nor a close neighbour of one: a Bantu language of the Congo
  river that shares a few words, "nani" and "wapi", with Swahili, an earlier set's, but is not
  understood by its speakers), typed as Kinshasa types it in chats, without tone marks, "e" for "ɛ"
  and "o" for "ɔ" ("bilei ya ntongo", "bilei ya midi" and "bilei ya pokwa" for the meals, "lelo" for
  today, "lobi eleki" for yesterday, "butu" for a night, "poso oyo" for this week, "boni" for how
  many, "nani" and "banani" for who, "wapi" for where, "ngonga boni" for at what time, "likita" for a
  meeting, "sport" for a workout, "kafe" for coffee, "ba" before a borrowed plural, "ba km",
  "nabosani" for I forgot, "pardon" for please), her follow-ups opened with "pe" (and) or "bongo"
  (so), and English words where they come first to mind;
- a woman who types every question tersely as on WhatsApp, lower case: first the bare question word or
  the answer she wants, in bold between asterisks, then the thing asked and its day, night, person or
  condition, and a question mark ("*what* breakfast {day}?", "*how many hrs* slept {night}?", "*who*
  {title} meeting {day}?"), her follow-ups the same way ("*same again* day before?", "*how long* that
  meeting?");
- a bonobo carer at a sanctuary on the southern edge of Kinshasa, writing in sentences with capitals,
  who makes a remark from her working life before or after the question (the orphans and their bottle
  feeds, the mamans who mother them, the nursery and the night house, the forest enclosure, the fruit
  round, the vet and the quarantine room, the red-earth track down to the gate);
- a retired ambassador who writes formal sentences with formulas of his own, as one schooled in French
  letters writes English: "Deign to tell me ...", "By the present, I come to ask ...", some closed
  with "Accept my distinguished greetings.", his follow-ups opened with "In the same order of ideas,"
  and "As a corollary,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev84 life lives in Africa/Kinshasa, from Monday 23 June 2036 to 8 July; the west of the
Democratic Republic of the Congo keeps West Africa Time (UTC+1) all year, with no summer time
(zoneinfo gives one offset over all of 2036, and so over its 16 days, 23 June to 8 July), so no clock
changes inside it. Dates are written as people in Kinshasa write them: day first, with slashes, both
padded, and the year in full ("23/06/2036"), or the day and month alone the same way ("23/06"); in
words, the day unpadded, then the month in French, in which the country writes its dates ("23
juin"), with the year when a day may lie outside the life ("23 juin 2036"). Weekdays are in Lingala
("mokolo ya yambo", "mokolo ya mibale", "mokolo ya misato", "mokolo ya minei", "mokolo ya mitano":
the first to the fifth day, "mposo" for Saturday, "lomingo" for Sunday), alone with the slashed day
in brackets, before the slashed day, or in brackets after a date in words. For a day that may lie
outside the life always with the year ("on 23/06/2036 (mokolo ya yambo)", "mokolo ya yambo 23 juin
2036"); for one of the days before yesterday the weekday with the slashed day in brackets ("mokolo
ya misato (25/06)"), the weekday and the slashed day ("mokolo ya misato 25/06"), or the date in
words with the weekday in brackets ("on 25 juin (mokolo ya misato)"); today alone, or as "lelo"
(today) with the weekday and the slashed day in brackets; yesterday alone, or as "lobi eleki" (the
yesterday gone by; "lobi" alone may be tomorrow) with the weekday and the slashed day in brackets. A
night is named as Lingala names it, the night (butu) of the day it starts on running until (kino) the
day it ends on ("butu ya mokolo ya yambo kino mokolo ya mibale", the night of Monday to Tuesday),
with its two slashed days in brackets ("butu ya mokolo ya yambo kino mokolo ya mibale
(23/06-24/06)"), or in English with its first day's weekday and slashed day ("the night of mokolo ya
yambo 23/06"); last night alone, "last night", or as "butu ya lobi" (last night) with the English in
brackets. No day's name ends in a dot, so that no question ends in two dots. Workouts are named with
places in and around Kinshasa: the river at Kinsuka, the Stade des Martyrs track and the UNIKIN
campus on Mont Amba; the roads out to Lac Ma Vallée, along the Route de Matadi and out to Kinkole by
the river; the pools of the Cercle de Kinshasa and the Fleuve Congo Hotel; a studio in Gombe and the
botanical garden in Gombe; the climbs up Mont Ngaliema and Mont Mangengenge.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LN = ("mokolo ya yambo", "mokolo ya mibale", "mokolo ya misato", "mokolo ya minei", "mokolo ya mitano", "mposo",
      "lomingo")
"""Lingala weekdays."""
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre")
"""French months, as Kinshasa writes dates ("23 juin", 23 June)."""

NOUNS = {"run": ("run along the river at Kinsuka", "run on the Stade des Martyrs track",
                 "run on the UNIKIN campus at Mont Amba"),
         "cycle": ("ride out to Lac Ma Vallée", "ride along the Route de Matadi", "ride out to Kinkole by the river"),
         "swim": ("swim at the Cercle de Kinshasa pool", "swim in the Fleuve Congo Hotel pool"),
         "yoga": ("yoga class at a studio in Gombe", "yoga session in the botanical garden in Gombe"),
         "climb": ("hike up Mont Ngaliema", "hike up Mont Mangengenge")}
"""What this set's questions call a workout of each activity: places in and around Kinshasa."""

CLOSE = " Accept my distinguished greetings."
"""The ambassador's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["buku nini {who} alobaki natanga? nabosani nkombo na yango",
             "*which book* {who} recommended?",
             "Once the orphans are down for the night, which book was it that {who} wanted me to read? I only get "
             "through a page before I fall asleep myself.",
             "Deign to tell me the title of the book that {who} advised me to read."],
    "film": ["filme oyo {who} alobaki natala, nkombo na yango nini?",
             "*which film* from {who}?",
             "What was that film {who} kept pressing on me? The little ones in the nursery leave me no evenings for "
             "the cinema.",
             "By the present, I come to ask the name of the film that {who} held I should see." + CLOSE],
    "offsite": ["offsite, {who} alobi ete ebongwani, ekei na engumba nini sikoyo?",
                "*which city* offsite now, per {who}?",
                "Going by {who}, which city has the offsite landed in now? Someone will have to cover my bottle feeds.",
                "Deign to tell me the city where the offsite is now to be held, since {who} reports it moved."],
    "restaurant": ["restaurant oyo {who} alobaki ezali malamu mingi, nkombo na yango nini?",
                   "*name* restaurant {who} recommended?",
                   "Which restaurant did {who} speak so warmly of? After a day with babies on my back I could eat for "
                   "two.",
                   "By the present, I come to ask the name of the restaurant that {who} praised to me."],
    "flight": ["mpepo ya {who} ekokita na ngonga boni? nakokende kozwa ye na Ndjili",
               "*what time* {who}'s flight lands?",
               "What time does {who} come in at Ndjili? I must leave the sanctuary early to beat the traffic out of "
               "Kimwenza.",
               "Deign to tell me at what hour the aeroplane carrying {who} is due to land." + CLOSE],
    "dog": ["{who} azwi mbwa ya sika, apesi yango nkombo nini?",
            "*name* {who}'s new dog?",
            "By what name does {who}'s new dog go? Our orphans would scream the place down if one came near the "
            "enclosure.",
            "By the present, I come to ask the name {who} has bestowed upon the dog newly taken in."],
    "launch": ["launch ya {project}, {who} alobaki bazongisi yango sima, ekei na mokolo nini?",
               "*moved to when* {project} launch, per {who}?",
               "To what day has the {project} launch slipped, by what {who} told me? Nothing keeps to its hour here "
               "either, ask any bonobo at feeding time.",
               "Deign to tell me the date to which, according to {who}, the launch of {project} now stands deferred."],
    "age": ["mwana mwasi ya {who} akokisa mbula boni na anniversaire na ye ekoya?",
            "*what age* {who}'s daughter turns next?",
            "How old does {who}'s daughter turn at her next birthday? I promised her a photo with our smallest orphan.",
            "By the present, I come to ask what age the daughter of {who} will reach at her next birthday." + CLOSE],
    "podcast": ["podcast nini {who} alobaki nayoka? mpo na nzela ya motuka",
                "*which podcast* {who} suggested?",
                "I want something for the long ride out to the sanctuary each morning; which podcast was it that "
                "{who} put me on to?",
                "Deign to tell me which podcast {who} saw fit to recommend to me."],
    "breakfast_food": ["bilei ya ntongo {day}, naliaki nini?",
                       "*what* breakfast {day}?",
                       "Before the first bottle feed {day}, what did I have for breakfast? The babies wake hungrier "
                       "than I do.",
                       "By the present, I come to ask what I ate at breakfast {day}."],
    "lunch_food": ["naliaki nini na midi {day}? nabosani mobimba",
                   "*what* lunch {day}?",
                   "What did I have for my midday meal {day}, eaten standing by the forest enclosure with one eye on "
                   "the young males?",
                   "Deign to tell me what I partook of at lunch {day}."],
    "dinner_food": ["bilei ya pokwa {day} ezalaki nini?",
                    "*what food* dinner {day}?",
                    "What did I actually eat for dinner {day}? I came home smelling of mango and milk powder and "
                    "hardly noticed.",
                    "By the present, I come to ask of what my dinner {day} consisted." + CLOSE],
    "lunch_place": ["naliaki bilei ya midi wapi {day}?",
                    "*where at* lunch {day}?",
                    "Once the vet let me out of the quarantine room {day}, where did I go for lunch?",
                    "Deign to tell me in what establishment I took my lunch {day}."],
    "dinner_place": ["{day} na pokwa naliaki wapi?",
                     "*where at* dinner {day}?",
                     "After settling the orphans in the night house {day}, where did I go for dinner?",
                     "By the present, I come to ask where I dined {day}."],
    "workout_kind": ["nasalaki sport nini {day}? nalembaki mingi",
                     "*what kind* workout {day}?",
                     "Apart from carrying babies round the enclosure, what exercise did I do {day}? My back says that "
                     "should count.",
                     "Deign to tell me the nature of the physical exercise I undertook {day}." + CLOSE],
    "heart_rate": ["{noun} {day}, average heart rate na ngai ezalaki boni?",
                   "*mean heart rate* {noun} {day}?",
                   "A bonobo leaping onto my shoulders sends my pulse flying, so what did it average on the {noun} "
                   "{day}?",
                   "By the present, I come to ask my mean heart rate over the {noun} {day}."],
    "sleep_quality": ["nalalaki malamu {night} to mabe?",
                      "*well or badly* slept {night}?",
                      "A new orphan cried half the night and I was on call for the nursery, so did I sleep well or "
                      "badly {night}?",
                      "Deign to tell me whether my sleep {night} was of good or of poor quality."],
    "sleep_night": ["nalalaki bangonga boni {night}?",
                    "*how many hrs* slept {night}?",
                    "With the nursery on my roster, how many hours of sleep did I get {night}? The night feeds eat "
                    "into everything.",
                    "By the present, I come to ask how many hours I slept {night}." + CLOSE],
    "exercise_duration": ["{noun} {day} ewumelaki miniti boni?",
                          "*how many mins* {noun} {day}?",
                          "How many minutes did the {noun} last {day}? I squeezed it in before the afternoon fruit "
                          "round.",
                          "Deign to tell me for how many minutes the {noun} {day} went on."],
    "meeting_duration": ["likita ya {title} {day} ewumelaki ntango boni?",
                         "*how long* {title} meeting {day}?",
                         "For how long did the {title} meeting drag on {day}? The babies were waiting for their "
                         "bottles the whole while.",
                         "By the present, I come to ask the length of the {title} meeting held {day}."],
    "distance_run": ["napotaki mbangu ba km boni {day}?",
                     "*how many km* run {day}?",
                     "How far did I get running {day}, with my legs still sore from chasing a runaway youngster up a "
                     "tree?",
                     "Deign to tell me the distance I covered at a run {day}." + CLOSE],
    "distance_cycle": ["na velo {day}, natambolaki ba km boni?",
                       "*how many km* ride {day}?",
                       "How far did the bike take me {day}? Part of it was on the red-earth track down to the "
                       "sanctuary gate.",
                       "By the present, I come to ask how many kilometres I rode on my bicycle {day}."],
    "distance_swim": ["nabetaki mayi ba metres boni {day}?",
                      "*how many metres* swim {day}?",
                      "How many metres did I swim {day}, in the one place no bonobo will follow me? They keep well "
                      "away from deep water.",
                      "Deign to tell me how many metres I swam {day}."],
    "attendees": ["banani bazalaki na likita ya {title} {day}?",
                  "*who* {title} meeting {day}?",
                  "Who came to the {title} meeting {day}, the one I walked into straight from the nursery with milk "
                  "powder on my sleeves?",
                  "By the present, I come to ask the names of those who attended the {title} meeting {day}." + CLOSE],
    "coffee_count": ["namelaki kopo ya kafe boni {day}?",
                     "*how many cups* coffee {day}?",
                     "After nursery duty, how many cups of coffee did I need {day}?",
                     "Deign to tell me the number of coffees I drank {day}."],
    "caffeine": ["caffeine nyonso {day}, mg boni?",
                 "*total mg* caffeine {day}?",
                 "In all, how much caffeine did I have {day}? The quarantine checks started before dawn.",
                 "By the present, I come to ask the sum in milligrams of the caffeine I took {day}."],
    "meeting_count": ["nazalaki na makita boni {day}?",
                      "*how many* meetings {day}?",
                      "How many meetings pulled me away from the orphans {day}? Each one cost me an hour in the "
                      "nursery.",
                      "Deign to tell me how many meetings I attended {day}." + CLOSE],
    "km_week": ["ba km boni ya {activity} nasali banda mokolo ya yambo?",
                "*km so far* {activity} since monday?",
                "How many kilometres of {activity} have I fitted around the double shifts since Monday?",
                "By the present, I come to ask the kilometres of {activity} I have completed since Monday."],
    "workouts_week": ["nasali sport mbala boni poso oyo?",
                      "*how many* workouts so far this week?",
                      "How many workouts have I managed this week? Between feeds and vet rounds, not many, I suspect.",
                      "Deign to tell me the number of workouts I have performed this week."],
    "first_coffee": ["kafe ya liboso {day}, namelaki yango na ngonga boni?",
                     "*what time* first coffee {day}?",
                     "I was at the nursery door before the mamans arrived {day}, so when did I have my first coffee?",
                     "By the present, I come to ask the hour of my first coffee {day}." + CLOSE],
    "last_coffee": ["kafe ya suka {day}, ngonga boni?",
                    "*what time* last coffee {day}?",
                    "How late did my last coffee come {day}? I stayed on with a sick infant in the clinic.",
                    "Deign to tell me at what hour I drank the last of my coffees {day}."],
    "first_meeting": ["likita ya liboso {day} ebandaki na ngonga boni?",
                      "*what time* first meeting started {day}?",
                      "The staff briefing comes before the morning feed, but at what time did my first meeting begin "
                      "{day}?",
                      "By the present, I come to ask the hour at which the first of my meetings commenced {day}."],
    "wake": ["nalamukaki na ngonga boni {day}?",
             "*what time* up {day}?",
             "The orphans call for their milk at first light, so at what time was I up {day}?",
             "Deign to tell me the hour at which I rose {day}." + CLOSE],
    "bedtime": ["{night} nakendeki kolala na ngonga boni?",
                "*what time* bed {night}?",
                "After the last round of the night house, what time did I get to bed {night}?",
                "By the present, I come to ask the hour at which I retired {night}."],
    "dinner_on_distance": ["mokolo oyo I {past} {km} km, naliaki nini na pokwa?",
                           "*what* dinner, day i {past} {km} km?",
                           "On the evening of the day I {past} {km} km, too tired even to wash off the red dust, what "
                           "did I have for dinner?",
                           "Deign to tell me of my dinner on that day when I {past} {km} km." + CLOSE],
    "meeting_after_workout": ["sima ya {noun} {day}, banani bazalaki na likita oyo elandaki?",
                              "*who* meeting after {noun} {day}?",
                              "Who was in the meeting that came after my {noun} {day}? I arrived with leaves still in "
                              "my hair.",
                              "By the present, I come to ask the names of those present at the first meeting after my "
                              "{noun} {day}." + CLOSE],
    "lunch_on_meeting_day": ["mokolo ya likita ya {title}, naliaki bilei ya midi wapi?",
                             "*where* lunch, day of {title} meeting?",
                             "Where did I find lunch on the day of the {title} meeting? That was the week the new "
                             "orphan came in from the east.",
                             "Deign to tell me in which place I lunched on the day the {title} meeting took place."],
    "sleep_after_meeting": ["butu oyo elandaki likita ya {title}, nalalaki bangonga boni?",
                            "*how many hrs* sleep, night after {title} meeting?",
                            "How many hours did I sleep after the {title} meeting, on a night I was also on nursery "
                            "call?",
                            "By the present, I come to ask how many hours I slept in the night following the {title} "
                            "meeting."],
    "dinner_on_said_day": ["mokolo {who} alobaki na ngai mpo na {value}, naliaki nini na pokwa?",
                           "*what* dinner, day {who} mentioned {value}?",
                           "The day {who} brought up {value}, I had spent the afternoon weighing the babies; what did "
                           "I eat for dinner that evening?",
                           "Deign to tell me what I dined on upon the day on which {who} made mention of {value}."
                           + CLOSE],
    "compare_sleep": ["nalalaki mingi {n1} to {n2}? bangonga ya nyonso mibale pardon",
                      "*which longer, hrs each* sleep {n1} vs {n2}?",
                      "Was I asleep longer {n1} or {n2}, and for how many hours each? Nursery nights always come out "
                      "short.",
                      "By the present, I come to ask whether I slept longer {n1} or {n2}, with the hours of each."],
    "compare_caffeine": ["caffeine {d1} to {d2}, wapi eleki? mg ya nyonso mibale",
                         "*which more, mg each* caffeine {d1} vs {d2}?",
                         "Did I take in more caffeine {d1} or {d2}, and how many milligrams each time? Vet days "
                         "always need extra.",
                         "Deign to tell me on which of {d1} and {d2} I consumed more caffeine, giving the milligrams "
                         "of both."],
    "compare_duration": ["sport {d1} to {d2}, oyo ewumelaki koleka? miniti ya nyonso mibale",
                         "*which longer, mins each* workout {d1} vs {d2}?",
                         "Was my workout longer {d1} or {d2}, and by how many minutes each? On feeding days I cut it "
                         "short.",
                         "By the present, I come to ask which was the longer of my workouts, {d1} or {d2}, with the "
                         "minutes of each." + CLOSE],
    "compare_coffee_weeks": ["poso oyo namelaki kafe mingi koleka poso eleki, to moke?",
                             "*more or less* coffee this week than last?",
                             "Have I had more coffee this week than last week, or less? The new arrival has had me up "
                             "at all hours.",
                             "Deign to tell me if I am drinking more coffee in the present week than in the one "
                             "before, or less."],
    "late_coffee_sleep": ["soki namele kafe na {t} to sima, nalalaka moke?",
                          "*shorter or not* sleep after coffee at {t} or later?",
                          "When I have a coffee at {t} or later, do I end up sleeping less? The late feeds make it "
                          "tempting.",
                          "By the present, I come to ask whether coffee taken at {t} or after shortens my sleep."],
    "late_dinner_sleep": ["soki nalie na pokwa na {t} to sima, pongi na ngai ekitaka?",
                          "*shorter or not* sleep after dinner at {t} or later?",
                          "Is my sleep shorter on nights I eat dinner at {t} or later? After a late shift at the "
                          "sanctuary I rarely eat early.",
                          "Deign to tell me whether a dinner begun at {t} or later reduces my sleep." + CLOSE],
    "exercise_sleep": ["nalalaka mingi sima ya mikolo ya sport koleka sima ya mikolo ya repos?",
                       "*longer or not* sleep after workout days vs rest days?",
                       "Do I sleep longer after days with a workout than after days without one? Some days the "
                       "orphans are workout enough.",
                       "By the present, I come to ask if nights following a day of exercise run longer than those "
                       "following a day of rest."],
    "caffeine_sleep": ["mikolo ya {mg} mg caffeine to koleka, pongi na ngai na butu elandaka ndenge nini compared to "
                       "mikolo mosusu?",
                       "*how it compares* sleep after {mg}+ mg days vs other days?",
                       "Nursery weeks run on coffee, so when a day has {mg} mg of caffeine or more in it, how does "
                       "the sleep that follows measure up against the other nights?",
                       "Deign to tell me how my sleep after days of {mg} mg of caffeine or above compares with that "
                       "after all other days."],
    "exercise_coffee": ["mikolo ya sport, namelaka kafe mingi koleka mikolo oyo nasali sport te?",
                        "*more or not* coffee on workout days vs rest days?",
                        "On days I exercise, do I drink more coffee than on days I do not? I had not thought to check "
                        "until the vet asked.",
                        "By the present, I come to ask whether I drink more coffee on the days I take exercise than "
                        "on the days I do not." + CLOSE],
    "fu_day_before": ["pe mokolo liboso ya yango?",
                      "*same again* day before?",
                      "Then the day before it? The nursery was full, so the days run together.",
                      "In the same order of ideas, deign to tell me the same for the preceding day."],
    "fu_meeting_length": ["bongo likita yango ewumelaki ntango boni?",
                          "*how long* that meeting?",
                          "That meeting ran for how long, then? The babies were due a feed before it ended.",
                          "As a corollary, I come to ask the length of that meeting."],
    "fu_other_day": ["pe {day}?",
                     "*same again* {day}?",
                     "And for {day}, how did that go? I was on the enclosure rota that day too.",
                     "In the same order of ideas, deign to tell me the same {day}."],
    "fu_other_person": ["bongo oyo ya {who}?",
                        "*same again* {who}?",
                        "And what about {who}, then? I may have heard it while mixing milk in the nursery kitchen.",
                        "As a corollary, I come to ask the same with respect to {who}."],
    "fu_night_before": ["pe butu liboso ya yango?",
                        "*same again* night before?",
                        "What of the night before it? A storm may have kept the whole night house awake.",
                        "In the same order of ideas, deign to tell me the same for the night preceding it."],
    "fu_today": ["bongo lelo kino sikoyo?",
                 "*same again* today so far?",
                 "What of today, up to now? I have been at the sanctuary since the first feed.",
                 "As a corollary, I come to ask the same for today up to now."],
}
"""Every question key's templates: the mixed writer's, the WhatsApp writer's, the bonobo carer's, the ambassador's."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"on {_full(day)} ({LN[wd]})", f"{LN[wd]} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"lelo ({LN[wd]} {_slash(day)})"]
    if back == 1:
        return ["yesterday", f"lobi eleki ({LN[wd]} {_slash(day)})"]
    return [f"{LN[wd]} ({_slash(day)})", f"{LN[wd]} {_slash(day)}", f"on {_words(day)} ({LN[wd]})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"butu ya {LN[day.weekday()]} kino {LN[after.weekday()]} ({_slash(day)}-{_slash(after)})",
               f"the night of {LN[day.weekday()]} {_slash(day)}"]
    if (today - day).days == 1:
        options += ["last night", "butu ya lobi (last night)"]
    return options
