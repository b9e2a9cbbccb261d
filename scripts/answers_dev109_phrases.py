"""Question phrasings of the answers benchmark's one hundred and ninth tuning set, ``dev109`` (docs/benchmarks.md, "Answers").

``dev109`` was the held-out set until 2026-12-06, when, after its measurement at e22a96e (grounded
accuracy 0.473; worst category comparison 0.136; unsupported 0.0; abstention 0.864; p95 0.032 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev108``, answers_dev108_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young khomus (jaw harp) maker in Yakutsk, who types lower case, switching between English and
  Sakha (sakha tyla, also called Yakut, a Turkic language of the Siberian branch, spoken in the
  Republic of Sakha (Yakutia), Russia; no earlier set's language nor a close relative of one: no
  earlier set is in a Siberian Turkic language, and Uzbek, Kazakh and Azerbaijani, earlier sets'
  languages, are Turkic relatives only at a great distance, of other branches, with which Sakha is
  not mutually intelligible) inside a sentence, in Latin letters. The Sakha here is the writer's
  own approximation from the language's commonest words (question words, today, yesterday, night,
  weekdays, meals, sleep, how many, where, who); no speaker has checked it. What the set tests is
  how the planner reads English mixed with a language it has never seen;
- a tariff analyst at the heat and power utility in Yakutsk, who types every question as one
  spreadsheet formula: 'XLOOKUP' over a table's structured columns, with a product of comparisons
  for two conditions ('=XLOOKUP(1,(meals[kind]="lunch")*(meals[day]="..."),meals[food])'),
  'COUNTIFS' for counts, 'SUMIFS' for totals, 'MINIFS' and 'MAXIFS' for firsts and lasts, 'IF' over
  two 'SUMIFS' for two compared, a difference of two 'AVERAGEIFS' for habits; no question mark of
  his own, no brace; his follow-ups call 'RECALC(A1, ...)' on the cell that held the question;
- a driver on the winter ice road out of Yakutsk, who starts with a remark from his work (the
  zimnik and the frozen river crossing, the convoy, the engine pre-heater, the depot bunkhouse, the
  checkpoint, the weighbridge, dispatch, the roadside cafe) before he asks;
- a retired permafrost geologist in Yakutsk, who writes formal sentences with formulas of his own:
  "Permit me to inquire ...", often closed with "With my respectful compliments.", and his
  follow-ups "Be so good as to repeat the inquiry for ...".

Of the Sakha words, those another module holds as a word are short ordinary ones, English words or
words another language happens to share, kept (listed in the commit that wrote this set); no other
module holds "Sakha", "Yakutsk", "Yakutia", "khomus", "XLOOKUP", "COUNTIFS", "SUMIFS", "RECALC(A1",
"tariff", "zimnik", "pre-heater", "permafrost", "geologist", "Permit me to inquire", "With my
respectful compliments" or "Be so good as to repeat the inquiry", nor any of the places named below
(dev49 holds "lena" only as a Samoan word, not the river).

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev109 life lives in Asia/Yakutsk, the zone the Republic of Sakha keeps in Yakutsk, from Monday
15 December 2036 to 30 December; Yakutsk has kept Yakutsk Time (UTC+9) all year since 2014, with no
summer time (zoneinfo gives one offset over its 16 days), so no clock changes inside it. Dates are
written as people in Yakutsk write them: day first, mostly with dots, both padded, and the year in
full ("15.12.2036"), or the day and month alone the same way ("15.12"), sometimes with slashes
instead ("15/12", "15/12/2036"), as people there type them in messages; in words the day's number
before the month, in English ("15 December"), with the year after them for a day that may lie
outside the life ("15 December 2036"). Weekdays are in Sakha, with capitals: "Bennidenik" for
Monday, "Optuorunnuk", "Seereda", "Chetierg", "Beetinse", "Subuota" and "Baskyhyanna" for Sunday: a
day as its weekday and the dotted day ("Bennidenik 15.12"), as the slashed day and its weekday in
brackets ("15/12 (Bennidenik)"), as its weekday and the date in words ("Bennidenik 15 December"),
or as its weekday, "kun" (day) and the dotted day ("Bennidenik kun 15.12"); for a day that may lie
outside the life always with the year ("Bennidenik 15.12.2036", "15/12/2036 (Bennidenik)", or
"Bennidenik 15 December 2036"); today and yesterday alone, or as "bugun" (today) and "begehee"
(yesterday) with the dotted day after them. A night is named by the weekday it starts on, "tuun"
(night) and its two dotted days ("Bennidenik tuun 15.12-16.12"), or as "the tuun of" and the date
in words ("the tuun of 15 December"); last night alone, "last night", or as "begehee tuun" with its
two dotted days. No day's name ends in a dot, so that no question ends in two dots. Workouts are
named with places in Yakutia: along the Lena embankment in Yakutsk, round Lake Saysary, out along
the Vilyuy highway; to Tabaga and back, along the Tuymaada valley road, out to Pokrovsk; at the
sports pool of the university in Yakutsk and in the pool at Nizhny Bestyakh; a club hall in
Neryungri and a studio near the Mammoth Museum; a bouldering gym in Yakutsk and an indoor wall in
Mirny.
"""


from __future__ import annotations

from datetime import date, timedelta

SAKHA = ("Bennidenik", "Optuorunnuk", "Seereda", "Chetierg", "Beetinse", "Subuota", "Baskyhyanna")
"""Sakha weekdays as this set names them, Monday to Sunday, with a capital, in Latin letters (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Lena embankment in Yakutsk", "run round Lake Saysary",
                 "run out along the Vilyuy highway"),
         "cycle": ("ride to Tabaga and back", "ride along the Tuymaada valley road", "ride out to Pokrovsk"),
         "swim": ("swim at the university sports pool in Yakutsk", "swim in the pool at Nizhny Bestyakh"),
         "yoga": ("yoga class in a club hall in Neryungri", "yoga session at a studio near the Mammoth Museum"),
         "climb": ("climb at a bouldering gym in Yakutsk", "climb at an indoor wall in Mirny")}
"""What this set's questions call a workout of each activity: places in Yakutia."""

PHRASES: dict[str, list[str]] = {
    "book": ["which kinige did {who} tell me to read, aata tuokh?",
             "=XLOOKUP(\"{who}\",tblBooks[recommended_by],tblBooks[title])",
             "Past Khandyga the radio dies and the cab goes quiet for hours. Which book did {who} say I should take along?",
             "Permit me to inquire which book {who} advised me to read. With my respectful compliments."],
    "film": ["{who} tuokh kino koor dieete, film aata?",
             "=XLOOKUP(\"{who}\",tblFilms[recommended_by],tblFilms[title])",
             "Waiting in the cab for the crossing to freeze solid can take days. What film was it {who} wanted me to see?",
             "Permit me to inquire which film {who} commended to my attention."],
    "offsite": ["offsite-y {who} khanna kohorbuta, tuokh gorod?",
                "=XLOOKUP(\"{who}\",tblOffsites[moved_by],tblOffsites[town],,0,-1)",
                "Fuel depots get shifted along the route every winter without a word to us drivers. To which town did {who} move the offsite?",
                "Permit me to inquire to what town {who} has relocated the offsite. With my respectful compliments."],
    "restaurant": ["{who} khaihaabyt restaurant aata tuokh?",
                   "=XLOOKUP(1,(tblPlaces[kind]=\"restaurant\")*(tblPlaces[praised_by]=\"{who}\"),tblPlaces[name])",
                   "The cafe at the river crossing serves one soup all winter long. Which restaurant did {who} rate so highly?",
                   "Permit me to inquire the name of the restaurant that {who} praised."],
    "flight": ["{who} samolyot-ta khahan kelier, touchdown chaaha?",
               "=XLOOKUP(\"{who}\",tblFlights[passenger],tblFlights[lands_at])",
               "Planes into Yakutsk get held when ice fog settles over the runway. When does the flight {who} is on touch down?",
               "Permit me to inquire at what time the flight bearing {who} lands. With my respectful compliments."],
    "dog": ["{who} sana puppy ylbyt, aata tuokh?",
            "=XLOOKUP(1,(tblPets[owner]=\"{who}\")*(tblPets[kind]=\"puppy\"),tblPets[name])",
            "Camp dogs along the road sleep pressed against the warm bonnets. What is the name of the new puppy {who} brought home?",
            "Permit me to inquire by what name the puppy lately taken in by {who} is called."],
    "launch": ["{who} {project} launch-y khas kunugar kohorbuta? sana date",
               "=XLOOKUP(1,(tblLaunches[project]=\"{project}\")*(tblLaunches[moved_by]=\"{who}\"),tblLaunches[new_date])",
               "A convoy sits and waits whenever the crossing ice is under a metre thick. Now {who} has shunted the {project} launch, I hear. Onto which date?",
               "Permit me to inquire the date to which {who} deferred the launch of {project}. With my respectful compliments."],
    "age": ["{who} kyyha birthday-gar kas saastaah buolar?",
            "=XLOOKUP(1,(tblKids[parent]=\"{who}\")*(tblKids[sex]=\"F\"),tblKids[age])+1",
            "My own girl asks on every call how many kilometres I have left. When the daughter of {who} has her next birthday, how many years will she be?",
            "Permit me to inquire what age the daughter of {who} will attain on her coming birthday."],
    "podcast": ["{who} tuokh podcast-y ihill dieete?",
                "=XLOOKUP(\"{who}\",tblPodcasts[recommended_by],tblPodcasts[title])",
                "Twelve hours between fuel stops need something in the speakers. Which podcast was it that {who} tipped me off about?",
                "Permit me to inquire which podcast {who} proposed I should hear. With my respectful compliments."],
    "breakfast_food": ["{day} sarsyarda as tuokh ete?",
                       "=XLOOKUP(1,(tblMeals[kind]=\"breakfast\")*(tblMeals[day]=\"{day}\"),tblMeals[food])",
                       "Before a run I let the engine idle an hour and eat while it warms. What was that idling breakfast {day}?",
                       "Permit me to inquire what constituted my breakfast {day}."],
    "lunch_food": ["{day} kunnuku as tuokh ete?",
                   "=XLOOKUP(1,(tblMeals[kind]=\"lunch\")*(tblMeals[day]=\"{day}\"),tblMeals[food])",
                   "Midday on the road is whatever the crossing cafe has in its pot. What went down at midday {day}?",
                   "Permit me to inquire what made up my lunch {day}. With my respectful compliments."],
    "dinner_food": ["{day} kiehe as tuokh ete?",
                    "=XLOOKUP(1,(tblMeals[kind]=\"dinner\")*(tblMeals[day]=\"{day}\"),tblMeals[food])",
                    "Drivers eat late, once the trucks are parked with engines left running. What was on my plate that evening {day}?",
                    "Permit me to inquire of what my dinner consisted {day}."],
    "lunch_place": ["{day} kunnuku ahy khanna ahaatym?",
                    "=XLOOKUP(1,(tblMeals[kind]=\"lunch\")*(tblMeals[day]=\"{day}\"),tblMeals[place])",
                    "There are three places to eat between the depot and the river. At which one did I stop for lunch {day}?",
                    "Permit me to inquire at which place I lunched {day}. With my respectful compliments."],
    "dinner_place": ["{day} kiehe ahy khanna ahaatym?",
                     "=XLOOKUP(1,(tblMeals[kind]=\"dinner\")*(tblMeals[day]=\"{day}\"),tblMeals[place])",
                     "Some nights it is the depot canteen, some nights soup from a flask in the cab. Where did that dinner happen {day}?",
                     "Permit me to inquire where I took my dinner {day}."],
    "workout_kind": ["{day} tuokh sport ongordum, run duo swim duo?",
                     "=XLOOKUP(\"{day}\",tblWorkouts[day],tblWorkouts[kind])",
                     "After days folded up behind the wheel my back begs to move. What sort of training did I fit in {day}?",
                     "Permit me to inquire what manner of exercise I took {day}. With my respectful compliments."],
    "heart_rate": ["{day} {noun} kemiger heart rate average kas ete?",
                   "=AVERAGEIFS(tblHR[bpm],tblHR[session],\"{noun}\",tblHR[day],\"{day}\")",
                   "The medic at the checkpoint takes every driver's pulse before a run. What pulse did the watch log on average through the {noun} {day}?",
                   "Permit me to inquire the average heart rate recorded across the {noun} {day}."],
    "sleep_quality": ["{night} utuyum kuhagan duo, uchugey duo?",
                      "=XLOOKUP(\"{night}\",tblSleep[night],tblSleep[quality])",
                      "A bunk in the depot bunkhouse shakes each time a truck pulls out. Was my rest good or poor {night}?",
                      "Permit me to inquire whether my sleep was sound {night}. With my respectful compliments."],
    "sleep_night": ["{night} kas chaas utuydum?",
                    "=SUMIFS(tblSleep[hours],tblSleep[night],\"{night}\")",
                    "The rules say eight hours away from the wheel, but rest is another matter. How many hours of it did I truly get {night}?",
                    "Permit me to inquire the count of hours I slept {night}."],
    "exercise_duration": ["{day} {noun} kas minut buolla?",
                          "=SUMIFS(tblWorkouts[minutes],tblWorkouts[session],\"{noun}\",tblWorkouts[day],\"{day}\")",
                          "Every minute off the road costs me on the delivery schedule. How many minutes did the {noun} eat up {day}?",
                          "Permit me to inquire how many minutes the {noun} lasted {day}. With my respectful compliments."],
    "meeting_duration": ["{day} {title} meeting kas minut barda?",
                         "=SUMIFS(tblMeetings[minutes],tblMeetings[title],\"{title}\",tblMeetings[day],\"{day}\")",
                         "Dispatch meetings before the season opens drag on for ever. How long in minutes was the {title} {day}?",
                         "Permit me to inquire how many minutes the {title} occupied {day}."],
    "distance_run": ["{day} kas km suurdum?",
                     "=SUMIFS(tblRuns[km],tblRuns[day],\"{day}\")",
                     "Running on packed snow at minus forty is slower than it sounds. How many km did my legs carry me {day}?",
                     "Permit me to inquire what distance I ran {day}. With my respectful compliments."],
    "distance_cycle": ["{day} velosiped-ynan kas km bardym?",
                       "=SUMIFS(tblRides[km],tblRides[day],\"{day}\")",
                       "Fat tyres are the only kind that grip on the frozen river. How many km did the bike cover {day}?",
                       "Permit me to inquire the kilometres I cycled {day}."],
    "distance_swim": ["{day} basseyn-nga kas metr usthum?",
                      "=SUMIFS(tblSwims[m],tblSwims[day],\"{day}\")",
                      "After a week on the road the pool in town is the only warm water I see. What length of water did I cover in metres {day}?",
                      "Permit me to inquire how many metres I swam {day}. With my respectful compliments."],
    "attendees": ["{day} {title} meeting-ga kim baar ete?",
                  "=XLOOKUP(1,(tblMeetings[title]=\"{title}\")*(tblMeetings[day]=\"{day}\"),tblMeetings[attendees])",
                  "The convoy briefing lists every driver by name. Whose names were on the list for the {title} {day}?",
                  "Permit me to inquire who was present at the {title} {day}."],
    "coffee_count": ["{day} kas kofe istim?",
                     "=COUNTIFS(tblCoffees[day],\"{day}\")",
                     "A thermos of coffee lasts about four hours of night driving. How many of those cups went down {day}?",
                     "Permit me to inquire how many cups of coffee I drank {day}. With my respectful compliments."],
    "caffeine": ["{day} caffeine kas mg buolla?",
                 "=SUMIFS(tblCoffees[mg],tblCoffees[day],\"{day}\")",
                 "The company doctor warned us off energy drinks on the long hauls. How many mg of caffeine went into me {day}?",
                 "Permit me to inquire the total of my caffeine in milligrams {day}."],
    "meeting_count": ["{day} kas meeting baar ete?",
                      "=COUNTIFS(tblMeetings[day],\"{day}\")",
                      "Most days my only appointment is with the weighbridge clerk. What number of meetings filled my calendar {day}?",
                      "Permit me to inquire how many meetings I attended {day}. With my respectful compliments."],
    "km_week": ["bu nedelie {activity} kas km buolla?",
                "=SUMIFS(tblWorkouts[km],tblWorkouts[kind],\"{activity}\",tblWorkouts[week],\"this\")",
                "The logbook counts road kilometres by the week, and I count my training the same way. How many km of {activity} have I put in this week?",
                "Permit me to inquire the total kilometres of {activity} I have logged this week."],
    "workouts_week": ["bu nedelie kas workout ongordum?",
                      "=COUNTIFS(tblWorkouts[week],\"this\")",
                      "Between hauls I try to train at least every other day. How many sessions have I managed this week?",
                      "Permit me to inquire how many workouts I have completed this week. With my respectful compliments."],
    "first_coffee": ["{day} bastakyy kofe-ny khahan istim?",
                     "=MINIFS(tblCoffees[time],tblCoffees[day],\"{day}\")",
                     "The first cup goes down while the pre-heater warms the engine block. When was that first cup {day}?",
                     "Permit me to inquire the hour of my first coffee {day}."],
    "last_coffee": ["{day} butehik kofe-ny khahan istim?",
                    "=MAXIFS(tblCoffees[time],tblCoffees[day],\"{day}\")",
                    "The last cup of coffee on a run is usually poured at the checkpoint. At what time did I pour the last one {day}?",
                    "Permit me to inquire at what hour I drank my last coffee {day}. With my respectful compliments."],
    "first_meeting": ["{day} bastakyy meeting khahan sagalanna?",
                      "=MINIFS(tblMeetings[start],tblMeetings[day],\"{day}\")",
                      "Dispatch calls the drivers together once the route reports come in. When did the earliest meeting start {day}?",
                      "Permit me to inquire the hour at which the first of my meetings opened {day}."],
    "wake": ["{day} khahan uhuktum?",
             "=XLOOKUP(\"{day}\",tblSleep[day],tblSleep[woke])",
             "The bunkhouse alarm rings for every driver at once. At what time did I climb out of the bunk {day}?",
             "Permit me to inquire at what hour I awoke {day}. With my respectful compliments."],
    "bedtime": ["{night} khahan utuy barbytym?",
                "=XLOOKUP(\"{night}\",tblSleep[night],tblSleep[bed])",
                "Lights out at a roadside camp comes when the generator is switched off. When did I lie down to sleep {night}?",
                "Permit me to inquire at what hour I retired to bed {night}."],
    "dinner_on_distance": ["{km} km {past} kunugar kiehe as tuokh ete?",
                           "=XLOOKUP(1,(tblMeals[kind]=\"dinner\")*(tblMeals[day]=XLOOKUP(1,(tblWorkouts[verb]=\"{past}\")*(tblWorkouts[km]={km}),tblWorkouts[day])),tblMeals[food])",
                           "Hauls are paid by the kilometre, so I note down every one. What did I eat in the evening the day I {past} {km} km?",
                           "Permit me to inquire what I dined on the day I {past} {km} km. With my respectful compliments."],
    "meeting_after_workout": ["{day} {noun} kennitten meeting-ga kim baar ete?",
                              "=XLOOKUP(1,(tblMeetings[day]=\"{day}\")*(tblMeetings[start]>XLOOKUP(\"{noun}\",tblWorkouts[session],tblWorkouts[end])),tblMeetings[attendees])",
                              "After training I barely have time to change before dispatch rings. Who turned up to the meeting after the {noun} {day}?",
                              "Permit me to inquire who attended the meeting next after the {noun} {day}."],
    "lunch_on_meeting_day": ["{title} buolbut kunugar kunnuku ahy khanna ahaatym?",
                             "=XLOOKUP(1,(tblMeals[kind]=\"lunch\")*(tblMeals[day]=XLOOKUP(\"{title}\",tblMeetings[title],tblMeetings[day])),tblMeals[place])",
                             "On meeting days I eat wherever is nearest the dispatch office. Where did I lunch on the day of the {title}?",
                             "Permit me to inquire where I took lunch on the day the {title} was held. With my respectful compliments."],
    "sleep_after_meeting": ["{title} kennitten tuun kas chaas utuydum?",
                            "=XLOOKUP(XLOOKUP(\"{title}\",tblMeetings[title],tblMeetings[day]),tblSleep[day],tblSleep[hours])",
                            "A long meeting wears me out worse than a long haul. Once the {title} was over, how long did I stay asleep that night?",
                            "Permit me to inquire how many hours I slept on the night following the {title}."],
    "dinner_on_said_day": ["{who} {value} tuhunan kepseebit kunugar kiehe as tuokh ete?",
                           "=XLOOKUP(1,(tblMeals[kind]=\"dinner\")*(tblMeals[day]=XLOOKUP(1,(tblRemarks[by]=\"{who}\")*(tblRemarks[about]=\"{value}\"),tblRemarks[day])),tblMeals[food])",
                           "Over the convoy radio {who} once went on about {value}. What did I have for my evening meal on that day?",
                           "Permit me to inquire what I dined on the day when {who} spoke of {value}. With my respectful compliments."],
    "compare_sleep": ["{n1} duo {n2} duo, khannyk tuunge ordukh utuydum?",
                      "=IF(SUMIFS(tblSleep[hours],tblSleep[night],\"{n1}\")>SUMIFS(tblSleep[hours],tblSleep[night],\"{n2}\"),\"{n1}\",\"{n2}\")",
                      "Sleep comes in scraps on the winter road. Line {n1} up beside {n2}: which night gave me more of it?",
                      "Permit me to inquire on which night I slept longer: {n1}, or else {n2}."],
    "compare_caffeine": ["{d1} duo {d2} duo, khannyk kunge caffeine ordukh ete?",
                         "=IF(SUMIFS(tblCoffees[mg],tblCoffees[day],\"{d1}\")>SUMIFS(tblCoffees[mg],tblCoffees[day],\"{d2}\"),\"{d1}\",\"{d2}\")",
                         "Depot coffee is strong enough to stand a spoon in. Weighing {d1} against {d2}, which had more caffeine for me?",
                         "Permit me to inquire whether {d1} carried more caffeine than {d2} did. With my respectful compliments."],
    "compare_duration": ["{d1} duo {d2} duo, khannyk kunge sport ordukh uhun ete?",
                         "=IF(SUMIFS(tblWorkouts[minutes],tblWorkouts[day],\"{d1}\")>SUMIFS(tblWorkouts[minutes],tblWorkouts[day],\"{d2}\"),\"{d1}\",\"{d2}\")",
                         "Some weeks the road leaves no time at all to train. Which had the longer training: {d1}, or was it {d2}?",
                         "Permit me to inquire which day saw the longer exercise, {d1} when weighed with {d2}."],
    "compare_coffee_weeks": ["bu nedelie kofe ordukh duo, aaspyt nedelieten?",
                             "=IF(COUNTIFS(tblCoffees[week],\"this\")>COUNTIFS(tblCoffees[week],\"last\"),\"this\",\"last\")",
                             "This week the convoy ran straight through two nights. Have I poured myself more coffee this week than last?",
                             "Permit me to inquire whether this week's coffee exceeds that of the week preceding. With my respectful compliments."],
    "late_coffee_sleep": ["{t} kennitten kofe issem, utuyum kyra buolar duo?",
                          "=AVERAGEIFS(tblSleep[hours],tblSleep[last_coffee],\">={t}\")-AVERAGEIFS(tblSleep[hours],tblSleep[last_coffee],\"<{t}\")",
                          "Night runs mean coffee at odd hours. Does coffee at {t} or later leave me sleeping less?",
                          "Permit me to inquire whether a coffee at {t} or after it shortens my sleep."],
    "late_dinner_sleep": ["{t} kennitten kiehe as ahaatakhpyna, utuyum kyra buolar duo?",
                          "=AVERAGEIFS(tblSleep[hours],tblSleep[dinner_at],\">={t}\")-AVERAGEIFS(tblSleep[hours],tblSleep[dinner_at],\"<{t}\")",
                          "At the depot dinner is served whenever the last truck rolls in. Do dinners at {t} or later cut into my sleep?",
                          "Permit me to inquire whether dining at {t} or later leaves me less sleep. With my respectful compliments."],
    "exercise_sleep": ["sport ongordokhpuna tuunnu ordukh utuyabyn duo?",
                       "=AVERAGEIFS(tblSleep[hours],tblSleep[trained],TRUE)-AVERAGEIFS(tblSleep[hours],tblSleep[trained],FALSE)",
                       "Training out in the frost tires me more than the driving does. Do I sleep longer after the days I work out?",
                       "Permit me to inquire whether my sleep runs longer after days of exercise."],
    "caffeine_sleep": ["caffeine {mg} mg-ttan ordukh buollakhyna, utuyum kas chaas?",
                       "=AVERAGEIFS(tblSleep[hours],tblSleep[mg_before],\">={mg}\")-AVERAGEIFS(tblSleep[hours],tblSleep[mg_before],\"<{mg}\")",
                       "Some drivers swear by caffeine tablets for the dark stretch. When a day's caffeine reaches {mg} mg or beyond, how does my sleep hold up that night?",
                       "Permit me to inquire how I sleep after days when my caffeine reaches {mg} mg or above. With my respectful compliments."],
    "exercise_coffee": ["sport kunugar kofe ordukh iherbin duo?",
                        "=AVERAGEIFS(tblCoffeeDays[cups],tblCoffeeDays[trained],TRUE)-AVERAGEIFS(tblCoffeeDays[cups],tblCoffeeDays[trained],FALSE)",
                        "On training days I seem to reach for the thermos twice as often. Does a training day send me back to the coffee thermos more often?",
                        "Permit me to inquire whether I take more coffee on days when I exercise."],
    "fu_day_before": ["ol kun innine duo?",
                      "=RECALC(A1,\"day\",-1)",
                      "Roll it back one day along the road.",
                      "Be so good as to repeat the inquiry for the day preceding."],
    "fu_meeting_length": ["ol meeting kas minut barda?",
                          "=SUMIFS(tblMeetings[minutes],tblMeetings[id],A1)",
                          "Dispatch never says how long these things take. How many minutes did that meeting go on?",
                          "Permit me to inquire how many minutes that meeting lasted. With my respectful compliments."],
    "fu_other_day": ["{day} kunu tuhunan?",
                     "=RECALC(A1,\"day\",\"{day}\")",
                     "Different stretch of road, same thing to ask. Put it to {day} this time.",
                     "Be so good as to repeat the inquiry for {day}."],
    "fu_other_person": ["{who} tuhunan? kini?",
                        "=RECALC(A1,\"who\",\"{who}\")",
                        "Every driver on the radio tells it his own way. Now put it to {who}.",
                        "Be so good as to repeat the inquiry for {who}."],
    "fu_night_before": ["ol tuun innine?",
                        "=RECALC(A1,\"night\",-1)",
                        "Wind the logbook back another night.",
                        "Be so good as to repeat the inquiry for the night preceding."],
    "fu_today": ["bugun, bu chaaska dieri?",
                 "=RECALC(A1,\"day\",TODAY(),\"until\",NOW())",
                 "Same thing for today, up to this minute on the dashboard clock.",
                 "Be so good as to repeat the inquiry for today, reckoned to this hour."],
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
    wd = SAKHA[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_slash(day)}/{day.year} ({wd})", f"{wd} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"bugun {_dots(day)}"]
    if back == 1:
        return ["yesterday", f"begehee {_dots(day)}"]
    return [f"{wd} {_dots(day)}", f"{_slash(day)} ({wd})", f"{wd} {_words(day)}", f"{wd} kun {_dots(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{SAKHA[day.weekday()]} tuun {_dots(day)}-{_dots(after)}",
               f"the tuun of {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"begehee tuun {_dots(day)}-{_dots(after)}"]
    return options
