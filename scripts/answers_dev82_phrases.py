"""Question phrasings of the answers benchmark's eighty-second tuning set, ``dev82`` (docs/benchmarks.md, "Answers").

``dev82`` was the held-out set until 2026-12-05, when, after its measurement at 8d5d93b (grounded
accuracy 0.742; worst category first_last 0.318; unsupported 0.0; abstention 0.955; p95
0.012 s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev81``, answers_dev81_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young woman in Avarua who types lower case and switches between English and Cook Islands Maori
  inside a sentence (no earlier set's language), typed as it is in chats, without macrons or glottal
  stops ("kia orana", "kai popongi", "kai avatea" and "kai ahiahi" for the meals, "ra" for a day,
  "po" for a night, "teia epetoma" for this week, "e ia" for how many, "koai" for who), her follow-ups
  opened with "e" (and), and English words where they come first to mind;
- a man who types every question tersely as fields split by double slashes, lower case, no
  punctuation: the thing, the day, what he wants of it ("breakfast // {day} // what food"), his
  follow-ups the same way ("again // one day earlier");
- a pearl culturist with oyster lines in a lagoon, writing in sentences with capitals, who makes a
  remark from her working life before or after the question (the lines and buoys, the boat, grafting
  and seeding, the shells, the tides, the buyers);
- a man who writes formal sentences with formulas of his own: "Would you have the kindness to ...",
  "Might I trouble you to ...", "I should count it a favour to know ...", some closed with "With all
  due regard.", his follow-ups opened with "Further to this," and "On the same footing,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev82 life lives in Pacific/Rarotonga, from Monday 9 June 2036 to 24 June; the Cook Islands
keep Cook Islands Time (UTC-10) all year, with no summer time (zoneinfo gives one offset over all of
2036, and so over its 16 days, 9 June to 24 June), so no clock changes inside it. Dates are written as
people in the Cook Islands write them: day first, with slashes, both padded, and the year in full
("09/06/2036"), or the day and month alone the same way ("09/06"); in words, the day unpadded, then
the month in Cook Islands Maori ("9 Tiunu"), with the year when a day may lie outside the life ("9
Tiunu 2036"). Weekdays are in Cook Islands Maori, typed without macrons or glottal stops ("Monire",
"Ruirua", "Ruitoru", "Paraparau", "Varaire", "Maanakai", "Tapati"), alone after a date in brackets,
after "i te" (on the), or before the slashed day. For a day that may lie outside the life always with
the year ("on 09/06/2036 (Monire)", "i te Monire, 9 Tiunu 2036"); for one of the days before yesterday
"i te" with the weekday and the slashed day in brackets ("i te Ruitoru (11/06)"), the weekday and the
slashed day ("Ruitoru 11/06"), or the date in words with the weekday in brackets ("on 11 Tiunu
(Ruitoru)"); today alone, or as "i teia ra" (this day) with the weekday and the slashed day in
brackets; yesterday alone, or as "nanai" (yesterday) with the weekday and the slashed day in
brackets. A night is named as Cook Islands Maori names it, the night (po) of the day it starts on
running to the day it ends on ("te po o Monire ki Ruirua", the night of Monday to Tuesday), with its
two slashed days in brackets ("te po o Monire ki Ruirua (09/06-10/06)"), or in English with its first
day's weekday and slashed day ("the night of Monire 09/06"); last night alone, "last night", or as "i
te po nanai" (last night) with the English in brackets. Workouts are named with places in and around
Avarua: the Avarua seafront, the back road (Ara Metua) and the beach at Muri, the coast road (Ara
Tapu) round the island and the roads out to Muri and to Arorangi, the lagoon at Muri and the one at
Aroa, a studio in Avarua and the beach at Titikaveka, and the climbs to Te Rua Manga (the Needle) and
up Raemaru.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CK = ("Monire", "Ruirua", "Ruitoru", "Paraparau", "Varaire", "Maanakai", "Tapati")
"""Cook Islands Maori weekdays, typed without macrons or glottal stops."""
MONTHS = ("Tianuare", "Pepueri", "Mati", "Aperira", "Me", "Tiunu", "Tiurai", "Aukuso", "Tepetema", "Okotopa",
          "Noema", "Titema")
"""Cook Islands Maori months, as dates write them ("9 Tiunu", 9 June)."""

NOUNS = {"run": ("run along the Avarua seafront", "run on the back road (Ara Metua)", "run on the beach at Muri"),
         "cycle": ("ride round the island on the Ara Tapu", "ride out to Muri and back", "ride to Arorangi and back"),
         "swim": ("swim in the lagoon at Muri", "swim in the lagoon at Aroa"),
         "yoga": ("yoga class at a studio in Avarua", "yoga session on the beach at Titikaveka"),
         "climb": ("climb up to Te Rua Manga (the Needle)", "scramble up Raemaru")}
"""What this set's questions call a workout of each activity: places in and around Avarua."""

PHRASES: dict[str, list[str]] = {
    "book": ["kia orana, which book was {who} telling me to read? the title has gone right out of my mimi head",
             "book // {who} recommended // title",
             "Which book did {who} tell me to get hold of? I read on the boat between checking the oyster lines.",
             "Would you have the kindness to name the book {who} commended to my reading? With all due regard."],
    "film": ["ko te film tera a {who} i recommend mai, what was it called?",
             "film // {who} said watch // which one",
             "What was that film {who} kept on about? Something to watch once the grafting season is done.",
             "Might I trouble you to recall which film {who} pressed me to see?"],
    "offsite": ["the offsite, {who} said it's moving, to which city now? kare au i kite",
                "offsite // moved where // per {who}",
                "According to {who}, which city is the offsite off to now? I hope it is not in spat season.",
                "It would gladden me to know to which city the offsite is removed, as {who} has it."],
    "restaurant": ["kia orana, the kai place {who} suggested, what's the name of it?",
                   "restaurant // {who} suggested // name",
                   "What restaurant was it that {who} put to me? After a day on the lagoon I could eat a whole "
                   "parrotfish.",
                   "Would you have the kindness to give me the name of the eating place {who} put forward?"],
    "flight": ["what time does the plane of {who} land? au ka aere ki te airport",
               "flight // {who} // landing time",
               "When does {who} come down at the airport? I must tie up the boat before I drive over.",
               "Might I trouble you for the hour at which {who} is due to land? With all due regard."],
    "dog": ["{who} got a new puppy, what's its ingoa again?",
            "new dog // {who} // its name",
            "The new dog over at {who}'s place, what do they call it? Ours barks at every buoy that drifts in.",
            "It would gladden me to learn the name {who} bestowed upon the newly acquired dog."],
    "launch": ["{project} launch, {who} said it got pushed, to what ra now?",
               "{project} launch // new date // per {who}",
               "To what day has {who} said the {project} launch is pushed back? Nothing keeps to schedule, oysters "
               "included.",
               "Would you have the kindness to state the date to which, per {who}, the {project} launch is now "
               "deferred?"],
    "age": ["the tamaine of {who}, how old is she turning? ka aere au ki tana birthday",
            "daughter of {who} // age next birthday",
            "How old will {who}'s daughter be at her next birthday? I have a small pearl put by for her.",
            "Might I trouble you to say what age the daughter of {who} is about to reach? With all due regard."],
    "podcast": ["the podcast {who} recommended, which one was it? for the drive round the island",
                "podcast // {who} recommended // which",
                "Which podcast did {who} steer me to for the long hours on the boat? The lagoon is quiet company.",
                "It would gladden me to know which podcast {who} saw fit to recommend."],
    "breakfast_food": ["what was my kai popongi {day}? kare au e maara",
                       "breakfast // {day} // what food",
                       "What did I eat for breakfast {day}, before I went out to the lines?",
                       "Would you have the kindness to tell me what my breakfast consisted of {day}?"],
    "lunch_food": ["kai avatea {day}, what did i eat? tell me please",
                   "lunch // {day} // what eaten",
                   "What did I eat for lunch {day}, out among the oyster lines? I ate it on the boat, I think, with "
                   "salt on my hands.",
                   "Might I trouble you to say what I had at midday {day}? With all due regard."],
    "dinner_food": ["kai ahiahi {day}, what dishes did i have?",
                    "dinner // {day} // dishes",
                    "What made up my dinner {day}? By evening I smell of the lagoon and hardly notice what I eat.",
                    "It would gladden me to know the dishes of my evening meal {day}."],
    "lunch_place": ["where did i go for kai avatea {day}? te ingoa o te place",
                    "lunch // {day} // which place",
                    "Where did I take my lunch {day}, once the boat was tied up at the harbour?",
                    "Would you have the kindness to tell me where I lunched {day}?"],
    "dinner_place": ["where did i have my kai ahiahi {day}? the place please",
                     "dinner // {day} // where eaten",
                     "Where did I sit down to dinner {day} after the boat came in? The evening is a blur of nets.",
                     "Might I trouble you to name the establishment at which I dined {day}? With all due regard."],
    "workout_kind": ["kia orana, what exercise was it {day}? run, swim, ride, what?",
                     "exercise // {day} // what type",
                     "What sort of workout did I manage {day}? Hauling lines is exercise, but not the kind the "
                     "tracker counts.",
                     "It would gladden me to know what form my exercise took {day}."],
    "heart_rate": ["my average heart rate on the {noun} {day}, e ia bpm?",
                   "{noun} // {day} // avg bpm",
                   "Diving on the lines keeps my pulse slow. What did my heart average, beat by beat, through the "
                   "{noun} {day}?",
                   "Would you have the kindness to give the average rate of my heartbeat across the {noun} {day}?"],
    "sleep_quality": ["did i moe well {night} or badly? tell me straight",
                      "sleep // {night} // good or poor",
                      "Was my sleep {night} good or poor, with the swell knocking the buoys about?",
                      "Might I trouble you to judge whether my sleep {night} was good or poor?"],
    "sleep_night": ["e ia hours of moe did i get {night}?",
                    "sleep // {night} // hours",
                    "The boat goes out at dawn, so I count every hour of rest. How many did I sleep {night} by the "
                    "tracker?",
                    "It would gladden me to know the number of hours I slept {night}. With all due regard."],
    "exercise_duration": ["the {noun} {day}, e ia minutes was it?",
                          "{noun} // {day} // minutes",
                          "How many minutes did the {noun} {day} take me, shorter than a dive shift on the shells?",
                          "Would you have the kindness to state in minutes how long the {noun} {day} ran?"],
    "meeting_duration": ["the {title} meeting {day}, how long did it drag on for, from start to end? auee, endless",
                         "{title} meeting // {day} // duration",
                         "How long did the {title} meeting drag out {day}? I could have seeded a dozen shells in "
                         "that time.",
                         "Might I trouble you to say what span of time the {title} meeting occupied {day}?"],
    "distance_run": ["e ia km did i run {day}? my legs are sore",
                     "run // {day} // km",
                     "My legs are stronger in the water than on the road. How many kilometres of running did they "
                     "manage {day}?",
                     "It would gladden me to know how many kilometres I covered on foot, running, {day}."],
    "distance_cycle": ["the bike ride {day}, e ia km did i go?",
                       "ride // {day} // distance",
                       "How far did I pedal {day}, along a coast road flat enough but with the wind off the reef "
                       "against me?",
                       "Would you have the kindness to give the distance I covered by bicycle {day}? With all due "
                       "regard."],
    "distance_swim": ["how far did i swim {day}, out past the ava or not?",
                      "swim // {day} // how far",
                      "Further than out to the first line of buoys, I hope: what distance did I swim {day}?",
                      "Might I trouble you to state how great a distance I swam {day}?"],
    "attendees": ["koai was at the {title} meeting {day}? list them",
                  "{title} meeting // {day} // who came",
                  "Who turned up to the {title} meeting {day}? I was still rinsing nets when it began.",
                  "It would gladden me to know the names of all who sat in the {title} meeting {day}."],
    "coffee_count": ["e ia coffees did i have {day}? too many i think",
                     "coffee // {day} // how many cups",
                     "How many coffees went down {day}, counting the thermos on the boat as one?",
                     "Would you have the kindness to count the cups of coffee I drank {day}?"],
    "caffeine": ["how much caffeine in total {day}? in mg please",
                 "caffeine // {day} // total mg",
                 "Early starts on the lagoon need a good deal of it: what did my caffeine add up to {day}, in "
                 "milligrams?",
                 "Might I trouble you to total my caffeine intake {day}, in milligrams? With all due regard."],
    "meeting_count": ["e ia meetings did i have {day}?",
                      "meetings // {day} // count",
                      "How many meetings took me away from the oysters {day}?",
                      "It would gladden me to know the count of the meetings I attended {day}."],
    "km_week": ["since monire, e ia km of {activity} have i done?",
                "{activity} // since monday // km",
                "How many kilometres of {activity} have I logged since Monday, with the farm keeping me this busy?",
                "Would you have the kindness to sum the kilometres of {activity} I have done since Monday?"],
    "workouts_week": ["teia epetoma, e ia workouts have i done so far?",
                      "workouts // this week // count",
                      "How many workouts have I fitted in this week, between trips out to the lines?",
                      "Might I trouble you to tell me how many workouts I have done this week?"],
    "first_coffee": ["my first kaope {day}, what time was it?",
                     "coffee // {day} // first one when",
                     "When did the first coffee reach my hands {day}? It is usually before the tide turns.",
                     "It would gladden me to know the hour of my first coffee {day}. With all due regard."],
    "last_coffee": ["my last kaope {day}, what time did i have it? i'm asking for my sleep",
                    "coffee // {day} // last one when",
                    "When did I drink the last coffee of {day}? I had one with the buyer from Auckland, I think.",
                    "Would you have the kindness to tell me the hour of my last coffee {day}?"],
    "first_meeting": ["kia orana, when did the first meeting of my ra start {day}?",
                      "meetings // {day} // first start time",
                      "At what hour did my first meeting begin {day}, with me barely back from the lines?",
                      "Might I trouble you for the starting hour of my earliest meeting {day}?"],
    "wake": ["what time did i get up {day}, before the moa crowed maybe?",
             "wake-up // {day} // time",
             "When did I get out of bed {day}? Tide and weather set my alarm more than the clock does.",
             "It would gladden me to know at what hour I woke {day}."],
    "bedtime": ["what time did i go to moe {night}? late, i bet",
                "bed // {night} // time",
                "At what time did I turn in {night}? I was sorting pearls by lamplight for a while.",
                "Would you have the kindness to tell me the hour I retired to bed {night}? With all due regard."],
    "dinner_on_distance": ["the ra when i {past} {km} km, what was my kai ahiahi?",
                           "{past} {km} km day // dinner // what",
                           "What was on my dinner plate on the day I {past} {km} km? The lagoon work on top of that "
                           "leaves me ravenous.",
                           "Might I trouble you to say what I ate in the evening on the day I {past} {km} km?"],
    "meeting_after_workout": ["after my {noun} {day}, koai was at the meeting that came next?",
                              "{noun} {day} // next meeting // who attended",
                              "Who sat in the meeting that came straight after my {noun} {day}? I probably still had "
                              "salt in my hair.",
                              "It would gladden me to know the names of those at whatever meeting came after my "
                              "{noun} {day}."],
    "lunch_on_meeting_day": ["the ra of the {title} meeting, where did i go for kai avatea?",
                             "{title} meeting day // lunch // where",
                             "On the day of the {title} meeting, where did I find my lunch? I would have rushed it "
                             "between the boat and the office.",
                             "Would you have the kindness to tell me where I lunched on the day the {title} meeting "
                             "was held?"],
    "sleep_after_meeting": ["the po after the {title} meeting, e ia hours did i moe?",
                            "night after {title} meeting // sleep hours",
                            "What did my sleep come to on the night after the {title} meeting? Meetings tire me more "
                            "than diving.",
                            "Might I trouble you to state the hours I slept on the night following the {title} "
                            "meeting?"],
    "dinner_on_said_day": ["the ra {who} talked about {value}, what was my kai ahiahi?",
                           "day {who} mentioned {value} // dinner // what",
                           "On the day {who} brought up {value}, what did I have for dinner once I was back late "
                           "from the farm?",
                           "It would gladden me to know what I supped on the day {who} made mention of {value}."],
    "compare_sleep": ["{n1} or {n2}, which po did i sleep longer? hours for both",
                      "sleep // {n1} vs {n2} // longer, hours each",
                      "Which gave me the longer sleep, {n1} or {n2}? Give me the hours for both; the tides were "
                      "different each time.",
                      "Would you have the kindness to say whether {n1} or {n2} gave me the longer sleep, with the "
                      "hours of both?"],
    "compare_caffeine": ["{d1} or {d2}, which ra had more caffeine? the mg for each",
                         "caffeine // {d1} vs {d2} // more, mg each",
                         "Which day put more caffeine into me, {d1} or {d2}, and what were the milligrams of each? "
                         "Harvest days run on it.",
                         "Might I trouble you to compare my caffeine {d1} and {d2}, naming the greater and the "
                         "milligrams of each?"],
    "compare_duration": ["my workout {d1} or {d2}, which one went longer? give me both in minutes",
                         "workout // {d1} vs {d2} // longer, minutes each",
                         "Between {d1} and {d2}, which day's workout ran on longer, and for how many minutes each?",
                         "It would gladden me to know which exercise lasted the longer, that of {d1} or that of "
                         "{d2}, with the minutes of both."],
    "compare_coffee_weeks": ["teia epetoma, more coffee than last week or less?",
                             "coffee // this week vs last // more or less",
                             "Has my coffee gone up or down this week against last? The buyers' visit had me brewing "
                             "pot after pot.",
                             "Would you have the kindness to say whether I have drunk more or less coffee this week "
                             "than last?"],
    "late_coffee_sleep": ["kaope at {t} or later, does my moe get shorter?",
                          "coffee {t} or later // sleep // less",
                          "Does coffee at {t} or later cut into my sleep? I would like to know before the next night "
                          "shift on the boat.",
                          "Might I trouble you to say whether coffee taken at {t} or later shortens my sleep? With "
                          "all due regard."],
    "late_dinner_sleep": ["if my kai ahiahi is at {t} or later, is my sleep shorter?",
                          "dinner {t} or later // sleep // shorter",
                          "After a dinner eaten at {t} or later, is my sleep any shorter? Late dinners are common in "
                          "harvest weeks.",
                          "It would gladden me to know if eating my evening meal at {t} or later robs me of sleep."],
    "exercise_sleep": ["on the ra i exercise, do i moe longer than on rest days?",
                       "sleep // workout days vs rest days // longer",
                       "After days with a workout, is my sleep longer than after days with none? The lagoon work "
                       "alone never seems to count.",
                       "Would you have the kindness to say whether my sleep runs longer after days with exercise "
                       "than after days of rest?"],
    "caffeine_sleep": ["days with {mg} mg caffeine or more, how is my sleep compared with other days?",
                       "sleep // after {mg}+ mg caffeine days vs others",
                       "Set my sleep after days of {mg} mg of caffeine or more beside my sleep after other days: how "
                       "do they differ?",
                       "Might I trouble you to lay my sleep following days of {mg} mg or more of caffeine alongside "
                       "my sleep following all other days?"],
    "exercise_coffee": ["do i drink more coffee on workout days than rest days?",
                        "coffee // workout days vs rest days // more",
                        "On days I work out, do I drink more coffee than on days I do not? Out on the water I just "
                        "drink whatever is in the flask.",
                        "It would gladden me to know if the days I take exercise see more coffee drunk than the days "
                        "I do not."],
    "fu_day_before": ["e the ra before that?",
                      "again // one day earlier",
                      "And the day before that one, going back a tide? I lose track of days out on the lagoon.",
                      "Along the same line, would you have the kindness to give the same for the day before?"],
    "fu_meeting_length": ["e that meeting, e ia minutes long?",
                          "that meeting // how long",
                          "How long did that meeting last, then? Longer than a dive, I would wager.",
                          "In the same connexion, might I trouble you for the length of that meeting?"],
    "fu_other_day": ["e {day}, same thing?",
                     "again // {day}",
                     "And {day}, the same? I had a boat to mend that day, I think.",
                     "Along the same line, it would gladden me to have the same for {day}."],
    "fu_other_person": ["e what about {who}? same patai",
                        "again // {who} instead",
                        "And the same for {who}? They came by the farm last month.",
                        "In the same connexion, would you have the kindness to give the same for {who}?"],
    "fu_night_before": ["e the po before that one?",
                        "again // night before",
                        "And the night before, when the wind was up and the lines were singing?",
                        "Along the same line, might I trouble you for the same for the night before?"],
    "fu_today": ["e teia ra, so far?",
                 "again // today so far",
                 "And for today, so far? I have only just come in off the water.",
                 "In the same connexion, it would gladden me to have the same for today so far."],
}
"""Every question key's templates: the mixed writer's, the slashing writer's, the pearl culturist's, the formal
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
        return [f"on {_full(day)} ({CK[wd]})", f"i te {CK[wd]}, {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"i teia ra ({CK[wd]} {_slash(day)})"]
    if back == 1:
        return ["yesterday", f"nanai ({CK[wd]} {_slash(day)})"]
    return [f"i te {CK[wd]} ({_slash(day)})", f"{CK[wd]} {_slash(day)}", f"on {_words(day)} ({CK[wd]})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"te po o {CK[day.weekday()]} ki {CK[after.weekday()]} ({_slash(day)}-{_slash(after)})",
               f"the night of {CK[day.weekday()]} {_slash(day)}"]
    if (today - day).days == 1:
        options += ["last night", "i te po nanai (last night)"]
    return options
