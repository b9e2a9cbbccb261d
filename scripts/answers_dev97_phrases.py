"""Question phrasings of the answers benchmark's ninety-seventh tuning set, ``dev97`` (docs/benchmarks.md, "Answers").

``dev97`` was the held-out set until 2026-12-06, when, after its measurement at f2a7caf (grounded
accuracy 0.655; worst category multi_hop 0.364; unsupported 0.0; abstention 0.773; p95 0.033 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev96``, answers_dev96_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young supermarket cashier in Malé who types lower case, switching between English and Dhivehi
  inside a sentence (Dhivehi, the language of the Maldives, an Indo-Aryan language of the insular
  branch whose only close relative is Sinhala, and no earlier set's language nor a close relative of
  one), typed in Latin letters as most people type it on a phone: "kon" and "kon echcheh" for which
  and what, "kaaku" for who, "kobaa" for where, "kihaa" for how many and how much, "kon ganthi eh
  gai" for at what time, "miadhu" and "iyye" for today and yesterday, "reygandu" for night, "kevee"
  for ate, "boee" for drank, "nidhee" and "nidhun" for slept and sleep, "kofi" for coffee, "koappu"
  for cups, "gadi" and "minittu" for hours and minutes, "bahdhalu" for a meeting, "hendhunu saiy",
  "mendhuru" and "reygandu kaan" for breakfast, lunch and dinner, "foiy" for a book, "anhenun dhari"
  for a daughter, "kuda balhu" for a puppy, "duvee" for ran, "mi hafthaa" and "dhiya hafthaa" for
  this week and last, "nuvatha" for or, "fahun" for after, "gina" for more, and English words where
  they come first to mind (a workout, a launch, a podcast, a flight, a bike, average);
- a statistician at a resort group's head office in Malé who types every question as one R
  pipeline in the tidyverse manner: a table piped with ``%>%`` into ``filter()`` with ``==`` on a
  double-quoted slot and ``pull()`` of the column wanted
  (``meals %>% filter(date == "{day}", meal == "breakfast") %>% pull(food)``), ``nrow()``,
  ``summarise()`` with ``sum()``, ``min()`` and ``max()`` for counts, totals, first and last,
  ``%in% c(...)`` with ``arrange(desc())`` or ``group_by()`` for two to compare, ``inner_join()`` for
  days named by what happened, ``group_by()`` on a condition with ``mean()`` for habits, no question
  mark; his follow-ups pipe the last query into a function of his own
  (``last_query %>% redo(day = "previous")``);
- a dhoni builder at a boatyard in Hulhumalé, writing in sentences with capitals, who makes a remark
  from his working life before the question (the hull, its planks, ribs and keel, the slipway, the
  caulking and the varnish, the sawdust and the plane, the owners who come to haggle, the apprentice,
  the tea shop by the slipway);
- a retired island chief who writes formal sentences with formulas of his own: "Reveal to me
  ...", "Expound to me ...", "Signify to me ...", "Elucidate for me ...", "Unfold to me ...", some
  closed with "Your answer will be received with gratitude.", his follow-ups opened with "Pursue the
  matter likewise in respect of".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev97 life lives in Indian/Maldives, from Monday 22 September 2036 to 7 October; the Maldives
keep Maldives Time (UTC+5) all year, with no summer time (zoneinfo gives one offset over all of 2035
to 2037, and so over its 16 days, 22 September to 7 October), so no clock changes inside it. Dates
are written as people in Malé write them: day first, with slashes, both padded, and the year in
full ("22/09/2036"), or the day and month alone the same way ("22/09"); in words the day's number
before the month, in English ("22 September", "1 October"), with the year after them for a day that
may lie outside the life ("22 September 2036"). Weekdays are in Dhivehi, typed in Latin letters
with capitals, "Hoama" for Monday, "Angaara", "Budha", "Burasfathi", "Hukuru", "Honihiru" and
"Aadhiththa" for Sunday: a day as its weekday with the slashed day in brackets ("Hoama (22/09)"), as
its weekday and the date in words ("Hoama 22 September"), or as the date in words with the weekday
in brackets ("22 September (Hoama)"); for a day that may lie outside the life always with the year
("Hoama 22/09/2036", or "22 September 2036 (Hoama)"); today and yesterday alone, or as "miadhu"
(today) and "iyye" (yesterday) with the slashed day in brackets. A night is named "dhuvahuge
reygandu" (the night of the day) after the weekday it starts on: "Hoama dhuvahuge reygandu" is the
night from Monday into Tuesday (in Dhivehi reckoning "Hoama reyy" alone would be the night before
Monday), always with its two slashed days in brackets ("Hoama dhuvahuge reygandu (22/09-23/09)"),
or the date in words and "reygandu" ("22 September reygandu"); last night alone, "last night", or
as "iyye reygandu" with its two slashed days in brackets. No day's name ends in a dot, so that no
question ends in two dots.
Workouts are named with places in and around Malé: along the Malé seafront, round the central park
in Hulhumalé and across the Sinamalé Bridge; along the Hulhumalé beach road, over the bridge to
Hulhulé and round the island of Villimalé; off the Artificial Beach in Malé and in the lagoon at
Hulhumalé; a studio in Hulhumalé and sunrise on Rasfannu beach; the bouldering wall in Hulhumalé and
the indoor wall at a sports hall in Malé.
"""


from __future__ import annotations

from datetime import date, timedelta

DHIVEHI = ("Hoama", "Angaara", "Budha", "Burasfathi", "Hukuru", "Honihiru", "Aadhiththa")
"""Dhivehi weekdays, Monday to Sunday, as typed on a phone in Latin letters, with a capital."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as Malé writes them in a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Malé seafront", "run round the central park in Hulhumalé",
                 "run across the Sinamalé Bridge"),
         "cycle": ("ride along the Hulhumalé beach road", "ride over the bridge to Hulhulé",
                   "ride round the island of Villimalé"),
         "swim": ("swim off the Artificial Beach in Malé", "swim in the lagoon at Hulhumalé"),
         "yoga": ("yoga class at a studio in Hulhumalé", "yoga session at sunrise on Rasfannu beach"),
         "climb": ("climb at the bouldering wall in Hulhumalé", "climb on the indoor wall at a sports hall in Malé")}
"""What this set's questions call a workout of each activity: places in and around Malé."""

THANKS = " Your answer will be received with gratitude."
"""The retired island chief's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} bunee kon foiy eh kiyevun jehey kamah? title handhaan naahe",
             'people %>% filter(name == "{who}") %>% pull(book_urged)',
             "A hull is read plank by plank, like a good book. Which book did {who} keep telling me "
             "to pick up?",
             "Reveal to me the title of the book {who} pressed upon me."],
    "film": ["{who} ge hisaabun kon film eh balan jehenee?",
             'people %>% filter(name == "{who}") %>% pull(film_must_see)',
             "There is no cinema in a boatyard, only sawdust. What film did {who} insist I must "
             "not miss?",
             "Expound to me the film {who} held I ought by all means to see." + THANKS],
    "offsite": ["{who} bunee offsite mihaaru gendhiyayee kon rasheh ah?",
                'people %>% filter(name == "{who}") %>% pull(offsite_moved_to)',
                "We tow finished hulls out to islands all over the atoll. {who} brought word that "
                "the offsite has moved. Which town is it in now?",
                "Signify to me the town whither {who} advises me the offsite has been relocated."],
    "restaurant": ["{who} vara tharuheef kuri restaurant ge nama kon eh?",
                   'people %>% filter(name == "{who}") %>% pull(restaurant_praised)',
                   "Boat people eat wherever the tide leaves them. Name the restaurant {who} could "
                   "not say enough good things about.",
                   "Elucidate for me which restaurant it was that {who} extolled so." + THANKS],
    "flight": ["{who} ge flight land vaanee kon ganthi eh gai? airport ah dhaan",
               'flights %>% filter(passenger == "{who}") %>% pull(arrival_time)',
               "From the slipway I can see the planes drop onto the airport island. When is {who}'s "
               "flight set to touch down?",
               "Unfold to me the time at which the aeroplane bearing {who} is to arrive."],
    "dog": ["{who} ge kuda balhu ge nama kon eh?",
            'puppies %>% filter(owner == "{who}") %>% pull(name)',
            "A stray dog sleeps under every hull we lay down. What is the new puppy of {who} "
            "called?",
            "Reveal to me the name given to the puppy {who} has lately acquired." + THANKS],
    "launch": ["{project} launch mihaaru kon dhuvahakah? {who} ge hisaabun",
               'launches %>% filter(project == "{project}", moved_by == "{who}") %>% pull(new_date)',
               "A dhoni goes into the water only when the owner's money arrives. For which day has "
               "{who} now fixed the {project} launch?",
               "Expound to me the day to which {who} reports the {project} launch deferred."],
    "age": ["{who} ge anhenun dhari ah birthday ah umuru kihaa vaanee?",
            'daughters %>% filter(parent == "{who}") %>% mutate(next_age = age + 1) %>% pull(next_age)',
            "My daughter was sweeping shavings in the yard at six. How many years will the "
            "daughter of {who} reach on her next birthday?",
            "Signify to me what age the daughter of {who} is to reach at her coming birthday."
            + THANKS],
    "podcast": ["{who} recommend kuri podcast kon eh? ferry ah dhaa iru ahaalan",
                'people %>% filter(name == "{who}") %>% pull(podcast_tip)',
                "Planing timber all morning, I keep a podcast going. Which one was it that {who} "
                "told me to try?",
                "Elucidate for me the podcast commended to me by {who}."],
    "breakfast_food": ["{day} hendhunu saiy ah kevee kon echcheh?",
                       'meals %>% filter(date == "{day}", meal == "breakfast") %>% pull(food)',
                       "The yard opens at first light, before the heat comes off the lagoon. What "
                       "did I have to eat in the morning {day}?",
                       "Unfold to me of what my morning meal consisted {day}." + THANKS],
    "lunch_food": ["{day} mendhuru kevee kon echcheh?",
                   'meals %>% filter(date == "{day}", meal == "lunch") %>% pull(food)',
                   "At noon we sit in the shade of the half-built hull. What was my lunch "
                   "made of {day}?",
                   "Reveal to me the fare of my noonday meal {day}."],
    "dinner_food": ["{day} reygandu kaan ah kevee kon echcheh?",
                    'meals %>% filter(date == "{day}", meal == "dinner") %>% pull(food)',
                    "After a day of caulking seams my hands smell of resin at the table. What "
                    "came out of the pot for my dinner {day}?",
                    "Expound to me the fare set before me at dinner {day}." + THANKS],
    "lunch_place": ["{day} mendhuru kevee kobaa gai?",
                    'meals %>% filter(date == "{day}", meal == "lunch") %>% pull(venue)',
                    "Some days the owner of the boat buys us lunch in town. At what place did I "
                    "eat at noon {day}?",
                    "Signify to me the establishment in which I lunched {day}."],
    "dinner_place": ["{day} reygandu kaan kevee kobaa gai?",
                     'meals %>% filter(date == "{day}", meal == "dinner") %>% pull(venue)',
                     "When a hull is finished the whole crew eats out. At what place was my "
                     "dinner {day}?",
                     "Elucidate for me the premises at which I took my dinner {day}." + THANKS],
    "workout_kind": ["{day} kuri workout kon baeh? run, bike nuvatha swim?",
                     'workouts %>% filter(date == "{day}") %>% pull(type)',
                     "Lifting planks is a workout of its own, but I mean a real one. What sort of "
                     "exercise did I get through {day}?",
                     "Unfold to me what manner of exercise occupied me {day}."],
    "heart_rate": ["{noun} {day} gai heart rate ge average kihaa?",
                   'workouts %>% filter(name == "{noun}", date == "{day}") %>% pull(mean_hr)',
                   "Swinging a mallet all day keeps the heart honest. How hard was my heart beating "
                   "on average in the {noun} {day}?",
                   "Reveal to me my average heart rate over the {noun} {day}." + THANKS],
    "sleep_quality": ["{night} rangalhah nidhee tha nuvatha goss?",
                      'nights %>% filter(label == "{night}") %>% pull(quality)',
                      "The yard dogs bark whenever the tide turns. Did I get good sleep or poor "
                      "sleep {night}?",
                      "Expound to me whether I slept well or ill {night}."],
    "sleep_night": ["{night} nidhee kihaa gadi?",
                    'nights %>% filter(label == "{night}") %>% pull(hours)',
                    "A builder who sleeps badly saws crooked. For how many hours was I asleep "
                    "{night}?",
                    "Signify to me the hours of sleep I obtained {night}." + THANKS],
    "exercise_duration": ["{noun} {day} kihaa minittu negi?",
                          'workouts %>% filter(name == "{noun}", date == "{day}") %>% pull(minutes)',
                          "Fitting one rib to a keel can take a whole morning. Count me "
                          "the minutes the {noun} {day} took up.",
                          "Elucidate for me the duration in minutes of the {noun} {day}."],
    "meeting_duration": ["{title} {day} bahdhalu kihaa minittu negi?",
                         'meetings %>% filter(title == "{title}", date == "{day}") %>% pull(minutes)',
                         "Owners haggle over a hull longer than it takes to build one. For how many "
                         "minutes did the {title} {day} go on?",
                         "Unfold to me the number of minutes the {title} {day} lasted." + THANKS],
    "distance_run": ["{day} duvee kihaa km?",
                     'workouts %>% filter(date == "{day}", type == "run") %>% summarise(km = sum(km))',
                     "Running on sand is harder than hauling timber. What distance did I run in "
                     "kilometres {day}?",
                     "Reveal to me the kilometres I ran {day}."],
    "distance_cycle": ["{day} baisikalu dhuvvee kihaa km?",
                       'workouts %>% filter(date == "{day}", type == "cycle") %>% summarise(km = sum(km))',
                       "I carry my tools to the yard on a bicycle with a crate tied on. What "
                       "distance went under my wheels {day}?",
                       "Expound to me the distance I covered by bicycle {day}." + THANKS],
    "distance_swim": ["{day} fathaifi kihaa dhuruah? metre nuvatha km",
                      'workouts %>% filter(date == "{day}", type == "swim") %>% summarise(dist = sum(distance))',
                      "I check every new hull by swimming under it. How much water did I put behind me swimming {day}?",
                      "Signify to me how great a distance I swam {day}."],
    "attendees": ["{title} {day} bahdhalah aee kaaku kaaku?",
                  'meetings %>% filter(title == "{title}", date == "{day}") %>% pull(attendees)',
                  "The owners always bring cousins to look over a hull. Which people sat in on the "
                  "{title} {day}?",
                  "Elucidate for me who was present at the {title} {day}." + THANKS],
    "coffee_count": ["{day} kofi boee kihaa koappu?",
                     'coffees %>% filter(date == "{day}") %>% nrow()',
                     "The kettle in the yard shed never gets cold. What number of coffees "
                     "went into me {day}?",
                     "Unfold to me the number of coffees I partook of {day}."],
    "caffeine": ["{day} caffeine kihaa boee akkalaa? mg in",
                 'coffees %>% filter(date == "{day}") %>% summarise(mg = sum(caffeine_mg))',
                 "Strong coffee keeps the plane steady in my hands. Tell me the milligrams of "
                 "caffeine I took in {day}, the whole day summed.",
                 "Reveal to me the sum of caffeine I took {day}, its milligrams counted together." + THANKS],
    "meeting_count": ["{day} bahdhalu kihaa eh vee?",
                      'meetings %>% filter(date == "{day}") %>% nrow()',
                      "Every hour in a meeting is an hour the glue dries without me. How many "
                      "meetings pulled me away from the yard {day}?",
                      "Expound to me how many meetings fell to me {day}."],
    "km_week": ["Hoama dhuvahun fetigen miadhu aa hamah {activity} kihaa km?",
                'workouts %>% filter(type == "{activity}", week == "this") %>% summarise(km = sum(km))',
                "We measure planks in feet but roads in kilometres. How many kilometres of "
                "{activity} have I put behind me since Monday?",
                "Signify to me the total kilometres of {activity} since Monday." + THANKS],
    "workouts_week": ["mi hafthaa workout kihaa eh kuri mihaaru aa hamah?",
                      'workouts %>% filter(week == "this") %>% nrow()',
                      "With two hulls on the slipway the week barely leaves room to breathe. How "
                      "many times have I trained this week so far?",
                      "Elucidate for me how many workouts the week has so far held."],
    "first_coffee": ["{day} fuhara kofi boee kon ganthi eh gai?",
                     'coffees %>% filter(date == "{day}") %>% summarise(first = min(time))',
                     "No plank gets cut before I have had a cup. At what time did the earliest "
                     "coffee come {day}?",
                     "Unfold to me at what hour my first coffee was taken {day}." + THANKS],
    "last_coffee": ["{day} fahu kofi boee kon ganthi eh gai?",
                    'coffees %>% filter(date == "{day}") %>% summarise(last = max(time))',
                    "By the time the varnish is on I ought to be done with coffee. At what hour "
                    "was the final coffee {day}?",
                    "Reveal to me the hour of my closing coffee {day}."],
    "first_meeting": ["{day} fuhara bahdhalu fashaa kon ganthi eh gai?",
                      'meetings %>% filter(date == "{day}") %>% summarise(start = min(start))',
                      "Owners like to come to the yard before the sun gets fierce. When did the "
                      "earliest of my meetings open {day}?",
                      "Expound to me the hour at which my earliest meeting began {day}." + THANKS],
    "wake": ["{day} woke up kuree kon ganthi eh gai?",
             'days %>% filter(date == "{day}") %>% pull(wake_time)',
             "The call to prayer and the yard cockerel fight over who wakes me. At what hour did I "
             "leave my mattress {day}?",
             "Signify to me the hour at which I awoke {day}."],
    "bedtime": ["{night} enah aree kon ganthi eh gai?",
                'nights %>% filter(label == "{night}") %>% pull(bedtime)',
                "When a hull is nearly done I sleep on a mat in the yard. At what time did I lie "
                "down {night}?",
                "Elucidate for me the hour at which I went to my bed {night}." + THANKS],
    "dinner_on_distance": ["{past} {km} km dhuvahu reygandu kevee kon echcheh?",
                           'workouts %>% filter(verb == "{past}", km == {km}) %>% inner_join(dinners, by = "date") %>% pull(food)',
                           "Some days my legs do more work than my arms. I once {past} {km} "
                           "km in a single day; what filled my plate that evening?",
                           "Unfold to me the evening fare of that day when I {past} {km} km."],
    "meeting_after_workout": ["{noun} {day} fahun dhen kuri bahdhalah aee kaaku kaaku?",
                              'meetings %>% filter(start > end_of("{noun}", "{day}")) %>% slice(1) %>% pull(attendees)',
                              "I go from exercise to meetings with sawdust still in my hair. Who "
                              "sat in the meeting straight after the {noun} {day}?",
                              "Reveal to me those present at the next meeting after the {noun} {day}."
                              + THANKS],
    "lunch_on_meeting_day": ["{title} vee dhuvahu mendhuru kevee kobaa gai?",
                             'meetings %>% filter(title == "{title}") %>% inner_join(lunches, by = "date") %>% pull(venue)',
                             "On meeting days I leave the planing to my apprentice. Which table "
                             "fed me at noon when the {title} was on?",
                             "Expound to me the place of my noon meal upon the day the {title} was held."],
    "sleep_after_meeting": ["{title} fahun e reygandu nidhee kihaa gadi?",
                            'meetings %>% filter(title == "{title}") %>% inner_join(nights, by = "date") %>% pull(hours)',
                            "A hard bargain with an owner keeps me turning all night. How many "
                            "hours did I sleep on the night after the {title}?",
                            "Signify to me how many hours I slept the night after the {title}." + THANKS],
    "dinner_on_said_day": ["{who} {value} ge vaahaka dhakkee dhuvahu reygandu kevee kon echcheh?",
                           'said %>% filter(by == "{who}", about == "{value}") %>% inner_join(dinners, by = "date") %>% pull(food)',
                           "People who come to watch a hull being built always have something to "
                           "recommend. {who} once got talking about {value}; what lay on my plate "
                           "once the sun was down?",
                           "Elucidate for me my dinner on the day {who} made mention of {value}."],
    "compare_sleep": ["{n1} aai {n2}, gina gadi nidhee kon reygandeh? reygandu thakuge gadi",
                      'nights %>% filter(label %in% c("{n1}", "{n2}")) %>% select(label, hours) %>% arrange(desc(hours))',
                      "The monsoon wind rattled the roof on one of those nights. Which gave me the "
                      "longer rest, the night {n1} or the night {n2}? Give the hours for both.",
                      "Unfold to me which night afforded the longer sleep as between {n1} and {n2}, the hours of both "
                      "nights supplied." + THANKS],
    "compare_caffeine": ["{d1} aai {d2}, gina caffeine boee kon dhuvaheh? dhuvas thakuge mg",
                         'coffees %>% filter(date %in% c("{d1}", "{d2}")) %>% group_by(date) %>% summarise(mg = sum(caffeine_mg))',
                         "Too much coffee and my chisel wanders. Was it {d1} or {d2} that brought "
                         "the more caffeine? Put both milligram counts next to it.",
                         "Reveal to me which of the days {d1} and {d2} bore the heavier load of caffeine, "
                         "each day's milligrams appended."],
    "compare_duration": ["workout {d1} aai {d2}, gina dhigu kon eh? minittu ves",
                         'workouts %>% filter(date %in% c("{d1}", "{d2}")) %>% select(date, minutes) %>% arrange(desc(minutes))',
                         "My back keeps its own log of the hours I work. Which took up more time: "
                         "my training {d1} or my training {d2}? Both in minutes.",
                         "Expound to me whether the workout {d1} or that {d2} ran the longer, "
                         "the minutes of both given." + THANKS],
    "compare_coffee_weeks": ["mi hafthaa kofi boee dhiya hafthaa ah vure gina tha?",
                             'coffees %>% filter(week %in% c("this", "last")) %>% count(week)',
                             "The tea shop by the slipway has seen a lot of me lately. Have I had "
                             "more coffees this week than in the one before it?",
                             "Signify to me whether I have drunk more coffee this week than last."],
    "late_coffee_sleep": ["{t} nuvatha fahun kofi boaa nama nidhun madu vey tha?",
                          'nights %>% group_by(late = last_coffee >= "{t}") %>% summarise(hours = mean(hours))',
                          "The night watchman at the yard drinks coffee till dawn. If my own cup "
                          "comes at {t} or beyond, do I pay for it in hours of sleep?",
                          "Elucidate for me whether coffee taken at {t} or after diminishes my "
                          "sleep." + THANKS],
    "late_dinner_sleep": ["reygandu kaan {t} ge fahun kaa nama nidhi madu vey tha?",
                          'nights %>% group_by(late = dinner_time >= "{t}") %>% summarise(hours = mean(hours))',
                          "When an owner pays, we eat late and loud. Do I sleep less once dinner is "
                          "at {t} or after?",
                          "Unfold to me whether a dinner at {t} or later costs me sleep."],
    "exercise_sleep": ["workout kuraa dhuvas thakugai nidhun gina vey tha, nukuraa dhuvas thakaa ah vure?",
                       'nights %>% group_by(after_workout) %>% summarise(hours = mean(hours))',
                       "Sawing all day tires me one way, training another. Do I sleep more after "
                       "workout days than after days with none?",
                       "Reveal to me whether my sleep runs longer after days of exercise than "
                       "after days without." + THANKS],
    "caffeine_sleep": ["{mg} mg caffeine nuvatha gina boaa dhuvas thakugai nidhun kihineh? anek reygandu thakaa ah vure",
                       'nights %>% group_by(heavy = caffeine_mg >= {mg}) %>% summarise(hours = mean(hours))',
                       "When a hull is due to its owner the coffee never stops. After a day with {mg} mg of caffeine "
                       "or more, how does my sleep compare with the rest of my nights?",
                       "Expound to me how my sleep following days of {mg} mg of caffeine or more "
                       "stands beside my sleep on the remaining nights."],
    "exercise_coffee": ["kofi gina boanee workout dhuvas thakugai tha, rest dhuvas thakugai tha?",
                        'daily %>% group_by(trained) %>% summarise(coffees = mean(coffees))',
                        "The apprentices say I drink coffee like a bilge pump. Do I take more of it "
                        "on days I train or on days I rest?",
                        "Signify to me whether I drink more coffee on exercise days or on rest days."
                        + THANKS],
    "fu_day_before": ["e kurin dhuvahu?",
                      'last_query %>% redo(day = "previous")',
                      "Slide it one day back down the slipway.",
                      "Pursue the matter likewise in respect of the preceding day."],
    "fu_meeting_length": ["e bahdhalu kihaa minittu negi?",
                          'last_answer %>% pull(meeting) %>% pull(minutes)',
                          "The meeting in question kept me from the hull for how many minutes?",
                          "Pursue the matter likewise in respect of how long that meeting lasted." + THANKS],
    "fu_other_day": ["aai {day}?",
                     'last_query %>% redo(day = "{day}")',
                     "Plane the same plank again for {day}.",
                     "Pursue the matter likewise in respect of {day}."],
    "fu_other_person": ["aai {who} ge?",
                        'last_query %>% redo(person = "{who}")',
                        "Plane the same plank again for {who}.",
                        "Pursue the matter likewise in respect of {who}." + THANKS],
    "fu_night_before": ["e kurin reygandu?",
                        'last_query %>% redo(night = "previous")',
                        "Slide it one night back, the way we ease a hull off its blocks.",
                        "Pursue the matter likewise in respect of the preceding night."],
    "fu_today": ["aai miadhu, mihaaru aa hamah?",
                 'last_query %>% redo(day = "today", until = "now")',
                 "Now today too, from the first cup in the yard to this minute.",
                 "Pursue the matter likewise in respect of today, from its start until this hour."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = DHIVEHI[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"miadhu ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"iyye ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd} {_words(day)}", f"{_words(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{DHIVEHI[day.weekday()]} dhuvahuge reygandu ({_slash(day)}-{_slash(after)})",
               f"{_words(day)} reygandu"]
    if (today - day).days == 1:
        options += ["last night", f"iyye reygandu ({_slash(day)}-{_slash(after)})"]
    return options
