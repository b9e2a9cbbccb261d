"""Question phrasings of the answers benchmark's sixty-first tuning set, ``dev61`` (docs/benchmarks.md, "Answers").

``dev61`` was the held-out set until 2026-12-05, when, after its measurement at b2bbf3f (grounded
accuracy 0.833; worst category follow-up 0.591; unsupported 0.008; abstention 0.909; p95 0.036 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev60``, answers_dev60_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young games tester at a games studio on Södermalm who types lower case and switches between
  English and a language of that country inside a sentence (no earlier set's), in its ordinary typed
  spelling as people in Sweden type it on a phone (with å, ä and ö, "mej" for me and "va" for what
  as people say them, "käkade" for ate as friends say it, "lunchade" for had lunch, a person's thing
  as "... till" and the name or "... som" and the name rather than a genitive, a meeting's title or
  a project joined to the definite noun with a hyphen): "vad" and "va" for what, "vad för slags" for
  what kind, "vilken" for which, "vilka" for who of several, "var" for where, "när" for when, "hur
  dags" for at what time, "hur många" for how many, "hur mycket" for how much, "hur länge" for how
  long, "hur långt" for how far, "vad heter" for what is it called, "hur" for how, "jag" for I,
  "min" and "mitt" for my, "dagen då" and "dagen när" for the day that, "dagen innan" and "natten
  innan" for the day and the night before, "natten efter" for the night after, "idag" for today,
  "hittills" for so far, "den här veckan" and "förra veckan" for this week and last week, "frukost"
  and "middag" for breakfast and dinner, "åt" and "käkade" for ate, "drack" and "dricker" for drank
  and drink, "kaffe" and "koppar" for coffee and cups, "koffein" for caffeine, "fick i mej" for took
  in, "sov" and "sover" for slept and sleep, "vaknade" for woke, "gick och la mej" for went to bed,
  "sprang", "cyklade" and "simmade" for ran, cycled and swam, "träning" and "träningspass" for
  training and workouts, "tränat" for worked out, "körde" for did, "vilodagar" for rest days,
  "snittpuls" for the average heart rate, "höll ... på" for lasted, "började" for began, "landar"
  for lands, "flyttats" and "skjutits upp" for been moved and put back, "sa" for said, "tipsade ...
  om" for recommended, "pratade om" for talked about, "testa" for try, "se" for watch, "den nya
  hunden" for the new dog, "dottern" for the daughter, "podd" for podcast, "bok" for book, "möte",
  "mötet" and "möten" for a meeting, the meeting and meetings, "första" and "sista" for first and
  last, "längre", "längst", "kortare", "mer" and "mindre" for longer, longest, shorter, more and
  less, "än" for than, "eller" for or, "och" for and, "efter" for after, "med" for with, "jämfört
  med" for compared with, "enligt" for according to, "för båda" for of both, "samma fråga" for the
  same question, "och ... då?" for and what about;
- a doctoral student in fluid mechanics at KTH who types as she labels the axes of her plots: lower
  case, the fewest words, the quantity asked for, a comma, its day, night, person or condition, and
  then the form of the answer she wants in square brackets at the end, its unit or its kind, as an
  axis label carries its unit ("[h]", "[min]", "[km]", "[bpm]", "[mg]", "[hh:mm]", "[cups]", "[n]",
  "[date]", "[years]", "[place]", "[food]", "[title]", "[name]", "[names]", "[type]",
  "[good/poor]"), and a question mark ("lunch, {day} [place]?", "sleep duration, {night} [h]?"),
  "vs" between what a comparison or a habit sets side by side and both units and the winner in the
  brackets ("sleep, {n1} vs {n2} [h each, longer one]?"), "ditto" to open a follow-up that asks the
  same of another day, night or person ("ditto, {who}?");
- a tram driver on the Djurgården line in Stockholm, writing in sentences with capitals, who makes
  a remark from his working life before or after the question ("the tram", "the cab", "line 7",
  "the depot", "Nybroplan", "Waldemarsudde", "the early shift", "the late shift", "a double shift",
  "the points", "rails", "the platforms", "the flask in the cab", "the timetable", "the return
  trip", "my uniform", "tourists", "the December dark");
- a retired administrative officer of the County Administrative Board in Stockholm who writes formal
  sentences with the formulas of a letter from a government office in Sweden as they come out in
  English ("I would like to take part of", "Kindly return with", "Please notify me of", "I ask to
  have it clarified"), some of them closed with "Grateful for a swift reply." or "With kind
  regards.", his follow-ups opened with "As a complement to my previous question," and "In
  connection with the above,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev61 life lives in Europe/Stockholm, from Monday 3 December 2035; Sweden keeps Central
European Summer Time (UTC+2) from 25 March to 28 October 2035 and Central European Time (UTC+1)
outside it (zoneinfo gives two offsets over all of 2035, and one, UTC+1, over its 16 days, to 18
December), so no clock changes inside it. Dates are written as people in Sweden write Gregorian
dates in English, day first or year first: in the international form the country's own standard
made its everyday date, on forms, receipts and letters ("2035-12-04"), slashed, day first and not
zero-padded, as people there write a date by hand or in a message ("4/12", with the year after a
space: "4/12 2035"), and the day as an ordinal with a colon before its ending, as the country's own
language writes ordinals and as its speakers carry them into English ("the 4:th", "the 1:st", "the
2:nd", "the 3:rd"). For a day that may lie outside the life always with the month and the year ("on
Tuesday 2035-12-04", "on the 4:th of December 2035", "Tuesday 4/12 2035"); for one of the days
before yesterday the weekday "the" ordinal ("Saturday the 8:th"), the weekday and the full date
("Saturday 2035-12-08"), or the weekday, a comma and the slashed day ("Saturday, 8/12"), or, two
days back, "the day before yesterday" with its ordinal after a comma ("the day before yesterday,
the 8:th"); today alone, with its ordinal ("today, the 10:th") or with its full date ("today,
2035-12-10"); yesterday alone, with its weekday and ordinal ("yesterday, Sunday the 9:th") or with
its full date ("yesterday, 2035-12-09"). A night is named by the day it runs towards, as people in
Sweden name a night, "the night towards" the next weekday and its slashed day ("the night towards
Sunday 9/12"), or by both its days, "between" the one and the next, with their weekdays and slashed
days ("the night between Saturday 8/12 and Sunday 9/12") or with their ordinals ("the night between
the 8:th and the 9:th", the months named where it crosses one); last night alone or with the day
it ran towards ("last night, towards Monday the 10:th"). Day and night names of a first draft that
the disjointness check found shared with other sets ("the night between" a weekday "and" the next;
today with its full date in brackets; yesterday with its weekday and slashed day in brackets;
"last" weekday with its slashed day in brackets; yesterday with its slashed day after a comma;
"last" weekday with its slashed day after a comma) were reworded, as were the tram driver's
questions and a few of the other voices' trailing fragments that were word for word a sentence of
an earlier set's template (no sentence of this set's templates is). Workouts are named with places
in Stockholm: Djurgården, Norr Mälarstrand, Årstaviken, Lidingö, Brunnsviken, the Nacka reserve,
Eriksdalsbadet, Forsgrénska badet, Centralbadet, a studio on Södermalm, a studio in Vasastan, a
bouldering gym in Sickla and a climbing hall in Solna.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run round Djurgården", "jog along Norr Mälarstrand", "run round Årstaviken"),
         "cycle": ("bike ride out to Lidingö", "ride round Brunnsviken", "ride through the Nacka reserve"),
         "swim": ("swim at Eriksdalsbadet", "swim at Forsgrénska badet", "swim at Centralbadet"),
         "yoga": ("yoga class at a studio on Södermalm", "yoga session at a studio in Vasastan"),
         "climb": ("bouldering session at a gym in Sickla", "climb at a climbing hall in Solna")}
"""What this set's questions call a workout of each activity: places in Stockholm."""

PHRASES: dict[str, list[str]] = {
    "book": ["vilken bok tipsade {who} mej om? i totally forgot the title",
             "book recommended, {who} [title]?",
             "Which book was it that {who} told me to read on my breaks at the depot?",
             "I would like to take part of the title of the book that {who} recommended to me."],
    "film": ["{who} sa att jag måste se en film, which one was it again?",
             "film to watch, per {who} [title]?",
             "The late shift ends after the cinemas close anyway. What was the film {who} wanted me to see?",
             "Kindly return with information as to which film {who} advised me to see. Grateful for a swift"
             " reply."],
    "offsite": ["enligt {who} har offsiten flyttats, but where to?",
                "offsite, new location per {who} [place]?",
                "Where has the offsite been moved to, going by what {who} said? I will have to swap a shift"
                " for it.",
                "Please notify me of the place to which, according to {who}, the offsite has been moved."],
    "restaurant": ["vilken restaurang tyckte {who} att vi skulle testa? just the name",
                   "restaurant to try, per {who} [name]?",
                   "Which restaurant was it that {who} wanted us to try? Somewhere along line 7, perhaps.",
                   "I ask to have it clarified which restaurant {who} proposed that we try. With kind regards."],
    "flight": ["hur dags landar {who}? i need the exact minute",
               "flight landing, {who} [hh:mm]?",
               "When is the plane with {who} on it due to land? If I hand the tram over on time I can take the"
               " train out to Arlanda.",
               "I would like to take part of the time at which the flight of {who} is due to land."],
    "dog": ["vad heter den nya hunden som {who} har skaffat? it's sooo cute",
            "new dog, {who} [name]?",
            "Half the dogs on Djurgården ride my tram. What name has the new dog of {who} been given?",
            "Kindly return with the name of the new dog that {who} has acquired."],
    "launch": ["{who} sa att {project}-launchen har skjutits upp, to which date?",
               "{project} launch, new date per {who} [date]?",
               "{who} told me the {project} launch had been pushed back, but to which date? I put in for my days"
               " off weeks ahead.",
               "Please notify me of the new date of the {project} launch, as {who} stated it. Grateful for a"
               " swift reply."],
    "age": ["dottern till {who}, how old is she turning on her birthday?",
            "daughter of {who}, age at birthday [years]?",
            "The children wave at the cab every morning. What age is the daughter of {who} turning, come her"
            " birthday?",
            "I ask to have it clarified what age the daughter of {who} will reach on her birthday."],
    "podcast": ["vilken podd tipsade {who} om? need something for the pendeltåg",
                "podcast recommended, {who} [title]?",
                "Which podcast did {who} think would suit the quiet stretch out to Waldemarsudde?",
                "I would like to take part of the name of the podcast that {who} recommended. With kind"
                " regards."],
    "breakfast_food": ["vad åt jag till frukost {day}? i seriously can't remember",
                       "breakfast, {day} [food]?",
                       "What did I have for breakfast {day}, before the first tram left the depot?",
                       "Kindly return with information as to what I ate for breakfast {day}."],
    "lunch_food": ["va käkade jag till lunch {day}? only the food pls",
                   "lunch eaten, {day} [food]?",
                   "My break on line 7 is twenty minutes at best. What was it I ate for lunch {day}?",
                   "Please notify me of what I had for lunch {day}."],
    "dinner_food": ["{day}, vad blev det till middag? what did i actually eat",
                    "dinner, {day} [food]?",
                    "What did I eat at dinner {day}, after handing the tram over to the late shift?",
                    "I ask to have it clarified what I ate for dinner {day}. Grateful for a swift reply."],
    "lunch_place": ["var lunchade jag {day}? need the name of the ställe",
                    "lunch, {day} [place]?",
                    "Where did I take my lunch break {day}? Somewhere near the end of the line, I suppose.",
                    "I would like to take part of information on where I had lunch {day}."],
    "dinner_place": ["where did i eat {day}, middag alltså?",
                     "dinner location, {day} [place]?",
                     "Where was it that I sat down to dinner {day}? My feet were still frozen from clearing the"
                     " points.",
                     "Kindly return with information as to where I had dinner {day}."],
    "workout_kind": ["vad för slags träning körde jag {day}? running, cykel or something else?",
                     "workout, {day} [type]?",
                     "Sitting in the cab all day is no exercise. Which kind of workout did I manage to fit in {day}?",
                     "Please notify me of the kind of exercise I carried out {day}."],
    "heart_rate": ["vad var min snittpuls on the {noun} {day}?",
                   "mean heart rate, {noun} {day} [bpm]?",
                   "On the {noun} {day}, what was my heart rate on average? It stays calm even when tourists"
                   " step out in front of the tram.",
                   "I ask to have it clarified what my average heart rate was during the {noun} {day}."],
    "sleep_quality": ["hur sov jag {night}, good or bad?",
                      "sleep quality, {night} [good/poor]?",
                      "Was my sleep good or poor {night}? The early shift pulls out of the depot before five.",
                      "I would like to take part of information on the quality of my sleep {night}."],
    "sleep_night": ["hur många timmar sov jag {night}? ärligt, i have no idea",
                    "sleep duration, {night} [h]?",
                    "How many hours of sleep did I manage {night}? The alarm for the early shift is merciless.",
                    "Kindly return with the number of hours that I slept {night}. With kind regards."],
    "exercise_duration": ["hur länge höll min {noun} på {day}? give me the minutes",
                          "duration, {noun} {day} [min]?",
                          "How many minutes did the {noun} {day} keep me going? Longer than a round trip out to"
                          " Waldemarsudde, I hope.",
                          "Please notify me of the number of minutes that the {noun} {day} lasted."],
    "meeting_duration": ["how long höll {title}-mötet på {day}?",
                         "duration, {title} meeting {day} [min]?",
                         "How long did the {title} meeting {day} drag on? It felt as long as a whole late shift.",
                         "I ask to have it clarified how long the {title} meeting {day} lasted."],
    "distance_run": ["hur många km sprang jag {day}?",
                     "distance run, {day} [km]?",
                     "How many kilometres did my legs cover running {day}? More than the length of line 7, I bet.",
                     "I would like to take part of the distance, in kilometres, that I ran {day}."],
    "distance_cycle": ["how far cyklade jag {day}?",
                       "distance cycled, {day} [km]?",
                       "After a week on rails I like a road under me. What distance did my bike cover {day}?",
                       "Kindly return with information as to how far I cycled {day}."],
    "distance_swim": ["hur långt simmade jag {day}? km or meters, doesn't matter",
                      "distance swum, {day} [km]?",
                      "How far did I swim at the baths {day}? It is warmer in there than on the platform at"
                      " Nybroplan.",
                      "Please notify me of the distance I swam {day}. Grateful for a swift reply."],
    "attendees": ["vilka var med på {title}-mötet {day}? all the names pls",
                  "attendees, {title} meeting {day} [names]?",
                  "Who sat round the table at the {title} meeting {day}? I came straight from the depot in my"
                  " uniform.",
                  "I ask to have it clarified which persons attended the {title} meeting {day}."],
    "coffee_count": ["hur många koppar kaffe drack jag {day}? inga kommentarer",
                     "coffee, {day} [cups]?",
                     "How many coffees did I drink in all {day}? The flask in the cab is always empty by noon.",
                     "I would like to take part of the number of cups of coffee that I drank {day}."],
    "caffeine": ["hur mycket koffein fick jag i mej {day}? answer in mg",
                 "caffeine intake, {day} [mg]?",
                 "How much caffeine went into me {day}, counted in milligrams? The early shift runs on it.",
                 "Kindly return with information as to the total caffeine, in milligrams, that I consumed {day}."],
    "meeting_count": ["hur många möten hade jag {day}? felt like a hundred",
                      "meetings, {day} [n]?",
                      "How many meetings pulled me off the timetable {day}?",
                      "Please notify me of the number of meetings I attended {day}."],
    "km_week": ["how many km {activity} har jag gjort hittills den här veckan?",
                "{activity} distance, this week so far [km]?",
                "How many kilometres of {activity} have I logged this week so far? The kilometres on the tram"
                " do not count.",
                "I ask to have it clarified how many kilometres of {activity} I have covered in the current week"
                " up to now."],
    "workouts_week": ["hur många träningspass har jag hunnit med this week so far?",
                      "workouts, this week so far [n]?",
                      "How many workouts have I squeezed in so far this week, between early and late shifts?",
                      "I would like to take part of the number of workouts that I have carried out this week so"
                      " far."],
    "first_coffee": ["när drack jag mitt första kaffe {day}? klockslaget pls",
                     "first coffee, {day} [hh:mm]?",
                     "At what time did I pour my first coffee {day}, before or after the first trip out to"
                     " Djurgården?",
                     "Kindly return with the time at which I had my first coffee {day}."],
    "last_coffee": ["hur dags var min sista kopp kaffe {day}?",
                    "last coffee, {day} [hh:mm]?",
                    "When was the last coffee I poured myself {day}? I was standing at Waldemarsudde waiting for"
                    " the return trip.",
                    "Please notify me of the time of my last coffee {day}."],
    "first_meeting": ["när började mitt första möte {day}? what time exactly",
                      "first meeting start, {day} [hh:mm]?",
                      "When did my first meeting {day} begin? I had swapped my shift to be there.",
                      "I ask to have it clarified at what time my first meeting {day} began."],
    "wake": ["hur dags vaknade jag {day}?",
             "wake-up, {day} [hh:mm]?",
             "The depot expects me before the first tram rolls out. At what time did I get up {day}?",
             "I would like to take part of the time at which I woke up {day}. With kind regards."],
    "bedtime": ["när gick jag och la mej {night}?",
                "bedtime, {night} [hh:mm]?",
                "When did I finally get to bed {night}? The late shift had me back at the depot past midnight.",
                "Kindly return with information as to the time at which I went to bed {night}."],
    "dinner_on_distance": ["dagen då jag {past} {km} km, what did i have till middag?",
                           "dinner, day i {past} {km} km [food]?",
                           "On the day I {past} {km} km my legs ached more than after a double shift. What did I"
                           " have on my plate at dinner that day?",
                           "Please notify me of what I ate for dinner on the day on which I {past} {km} km."],
    "meeting_after_workout": ["efter min {noun} {day} hade jag ett möte, vilka var där?",
                              "attendees, meeting after {noun} {day} [names]?",
                              "I went from the {noun} {day} straight into a meeting. Who was sitting in on it?",
                              "I ask to have it clarified which persons attended the meeting that followed my"
                              " {noun} {day}."],
    "lunch_on_meeting_day": ["var åt jag lunch the day of {title}-mötet?",
                             "lunch, day of {title} meeting [place]?",
                             "On the day of the {title} meeting, where did I go for lunch? That was the day the"
                             " points froze at Nybroplan.",
                             "I would like to take part of information on where I had lunch on the day of the"
                             " {title} meeting."],
    "sleep_after_meeting": ["natten efter {title}-mötet, how many hours did i sleep?",
                            "sleep duration, night after {title} meeting [h]?",
                            "How much sleep did I get in the night after the {title} meeting? I was on the early"
                            " shift the next morning.",
                            "Kindly return with the number of hours I slept in the night following the {title}"
                            " meeting."],
    "dinner_on_said_day": ["dagen när {who} pratade om {value}, vad åt jag till middag?",
                           "dinner, day {who} mentioned {value} [food]?",
                           "{who} brought up {value} one day, riding up front in my tram. What did I eat for"
                           " my dinner that same evening?",
                           "Please notify me of what I ate for dinner on the day on which {who} mentioned {value}."
                           " Grateful for a swift reply."],
    "compare_sleep": ["sov jag längre {n1} eller {n2}? hours for both pls",
                      "sleep, {n1} vs {n2} [h each, longer one]?",
                      "Which night gave me more sleep, {n1} or {n2}? Give me the hours of both; one of them came"
                      " before an early shift.",
                      "I ask to have it clarified whether I slept longer {n1} or {n2}, with the number of hours"
                      " for each."],
    "compare_caffeine": ["vilken dag fick jag i mej mer koffein, {d1} eller {d2}? mg för båda dagarna",
                         "caffeine, {d1} vs {d2} [mg each, higher one]?",
                         "Did more caffeine go into me {d1} or {d2}? The milligrams for both, please; the cold on"
                         " the platforms calls for it.",
                         "I would like to take part of the caffeine totals, in milligrams, for {d1} and for {d2},"
                         " and of which of the two days was the higher."],
    "compare_duration": ["which workout var längst, {d1} eller {d2}? minuter för båda",
                         "workout duration, {d1} vs {d2} [min each, longer one]?",
                         "Was the workout {d1} or the one {d2} the longer? Tell me the minutes of each, like a"
                         " timetable would.",
                         "Kindly return with the duration in minutes of each of the workouts {d1} and {d2}, and"
                         " with information as to which lasted longer."],
    "compare_coffee_weeks": ["dricker jag mer eller mindre kaffe this week än förra veckan?",
                             "coffee count, this week vs last week [cups each, more or fewer]?",
                             "Has this week had more coffee in it than last week, or less? The December dark on the"
                             " early shift has me reaching for the flask.",
                             "Please notify me whether I have drunk more or less coffee this week than in the week"
                             " before it."],
    "late_coffee_sleep": ["sover jag mindre om jag dricker kaffe at {t} or later?",
                          "sleep, after coffee at {t} or later vs none that late [h avg each]?",
                          "Do I sleep less on the nights after I have had coffee at {t} or later? The machine at the"
                          " depot is always on.",
                          "I ask to have it clarified whether I sleep less after days on which I drank coffee at {t}"
                          " or later."],
    "late_dinner_sleep": ["sover jag kortare när middagen börjar {t} eller senare?",
                          "sleep, after dinner starting {t} or later vs earlier [h avg each]?",
                          "When I eat my dinner at {t} or later, after a late shift, is my sleep any shorter?",
                          "I would like to take part of information on whether my sleep is shorter after days on"
                          " which my dinner started at {t} or later."],
    "exercise_sleep": ["sover jag längre after days när jag har tränat, jämfört med vilodagar?",
                       "sleep, after workout days vs rest days [h avg each]?",
                       "Do I sleep longer after days when I have worked out than after days spent only in the cab?",
                       "Kindly return with information as to whether I sleep longer after days with a workout than"
                       " after days of rest."],
    "caffeine_sleep": ["how do i sleep efter dagar med {mg} mg koffein eller mer, jämfört med andra dagar?",
                       "sleep, after days of {mg}+ mg caffeine vs other days [h avg each]?",
                       "After days with {mg} mg of caffeine or more, how does my sleep compare with the other days?"
                       " Shift work is hard enough on it.",
                       "Please notify me how my sleep after days with {mg} mg of caffeine or more compares with my"
                       " sleep after the other days."],
    "exercise_coffee": ["dricker jag mer kaffe on the days i train?",
                        "coffee, workout days vs rest days [cups a day avg each]?",
                        "On days I work out, do I drink more coffee than on the others? The averages of both,"
                        " please, set out like a timetable.",
                        "I ask to have it clarified whether I drink more coffee on days on which I exercise than on"
                        " the other days. With kind regards."],
    "fu_day_before": ["och dagen innan? samma sak där",
                      "ditto, day before?",
                      "And the day before that, when snow held up the whole line?",
                      "As a complement to my previous question, I would like to take part of the same for the day"
                      " before."],
    "fu_meeting_length": ["och hur länge höll det mötet på?",
                          "that meeting, length [min]?",
                          "How long did that meeting keep me off the tram?",
                          "In connection with the above, please notify me of how long that meeting lasted."],
    "fu_other_day": ["och {day}? samma fråga",
                     "ditto, {day}?",
                     "The same again for {day}, please, the day I drove the late shift.",
                     "As a complement to my previous question, kindly return with the same for {day}."],
    "fu_night_before": ["och natten innan?",
                        "ditto, night before?",
                        "And the night before that one, ahead of my early shift?",
                        "In connection with the above, I ask to have the same clarified for the night before."],
    "fu_today": ["och idag so far?",
                 "ditto, today so far?",
                 "And today up to now, with two more trips to Djurgården still to drive?",
                 "As a complement to my previous question, please notify me of the figure for today so far."],
    "fu_other_person": ["och {who} då? same fråga",
                        "ditto, {who}?",
                        "What about {who}, who rides my tram most mornings?",
                        "In connection with the above, I would like to take part of the same concerning {who}."],
}
"""Every question key's templates: the games tester's, the doctoral student's, the tram driver's, the
retired administrative officer's."""


def _ordinal(n: int) -> str:
    """The day as an ordinal with a colon before its ending ("4:th", "1:st", "22:nd")."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}:{suffix}"


def _slashed(day: date) -> str:
    """Day first with a slash, not zero-padded ("4/12")."""
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if absolute:
        return [f"on {name} {day.isoformat()}", f"on the {_ordinal(day.day)} of {month} {day.year}",
                f"{name} {_slashed(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, the {_ordinal(day.day)}", f"today, {day.isoformat()}"]
    if back == 1:
        return ["yesterday", f"yesterday, {name} the {_ordinal(day.day)}", f"yesterday, {day.isoformat()}"]
    options = [f"{name} the {_ordinal(day.day)}", f"{name} {day.isoformat()}", f"{name}, {_slashed(day)}"]
    if back == 2:
        options.append(f"the day before yesterday, the {_ordinal(day.day)}")
    return options


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, following = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    between = (f"the {_ordinal(day.day)} and the {_ordinal(after.day)}" if after.month == day.month
               else f"the {_ordinal(day.day)} of {MONTHS[day.month - 1]} and the {_ordinal(after.day)} of"
                    f" {MONTHS[after.month - 1]}")
    options = [f"the night towards {following} {_slashed(after)}",
               f"the night between {name} {_slashed(day)} and {following} {_slashed(after)}",
               f"the night between {between}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, towards {following} the {_ordinal(after.day)}"]
    return options
