"""Question phrasings of the answers benchmark's eighty-third tuning set, ``dev83`` (docs/benchmarks.md, "Answers").

``dev83`` was the held-out set until 2026-12-05, when, after its measurement at 6f0b4dd (grounded
accuracy 0.64; worst categories multi_hop 0.409 and comparison 0.409; unsupported 0.011; abstention
0.955; p95 0.012 s), the engineer tuning the answer planner read its failures; it is spent as held-out
evidence and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev82``, answers_dev82_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a man in Antananarivo who types lower case and switches between English and Malagasy inside a
  sentence (no earlier set's language), typed as it is in chats ("sakafo maraina", "sakafo
  atoandro" and "sakafo hariva" for the meals, "androany" for today, "omaly" for yesterday, "alina"
  for a night, "firy" for how many, "iza" for who, "aiza" for where), his follow-ups opened with
  "ary" (and), and English words where they come first to mind;
- a woman who types every question tersely as a chain of fields joined by ">", lower case, each
  ending in a question mark: the thing, the day, what she wants of it ("breakfast > {day} > food?"),
  her follow-ups the same way ("same > day before?");
- a vanilla curer, writing in sentences with capitals, who makes a remark from his working life
  before or after the question (the blanching vats, the sweat boxes, the drying racks, grading the
  pods by length, the growers and the buyers);
- a man who writes formal sentences with formulas of his own: "Kindly oblige me by ...", "I would be
  beholden to you for ...", some closed with "Your obedient servant.", his follow-ups opened with "Of a
  piece with this," and "Proceeding thence,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev83 life lives in Indian/Antananarivo, from Monday 16 June 2036 to 1 July; Madagascar keeps
East Africa Time (UTC+3) all year, with no summer time (zoneinfo gives one offset over all of 2036,
and so over its 16 days, 16 June to 1 July), so no clock changes inside it. Dates are written as
people in Madagascar write them: day first, with slashes, both padded, and the year in full
("16/06/2036"), or the day and month alone the same way ("16/06"); in words, the day unpadded, then
the month in Malagasy ("16 Jona"), with the year when a day may lie outside the life ("16 Jona
2036"). Weekdays are in Malagasy ("Alatsinainy", "Talata", "Alarobia", "Alakamisy", "Zoma",
"Sabotsy", "Alahady"), alone after a date in brackets, after "ny" (the), or before the slashed day.
For a day that may lie outside the life always with the year ("on 16/06/2036 (Alatsinainy)", "ny
Alatsinainy 16 Jona 2036"); for one of the days before yesterday "ny" with the weekday and the
slashed day in brackets ("ny Alarobia (18/06)"), the weekday and the slashed day ("Alarobia 18/06"),
or the date in words with the weekday in brackets ("on 18 Jona (Alarobia)"); today alone, or as
"androany" (today) with the weekday and the slashed day in brackets; yesterday alone, or as "omaly"
(yesterday) with the weekday and the slashed day in brackets. A night is named as Malagasy names it,
the night (alina) of the day it starts on running to the day it ends on ("ny alin'ny Alatsinainy ho
Talata", the night of Monday to Tuesday), with its two slashed days in brackets ("ny alin'ny
Alatsinainy ho Talata (16/06-17/06)"), or in English with its first day's weekday and slashed day
("the night of Alatsinainy 16/06"); last night alone, "last night", or as "halina" (last night) with
the English in brackets. Workouts are named with places in and around Antananarivo: Lake Anosy, the
Mahamasina stadium track and the Ivato road, the roads out to Ambohimanga and to Lake Mantasoa, the
pool at Mahamasina and Lake Mantasoa, a studio in Isoraka and the lawns by Lake Anosy, and the climbs
up the steps to the Rova and up the hill of Ambohimanga.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MG = ("Alatsinainy", "Talata", "Alarobia", "Alakamisy", "Zoma", "Sabotsy", "Alahady")
"""Malagasy weekdays."""
MONTHS = ("Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra",
          "Novambra", "Desambra")
"""Malagasy months, as dates write them ("16 Jona", 16 June)."""

NOUNS = {"run": ("run round Lake Anosy", "run on the Mahamasina stadium track", "run along the Ivato road"),
         "cycle": ("ride out to Ambohimanga and back", "ride to Lake Mantasoa", "ride along the Ivato road"),
         "swim": ("swim at the Mahamasina pool", "swim in Lake Mantasoa"),
         "yoga": ("yoga class at a studio in Isoraka", "yoga session on the lawns by Lake Anosy"),
         "climb": ("climb up the steps to the Rova", "hike up the hill of Ambohimanga")}
"""What this set's questions call a workout of each activity: places in and around Antananarivo."""

PHRASES: dict[str, list[str]] = {
    "book": ["azafady, inona ilay boky that {who} told me to read? forgot the title",
             "book > from {who} > title?",
             "Between the vats and the racks, which book did {who} say I ought to read? Something for the evenings "
             "while the beans sweat in their blankets.",
             "Kindly oblige me by naming the book that {who} urged upon me. Your obedient servant."],
    "film": ["ilay film nambaran {who}, what was its name indray?",
             "film > {who} > name?",
             "Which film did {who} tell me not to miss? The curing shed leaves me little time for the cinema.",
             "I would be beholden to you for the title of the film {who} advised me to watch."],
    "offsite": ["the offsite, {who} says nifindra, any idea which city now?",
                "offsite > new city > {who}?",
                "Where is the offsite going now, by the word of {who}? I hope it falls outside the harvest.",
                "Kindly oblige me by stating to which city, on the word of {who}, the offsite has been moved."],
    "restaurant": ["manao ahoana, the restaurant {who} told me about, inona no anarany?",
                   "restaurant > tip from {who} > name?",
                   "Which restaurant was it that {who} recommended? A long day of grading pods makes me hungry.",
                   "I would be beholden to you for the name of the restaurant {who} commended to me. Your obedient "
                   "servant."],
    "flight": ["rahoviana no tonga ny fiaramanidina of {who}? mila maka azy aho at Ivato",
               "flight > {who} > lands at?",
               "At what time is {who} landing? I have a crate of beans to drop off on the way to Ivato.",
               "Kindly oblige me by giving the hour at which {who} is expected to land."],
    "dog": ["{who} got an alika vaovao, what did they name it?",
            "dog > new one > {who} > called?",
            "What name has {who} given to the new dog? Our own sleeps under the drying racks all afternoon.",
            "I would be beholden to you for the name chosen by {who} for the dog lately acquired. Your obedient "
            "servant."],
    "launch": ["the {project} launch, {who} said naroso, to which andro now?",
               "{project} launch > moved to? > {who}",
               "Which day has the {project} launch slipped to, going by {who}? Everything waits on something, like "
               "the beans on the sun.",
               "Kindly oblige me by stating the date to which, on the authority of {who}, the {project} launch now "
               "stands postponed."],
    "age": ["firy taona ny zanakavavin {who} at her next birthday? mila mividy gift aho",
            "daughter > {who} > turning how old?",
            "What age does {who}'s daughter turn next? I mean to send her a little pot of vanilla sugar.",
            "I would be beholden to you for the age the daughter of {who} will attain at her coming birthday."],
    "podcast": ["inona ilay podcast {who} recommended? for the long taxi-brousse rides",
                "podcast > {who} > which?",
                "With the pods still sweating, which podcast did {who} put me onto? It would pass the hours spent "
                "turning beans on the racks.",
                "Kindly oblige me by naming the podcast {who} was good enough to recommend. Your obedient servant."],
    "breakfast_food": ["inona no nohaniko ho sakafo maraina {day}?",
                       "breakfast > {day} > food?",
                       "Curing season being what it is, what did I have for breakfast {day}? I was out early "
                       "checking the blanching vats.",
                       "Kindly oblige me by stating what I took at breakfast {day}."],
    "lunch_food": ["sakafo atoandro {day}, inona no nohaniko?",
                   "lunch > {day} > ate?",
                   "Before the buyers come round again, what was my lunch {day}? The sorting table kept me busy "
                   "right through midday.",
                   "I would be beholden to you for an account of what I ate at lunch {day}. Your obedient servant."],
    "dinner_food": ["inona ny sakafo hariva {day}? tsy tadidiko intsony",
                    "dinner > {day} > dishes?",
                    "While the beans dry, what did I eat for dinner {day}? By evening the whole house smells of "
                    "cured pods.",
                    "Kindly oblige me by recounting what was served at my dinner {day}."],
    "lunch_place": ["aiza aho no nisakafo atoandro {day}?",
                    "lunch > {day} > venue?",
                    "Between the vats and the racks, where did I go for lunch {day}? I remember only the rain on the "
                    "shed roof.",
                    "I would be beholden to you for the name of the place where I took lunch {day}."],
    "dinner_place": ["aiza no nisakafoako hariva {day}?",
                     "dinner > {day} > venue?",
                     "With the pods still sweating, where did I have dinner {day}? I had been weighing bundles for "
                     "the buyers all afternoon.",
                     "Kindly oblige me by naming where I dined {day}. Your obedient servant."],
    "workout_kind": ["inona ny fanatanjahantena nataoko {day}?",
                     "workout > {day} > kind?",
                     "Curing season being what it is, what sort of exercise did I do {day}? My back needs it after "
                     "bending over the racks.",
                     "I would be beholden to you for the nature of the exercise I took {day}."],
    "heart_rate": ["the {noun} {day}, firy ny average heart rate-ko?",
                   "{noun} > {day} > mean bpm?",
                   "Before the buyers come round again, what was my average heart rate on the {noun} {day}? It runs "
                   "high in the weeks the buyers come.",
                   "Kindly oblige me by giving my mean heart rate over the course of the {noun} {day}."],
    "sleep_quality": ["tsara ve ny torimasoko {night}, or was it bad?",
                      "sleep > {night} > good/bad?",
                      "While the beans dry, was my sleep {night} good or bad? I kept waking to check the drying "
                      "racks for rain.",
                      "I would be beholden to you for a verdict upon whether I slept well or ill {night}."],
    "sleep_night": ["firy ora no natory aho {night}?",
                    "sleep > {night} > hrs?",
                    "Between the vats and the racks, how long did I sleep {night}? Curing season leaves few full "
                    "nights.",
                    "Kindly oblige me by stating how many hours of sleep I had {night}. Your obedient servant."],
    "exercise_duration": ["the {noun} {day}, naharitra firy minitra?",
                          "{noun} > {day} > mins?",
                          "With the pods still sweating, how many minutes did the {noun} take {day}? I squeezed it "
                          "in between two batches.",
                          "I would be beholden to you for the length in minutes of the {noun} {day}."],
    "meeting_duration": ["ny fivoriana {title} {day}, naharitra hafiriana izy?",
                         "{title} meeting > {day} > length?",
                         "Curing season being what it is, how long did the {title} meeting go on {day}? Half the "
                         "beans were waiting to be turned.",
                         "Kindly oblige me by stating the length of the {title} meeting held {day}."],
    "distance_run": ["firy km no nihazakazahako {day}?",
                     "run > {day} > km?",
                     "Before the buyers come round again, how far did I run {day}? My legs are stiff from squatting "
                     "by the racks.",
                     "I would be beholden to you for the distance I ran {day}. Your obedient servant."],
    "distance_cycle": ["firy km ny bisikileta {day}?",
                       "ride > {day} > km?",
                       "While the beans dry, what distance did I cycle {day}? Part of it was out to a grower on the "
                       "edge of town.",
                       "Kindly oblige me by giving the distance I travelled by bicycle {day}."],
    "distance_swim": ["firy metatra no nilomanosako {day}?",
                      "swim > {day} > metres?",
                      "Between the vats and the racks, how far did I swim {day}? The water washes the smell of "
                      "vanilla off at last.",
                      "I would be beholden to you for the distance I swam {day}."],
    "attendees": ["iza avy no tonga tamin ny fivoriana {title} {day}?",
                  "{title} meeting > {day} > present?",
                  "With the pods still sweating, who was at the {title} meeting {day}? I came in late with pod dust "
                  "on my hands.",
                  "Kindly oblige me by listing those present at the {title} meeting {day}. Your obedient servant."],
    "coffee_count": ["firy kaopy kafe no nosotroiko {day}?",
                     "coffee > {day} > cups?",
                     "Curing season being what it is, how many coffees did I get through {day}? Sorting by length is "
                     "dull work without them.",
                     "I would be beholden to you for a count of the coffees I drank {day}."],
    "caffeine": ["firy mg ny caffeine rehetra {day}?",
                 "caffeine > {day} > mg total?",
                 "Before the buyers come round again, how much caffeine did I take in altogether {day}? I was up "
                 "before dawn to open the sweat boxes.",
                 "Kindly oblige me by totalling in milligrams the caffeine I consumed {day}."],
    "meeting_count": ["firy ny fivoriana nataoko {day}?",
                      "meetings > {day} > how many?",
                      "While the beans dry, how many meetings did I sit through {day}? Buyers, growers, the bank, "
                      "all in one go.",
                      "I would be beholden to you for the number of meetings I attended {day}. Your obedient "
                      "servant."],
    "km_week": ["firy km ny {activity} nataoko since alatsinainy?",
                "{activity} > since monday > km?",
                "Between the vats and the racks, how many kilometres of {activity} have I put in since Monday? The "
                "curing shed has eaten my week.",
                "Kindly oblige me by summing the kilometres of {activity} I have accomplished since Monday."],
    "workouts_week": ["firy ny workout nataoko ity herinandro ity?",
                      "workouts > this week > how many?",
                      "With the pods still sweating, how many workouts have I fitted in this week? The beans come "
                      "first in this season.",
                      "I would be beholden to you for the number of workouts I have undertaken this week."],
    "first_coffee": ["ora firy ny kafe voalohany {day}?",
                     "coffee > {day} > first at?",
                     "Curing season being what it is, when did I have my first coffee {day}? I was at the vats "
                     "before the sun was up.",
                     "Kindly oblige me by stating at what hour I took my first coffee {day}. Your obedient servant."],
    "last_coffee": ["ora firy ny kafe farany {day}?",
                    "coffee > {day} > last at?",
                    "Before the buyers come round again, when was my last coffee {day}? I wrapped the final bundles "
                    "well after dark.",
                    "I would be beholden to you for the hour of the last coffee I drank {day}."],
    "first_meeting": ["ora firy no nanomboka ny fivoriana voalohany {day}?",
                      "meetings > {day} > first starts?",
                      "What time did my earliest meeting begin {day}? The growers like to start early.",
                      "Kindly oblige me by giving the starting hour of the first of my meetings {day}."],
    "wake": ["ora firy aho no nifoha {day}?",
             "woke > {day} > time?",
             "While the beans dry, what time was I up {day}? Rain on the roof always sends me out to cover the "
             "racks.",
             "I would be beholden to you for the hour at which I awoke {day}. Your obedient servant."],
    "bedtime": ["ora firy aho no natory {night}?",
                "bedtime > {night} > when?",
                "Between the vats and the racks, what time did I turn in {night}? The last batch went into the boxes "
                "late.",
                "Kindly oblige me by stating the hour at which I went to bed {night}."],
    "dinner_on_distance": ["ilay andro {past} {km} km aho, inona no sakafo hariva?",
                           "{past} {km} km > that day > dinner?",
                           "What was for dinner on the day I {past} {km} km? I recall being tired from the sorting "
                           "as well.",
                           "I would be beholden to you for what I dined upon on the day I {past} {km} km."],
    "meeting_after_workout": ["after ny {noun} {day}, iza avy no tao amin ny fivoriana nanaraka?",
                              "{noun} {day} > next meeting > present?",
                              "Who sat in on the meeting that followed my {noun} {day}? I arrived smelling of the "
                              "shed.",
                              "Kindly oblige me by naming those present at the first meeting after my {noun} {day}."],
    "lunch_on_meeting_day": ["tamin ny andro nisy fivoriana {title}, aiza no nisakafoako atoandro?",
                             "{title} meeting > that day > lunch venue?",
                             "With the pods still sweating, on the day of the {title} meeting, where did I have "
                             "lunch? It was the week the buyers flew in.",
                             "I would be beholden to you for where I lunched on the day of the {title} meeting. Your "
                             "obedient servant."],
    "sleep_after_meeting": ["ny alina after ny fivoriana {title}, firy ora no natory aho?",
                            "{title} meeting > night after > sleep hrs?",
                            "Curing season being what it is, how long did I sleep the night after the {title} "
                            "meeting? Those talks always keep me turning.",
                            "Kindly oblige me by stating the hours I slept in the night that followed the {title} "
                            "meeting."],
    "dinner_on_said_day": ["ilay andro nilazan {who} ny {value}, inona no sakafo hariva?",
                           "{who} said {value} > that day > dinner?",
                           "Before the buyers come round again, what did I eat for dinner the day {who} brought up "
                           "{value}? I had spent it sorting pods by length.",
                           "I would be beholden to you for what I dined on upon the day that {who} spoke of {value}."],
    "compare_sleep": ["{n1} sa {n2}, aiza no lava kokoa ny torimasoko? with the ora of each",
                      "sleep > {n1} | {n2} > longer? hrs both?",
                      "Did I sleep longer {n1} or {n2}, and by how many hours each? The racks got me up both times, "
                      "I think.",
                      "Kindly oblige me by setting my sleep {n1} beside that {n2}, naming the longer and the hours "
                      "of each."],
    "compare_caffeine": ["caffeine {d1} sa {d2}, which had more? mg for both azafady",
                         "caffeine > {d1} | {d2} > more? mg both?",
                         "Was there more caffeine in me {d1} or {d2}, and how many milligrams each? Buyer days are "
                         "the worst.",
                         "I would be beholden to you for a comparison of my caffeine {d1} and {d2}, with the "
                         "milligrams of both."],
    "compare_duration": ["workout {d1} sa {d2}, which one lasted longer? minitra both",
                         "workout > {d1} | {d2} > longer? mins both?",
                         "Which workout went on longer, {d1} or {d2}, with the minutes of each? Neither was long, "
                         "with the harvest on.",
                         "Kindly oblige me by comparing the durations of my exercise {d1} and {d2}, in minutes for "
                         "both."],
    "compare_coffee_weeks": ["ity herinandro ity vs the last one, more kafe or less?",
                             "coffee > this week | last week > more/less?",
                             "While the beans dry, am I drinking more coffee this week than last, or less? The "
                             "sweating stage has me up at all hours.",
                             "I would be beholden to you for whether my coffee this week exceeds or falls short of "
                             "the week before."],
    "late_coffee_sleep": ["kafe at {t} or later, does it cut my torimaso?",
                          "coffee from {t} on > sleep > shorter?",
                          "Do I sleep less when I have coffee at {t} or after? I tend to need one to finish the "
                          "wrapping.",
                          "Kindly oblige me by saying whether coffee drunk at {t} or later diminishes my sleep. Your "
                          "obedient servant."],
    "late_dinner_sleep": ["sakafo hariva at {t} or later, does it shorten my sleep?",
                          "dinner from {t} on > sleep > less?",
                          "Between the vats and the racks, is my sleep shorter when I eat dinner at {t} or later? "
                          "Late nights in the shed push supper back.",
                          "I would be beholden to you for whether dinner at {t} or later curtails my sleep."],
    "exercise_sleep": ["do i sleep longer after workout days than rest days? tena marina ve?",
                       "sleep > after workout days | after rest days > longer?",
                       "Do I get more sleep after a day with exercise than after a day without? I wonder if the "
                       "racks tire me enough.",
                       "Kindly oblige me by saying whether my sleep is longer after days of exercise than after days "
                       "of rest."],
    "caffeine_sleep": ["after andro with {mg} mg caffeine or more, how does my sleep compare to the other nights?",
                       "sleep > after {mg}+ mg days | other days > compare?",
                       "With the pods still sweating, how does my sleep after days of {mg} mg of caffeine or more "
                       "stack up against the rest? Buyer weeks are heavy on coffee.",
                       "I would be beholden to you for a comparison of my sleep after days of {mg} mg of caffeine or "
                       "more with my sleep after the remaining days."],
    "exercise_coffee": ["amin ny andro misy workout, more kafe ve noho ny andro tsy misy?",
                        "coffee > workout days | rest days > more?",
                        "Curing season being what it is, do I drink more coffee on days I exercise than on days I do "
                        "not? Hard to tell with the curing hours.",
                        "Kindly oblige me by saying whether more coffee is drunk on my days of exercise than on the "
                        "others."],
    "fu_day_before": ["ary ny andro teo aloha?",
                      "same > day before?",
                      "And the same for the day before that? The days blur together in curing season.",
                      "Of a piece with this, kindly oblige me with the same for the preceding day."],
    "fu_meeting_length": ["ary naharitra hafiriana izany fivoriana izany?",
                          "that meeting > length?",
                          "How long did that meeting run, then? I had beans sweating the whole time.",
                          "Proceeding thence, I would be beholden to you for the length of that meeting."],
    "fu_other_day": ["ary {day}?",
                     "same > {day}?",
                     "Then {day}, how did that stand? I was at the racks that day too, I think.",
                     "Of a piece with this, I would be beholden to you for the same {day}."],
    "fu_other_person": ["ary {who} kosa?",
                        "same > {who}?",
                        "Then for {who}, how does it go? I may have heard that over the sorting table.",
                        "Proceeding thence, kindly oblige me with the same as regards {who}."],
    "fu_night_before": ["ary ny alina teo aloha?",
                        "same > night before?",
                        "Then the night before it, how was that? I was up then too, covering racks against the rain.",
                        "Of a piece with this, kindly oblige me with the same for the night preceding."],
    "fu_today": ["ary androany hatramin izao?",
                 "same > today so far?",
                 "Then how does today stand so far? I have been in the shed since first light.",
                 "Proceeding thence, I would be beholden to you for the same for today thus far."],
}
"""Every question key's templates: the mixed writer's, the chaining writer's, the vanilla curer's, the formal
writer's."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"on {_full(day)} ({MG[wd]})", f"ny {MG[wd]} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"androany ({MG[wd]} {_slash(day)})"]
    if back == 1:
        return ["yesterday", f"omaly ({MG[wd]} {_slash(day)})"]
    return [f"ny {MG[wd]} ({_slash(day)})", f"{MG[wd]} {_slash(day)}", f"on {_words(day)} ({MG[wd]})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"ny alin'ny {MG[day.weekday()]} ho {MG[after.weekday()]} ({_slash(day)}-{_slash(after)})",
               f"the night of {MG[day.weekday()]} {_slash(day)}"]
    if (today - day).days == 1:
        options += ["last night", "halina (last night)"]
    return options
