"""Question phrasings of the answers benchmark's sixty-second tuning set, ``dev62`` (docs/benchmarks.md, "Answers").

``dev62`` was the held-out set until 2026-12-05, when, after its measurement at baace7c (grounded
accuracy 0.79; worst category comparison 0.591; unsupported 0.0; abstention 0.909; p95 0.012 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev61``, answers_dev61_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young bartender at a bar in Florentin who types lower case and switches between English and a
  language of that country inside a sentence (no earlier set's), in the Latin letters people in
  Israel type it in when they chat in English, with no fixed romanisation ("ch" for the sound at the
  back of the throat, "tz" for the one that opens "tzohorayim", an apostrophe where a short prefix
  meets a vowel or a glottal stop splits two vowels, the article "ha" and the prepositions "ba",
  "la", "b'" and "l'" joined to their words, English verbs and nouns where they come first to mind,
  so that no verb need agree with a person's gender): "ma" for what, "eize" for which, "b'eize
  makom" and "eifo" for where, "le'an" for where to, "matai" for when, "b'eize sha'a" for at what
  time, "kama" for how many and how much, "kama sha'ot", "kama zman" and "kama km" for how many
  hours, how long and how many kilometres, "mi haya" for who was there, "bat kama" for how old (a
  girl), "eich kor'im" for what is it called, "hashem shelo" for its name, "tihye" for will be, "li"
  for to me and "hayu li" for I had, "sheli" for my, "shel" for of, "lefi" for according to, "she"
  for that, "achalti" for I ate, "shatiti" for I drank, "yashanti" for I slept, "kamti" for I got
  up, "halachti lishon" for I went to bed, "ratzti", "rachavti" and "sachiti" for I ran, rode and
  swam, "asiti" for I did, "aruchat boker", "tzohorayim" and "aruchat erev" for breakfast, lunch and
  dinner, "kafe", "kosot" and "kafein" for coffee, cups and caffeine, "pgisha", "pgishot" and
  "pgishat" for a meeting, meetings and the meeting of, "imun" and "imunim" for a workout and
  workouts, "yemei menucha" for rest days, "hadofek hamemutza" for the average pulse, "nimshecha"
  and "lakach" for lasted and took, "dakot" for minutes, "yatza" for came to, "nichnesu" for went
  in, "hitchila" for began, "nochetet" for lands, "zaz" and "nidcha" for moved and put off,
  "ta'arich" for a date, "sefer", "seret", "misada", "tisa" and "kelev" for a book, a film, a
  restaurant, a flight and a dog, "habat" for the daughter, "yom hahuledet" for a birthday,
  "hashavua" and "ad achshav" for this week and so far, "balayla" and "ba'erev" for at night and in
  the evening, "bayom shel" and "bayamim shel" for on the day and on the days of, "yom kodem" and
  "shelifnei ze" for the day before and the one before that, "hahi" for that (one), "achrei" and
  "achrei she" for after, "harishon", "harishona" and "ha'achrona" for the first and the last,
  "yoter", "pachot" and "aroch yoter" for more, less and longer, "o" for or, "im" for with, "shel
  shneihem" for of both, "eize mehem" for which of them, "mekatzrot" for shorten, "sheina" for
  sleep, "ma kore" for what happens, "tov" and "lo mamash" for well and not really, "ein li musag"
  and "shachachti legamrei" for I have no idea and I quite forgot, "bedyuk" for exactly, "rega" for
  wait, "b'vakasha" for please, "oto davar" for the same, "ma haya" and "ma hamatzav" for what was
  it and how does it stand, "ma lagabei" for what about;
- a financial analyst at a fintech on Rothschild Boulevard who types her questions as she writes
  spreadsheet formulas: an equals sign, the thing asked for as a function's name in capitals with
  its words joined by dots, as the newer spreadsheet functions are named ("=LUNCH.PLACE(...)",
  "=SLEEP.HOURS(...)", "=WAKE.UP.TIME(...)"), its day, night, person, title or condition as a text
  argument in double quotes, arguments split by commas, a thing of a thing as a function inside a
  function ("=NAME(NEW.DOG.OF(...))", "=SLEEP.HOURS(NIGHT.AFTER(...))"), "COUNT" and "SUM" for
  counts and totals, "THIS.WEEK.TO.DATE", "COMPARE", "HIGHER.OF" and "LONGER.OF" for a comparison,
  one "AVERAGEIF" minus another for a habit, and her follow-ups as "=SAME(...)" with "DAY-1",
  "NIGHT-1", "TODAY()", a day or a person, or "=DURATION(THAT.MEETING)"; no question mark;
- a diamond polisher at the diamond exchange in Ramat Gan, writing in sentences with capitals, who
  makes a remark from his working life before or after the question ("my bench", "the scaife" (the
  polishing wheel), "the loupe", "facets", "tabling a stone", "a one-carat stone", "parcels of
  rough", "melee" (the smallest stones), "grading", "the lab", "the safe", "the stool", "diamond
  dust", "the cutting room", "the polishing room", "the bourse floor", "the trading floor", "the
  brokers", "the exchange towers", "the security gate", "the guards", "a stone weighed to the
  point");
- a retired head of department at Tel Aviv-Yafo city hall who writes formal sentences with the
  formulas of an official letter in Israel as they come out in English ("I will be happy to
  receive", "I would be happy if you could clarify", "Please relate to the question of", "I am
  turning to you in the matter of"), some of them closed with "With great respect." or "With
  blessing.", his follow-ups opened with "Relating to your answer," and "In the same context,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev62 life lives in Asia/Jerusalem, from Monday 31 December 2035 into January 2036; Israel
keeps Israel Daylight Time (UTC+3) from 23 March to 28 October 2035 and from 28 March 2036, and
Israel Standard Time (UTC+2) outside it (zoneinfo gives two offsets over all of 2035 and of 2036,
and one, UTC+2, over its 16 days, to 15 January 2036), so no clock changes inside it. Dates are
written as people in Israel write Gregorian dates in English, day first with slashes and not
zero-padded ("8/1"), with the full year ("8/1/2036") or with two digits of it ("8/1/36"), and often
with "the" before the slashed day, as the country's own language puts a short word before a date
("the 8/1", "Tuesday the 8/1"). For a day that may lie outside the life always with the month and
the year ("on Tuesday the 8/1/36", "on the 8/1/2036", "8/1/2036 (Tuesday)"); for one of the days
before yesterday "before" so many days, as that language says "three days ago" word for word, and
the weekday and the slashed day ("before 3 days, Sunday 6/1"), the weekday "the" slashed day
("Sunday the 6/1"), "on" the weekday, a comma and the date with two digits of the year ("on
Sunday, 6/1/36"), or, two days back, "the day before yesterday" with the weekday and the slashed day
("the day before yesterday, Monday 7/1"); today alone, with "the" slashed day ("today, the 9/1") or
with its full date ("today, 9/1/2036"); yesterday alone, with its weekday "the" slashed day
("yesterday, Tuesday the 8/1") or with its full date ("yesterday, 8/1/2036"). A night is named by
both its days, "between" the one "to" the next, as that language joins them, with the slashed day
in brackets ("the night between Saturday to Sunday (5/1)"), as the night "after" a weekday and its
slashed day ("the night after Saturday 5/1"), or as the night "before" the next weekday and its date
with two digits of the year ("the night before Sunday 6/1/36"); last night alone, as "yesterday at
night", word for word as that language says it, or "between" its two weekdays ("last night, between
Tuesday to Wednesday"). Day names of a first draft that the disjointness check found shared with
other sets (today and yesterday with the date and two digits of the year in brackets; today with
its weekday and slashed day after a comma; "on" a weekday and the date with two digits of the year)
were reworded, as were sentences of the templates that were word for word a sentence of an earlier
set's template (no sentence of this set's templates is). Workouts are named with places in Tel
Aviv: the Tayelet, Park HaYarkon, the beach down to Jaffa, the Yarkon, the coast up to Herzliya,
Ariel Sharon Park, Gordon Pool, the Tel Aviv University pool, the sea off Hilton Beach, a studio in
Florentin, a studio in Neve Tzedek, a bouldering gym in Jaffa and a climbing hall in Ramat HaChayal.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NOUNS = {"run": ("run along the Tayelet", "run round Park HaYarkon", "jog down the beach to Jaffa"),
         "cycle": ("ride along the Yarkon", "bike ride up the coast to Herzliya", "ride round Ariel Sharon Park"),
         "swim": ("swim at Gordon Pool", "swim at the Tel Aviv University pool", "sea swim off Hilton Beach"),
         "yoga": ("yoga class at a studio in Florentin", "yoga session at a studio in Neve Tzedek"),
         "climb": ("bouldering session at a gym in Jaffa", "climb at a climbing hall in Ramat HaChayal")}
"""What this set's questions call a workout of each activity: places in Tel Aviv."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} recommended li sefer, ma hashem shelo? shachachti legamrei",
             '=BOOK.RECOMMENDED.BY("{who}")',
             "Between stones I read at my bench. Which book was it that {who} said I ought to pick up next?",
             "I will be happy to receive the title of the book that {who} recommended to me. With great respect."],
    "film": ["ma haseret she {who} said i have to see? ein li musag",
             '=FILM.SUGGESTED.BY("{who}")',
             "After a day under the loupe my eyes want a big screen. What film did {who} tell me not to miss?",
             "I am turning to you in the matter of a film. Which film did {who} advise me to see?"],
    "offsite": ["lefi {who} the offsite zaz, le'an bedyuk?",
                '=OFFSITE.MOVED.TO("{who}")',
                "{who} told me the offsite has moved, so where is it now? Every day away from the scaife costs me"
                " stones.",
                "Please relate to the question of where the offsite has been moved to, as {who} reported it."],
    "restaurant": ["eize misada {who} said we should try? i want to book for thursday",
                   '=RESTAURANT.TO.TRY("{who}")',
                   "The brokers on the bourse floor always know where to eat. Which restaurant did {who} put forward"
                   " for us?",
                   "I would be happy if you could clarify the name of the restaurant {who} suggested for us."],
    "flight": ["matai hatisa shel {who} nochetet? need to leave the bar in time",
               '=LANDING.TIME(FLIGHT.OF("{who}"))',
               "I will drive to Ben Gurion straight from the exchange to meet {who}. At what time does that"
               " flight land?",
               "I will be happy to receive the landing time of the flight of {who}. With blessing."],
    "dog": ["eich kor'im lakelev hachadash shel {who}? saw the pics ba'insta",
            '=NAME(NEW.DOG.OF("{who}"))',
            "A dog would never get past the guards at the exchange. What did {who} end up naming the new puppy?",
            "I am turning to you in the matter of a dog. By what name is the new dog of {who} called?"],
    "launch": ["{who} said the {project} launch nidcha, l'eize ta'arich?",
               '=NEW.DATE(LAUNCH("{project}"), "{who}")',
               "{who} says the {project} launch slipped, but to what date? I book my leave around the big parcels"
               " of rough.",
               "Please relate to the question of the new date of the {project} launch, as stated by {who}."],
    "age": ["bat kama tihye habat shel {who} b'yom hahuledet shela? need it for the card",
            '=AGE.ON.BIRTHDAY(DAUGHTER.OF("{who}"))',
            "I might set a small stone in a pendant for her. How many candles go on the cake for {who}'s"
            " daughter this birthday?",
            "I would be happy if you could clarify what age the daughter of {who} reaches on her birthday."],
    "podcast": ["eize podcast {who} recommended li? for the long shifts behind the bar",
                '=PODCAST.RECOMMENDED.BY("{who}")',
                "Polishing is quiet work and I like something in my ears. Which podcast did {who} point me to?",
                "I will be happy to receive the name of the podcast {who} spoke well of to me."],
    "breakfast_food": ["ma achalti l'aruchat boker {day}? the morning is a blur",
                       '=BREAKFAST.FOOD("{day}")',
                       "Before I sat down at the scaife {day}, what did I eat for breakfast?",
                       "I would be happy if you could clarify what I ate for breakfast {day}."],
    "lunch_food": ["ma achalti batzohorayim {day}? i was running between suppliers",
                   '=WHAT.I.ATE(LUNCH, "{day}")',
                   "We eat at our benches when the rough comes in. What did I have at lunchtime {day}?",
                   "I will be happy to receive the details of what I ate for lunch {day}. With great respect."],
    "dinner_food": ["ma hayta aruchat ha'erev sheli {day}? before the shift started",
                    '=DINNER.FOOD("{day}")',
                    "Once the diamond dust was washed off my hands {day}, what did I sit down to for dinner?",
                    "Please relate to the question of what I had for dinner {day}."],
    "lunch_place": ["eifo achalti tzohorayim {day}? want to go back there",
                    '=LUNCH.PLACE("{day}")',
                    "Where did I go out for lunch {day}? Probably somewhere in the shadow of the exchange towers.",
                    "I would be happy if you could clarify where I had lunch {day}. With blessing."],
    "dinner_place": ["b'eize makom hayta aruchat ha'erev sheli {day}?",
                     '=WHERE(DINNER, "{day}")',
                     "Which place did I go to for dinner {day}? I remember only that the light there was bad for"
                     " stones.",
                     "I am turning to you in the matter of my dinner {day}. Where did I have it?"],
    "workout_kind": ["eize imun asiti {day}? my legs are dead",
                     '=WORKOUT.TYPE("{day}")',
                     "What kind of workout was it {day}? The guard at the gate swears he saw me in running shoes.",
                     "I will be happy to receive information on the kind of exercise I did {day}."],
    "heart_rate": ["the {noun} {day}, ma haya hadofek hamemutza?",
                   '=AVERAGE(HEART.RATE("{noun}", "{day}"))',
                   "Under the loupe I can feel my own pulse in my fingertips. What did it average during the"
                   " {noun} {day}?",
                   "Please relate to the question of my average heart rate in the course of the {noun} {day}."],
    "sleep_quality": ["yashanti tov {night} o lo mamash?",
                      '=SLEEP.QUALITY("{night}")',
                      "A tired polisher grinds a facet crooked. Was my sleep {night} a good one or a poor one?",
                      "I would be happy if you could clarify whether my sleep {night} was good or poor."],
    "sleep_night": ["kama sha'ot yashanti {night}? closed the bar at 3",
                    '=SLEEP.HOURS("{night}")',
                    "How many hours did I sleep {night}, all told? I need a steady hand for a big stone today.",
                    "I will be happy to receive the number of hours I slept {night}. With great respect."],
    "exercise_duration": ["kama zman lakach li the {noun} {day}? b'dakot",
                          '=MINUTES("{noun}", "{day}")',
                          "How many minutes did I spend on the {noun} {day}? Tabling a one-carat stone takes me"
                          " about as long.",
                          "I am turning to you in the matter of the {noun} {day}. How many minutes did it last?"],
    "meeting_duration": ["kama zman nimshecha pgishat {title} {day}?",
                         '=MEETING.LENGTH("{title}", "{day}")',
                         "The {title} meeting {day} kept me off my bench. For how long?",
                         "Please relate to the question of how long the {title} meeting {day} lasted."],
    "distance_run": ["kama kilometer ratzti {day}? strava crashed",
                     '=KM(RUN, "{day}")',
                     "How many kilometres did my running shoes see {day}? My legs are stiff from the stool.",
                     "I would be happy if you could clarify how many kilometres I ran {day}."],
    "distance_cycle": ["rachavti {day}, kama km yatza?",
                       '=KM(CYCLING, "{day}")',
                       "On the bike {day}, how many kilometres did I do? It is the only time I look further than"
                       " a loupe.",
                       "I will be happy to receive the distance I cycled {day}, in kilometres."],
    "distance_swim": ["kama meters sachiti {day}? or was it km already",
                      '=DISTANCE.SWUM("{day}")',
                      "What distance did I swim {day}, pool or sea? The water washes the dust out of everything.",
                      "Please relate to the question of what distance I swam {day}. With blessing."],
    "attendees": ["mi haya bapgisha shel {title} {day}? i only remember half of them",
                  '=ATTENDEES("{title} meeting", "{day}")',
                  "Name everyone who was at the {title} meeting {day}; I only looked at my notes.",
                  "I am turning to you in the matter of the {title} meeting {day}. Who took part in it?"],
    "coffee_count": ["kama kosot kafe shatiti {day}? too many probably",
                     '=COUNT(COFFEES, "{day}")',
                     "The coffee machine by the cutting room never rests. How many cups did I have {day}?",
                     "I would be happy if you could clarify how many cups of coffee I drank {day}."],
    "caffeine": ["{day} kama mg kafein nichnesu li?",
                 '=SUM(CAFFEINE.MG, "{day}")',
                 "How many milligrams of caffeine went down {day}? A steady hand and strong coffee do not always"
                 " agree.",
                 "I will be happy to receive the sum of the caffeine I took in {day}, stated in milligrams."],
    "meeting_count": ["kama pgishot hayu li {day}? zoom after zoom",
                      '=COUNT(MEETINGS, "{day}")',
                      "Count the meetings that dragged me out of the polishing room {day}.",
                      "Please relate to the question of how many meetings I attended {day}. With great respect."],
    "km_week": ["hashavua, kama km shel {activity} ad achshav?",
                '=SUM(KM, "{activity}", THIS.WEEK.TO.DATE)',
                "Since Monday, what is my total of {activity} in kilometres? My legs forget the week once I sit at"
                " the scaife.",
                "I would be happy if you could clarify how many kilometres of {activity} I have covered this week"
                " to date."],
    "workouts_week": ["asiti imunim hashavua? kama?",
                      "=COUNT(WORKOUTS, THIS.WEEK.TO.DATE)",
                      "The trading floor has been busy all week. How many workouts have I managed since Monday?",
                      "I will be happy to receive the number of workouts I have done this week so far."],
    "first_coffee": ["hakafe harishon {day}, b'eize sha'a?",
                     '=FIRST.COFFEE.TIME("{day}")',
                     "What time was my first cup {day}? I never touch a stone before it.",
                     "I am turning to you in the matter of my first coffee {day}. At what time did I drink it?"],
    "last_coffee": ["matai shatiti kafe bapa'am ha'achrona {day}?",
                    '=LAST.COFFEE.TIME("{day}")',
                    "And my final coffee {day}, at what hour was it? I was packing the stones away for the safe.",
                    "Please relate to the question of when, {day}, I drank my last coffee."],
    "first_meeting": ["b'eize sha'a hitchila hapgisha harishona sheli {day}? was it before noon",
                      '=START.TIME(FIRST.MEETING, "{day}")',
                      "At what hour did the first meeting of my day {day} begin? I had to leave a half-polished"
                      " stone for it.",
                      "I would be happy if you could clarify at what time my first meeting {day} began."],
    "wake": ["b'eize sha'a kamti {day}? after the late shift",
             '=WAKE.UP.TIME("{day}")',
             "At what time was I out of bed {day}? The line at the exchange's security gate is long in the"
             " mornings.",
             "I will be happy to receive the time at which I woke up {day}. With blessing."],
    "bedtime": ["matai halachti lishon {night}? after closing?",
                '=BEDTIME("{night}")',
                "At what time did my head reach the pillow {night}? I had been grading stones late.",
                "I am turning to you in the matter of my bedtime {night}. At what time did I go to bed?"],
    "dinner_on_distance": ["ma achalti ba'erev achrei she i {past} {km} km?",
                           '=DINNER.FOOD(DAY.WHEN("{past} {km} km"))',
                           "What did I eat for dinner on the day of the {km} km? I {past} them before work and"
                           " polished badly all afternoon.",
                           "Please relate to the question of which dish I had for dinner on the date when I {past} a"
                           " distance of {km} km."],
    "meeting_after_workout": ["mi haya bapgisha she hayta li right after the {noun} {day}?",
                              '=ATTENDEES(MEETING.AFTER("{noun}", "{day}"))',
                              "There was a meeting after the {noun} {day}, and I was still out of breath for it."
                              " Which people were there?",
                              "I would be happy if you could clarify who attended the meeting after my {noun} {day}."],
    "lunch_on_meeting_day": ["bayom shel pgishat {title}, where did i grab lunch?",
                             '=LUNCH.PLACE(DAY.OF("{title} meeting"))',
                             "A parcel came back from the lab the day of the {title} meeting, and I still went out"
                             " to eat. Where was lunch?",
                             "I will be happy to receive the name of the place where I lunched on the date of the"
                             " {title} meeting."],
    "sleep_after_meeting": ["kama yashanti achrei pgishat {title}? that night i mean",
                            '=SLEEP.HOURS(NIGHT.AFTER("{title} meeting"))',
                            "After the {title} meeting I went home and slept. For how many hours, that night?",
                            "Please relate to the question of the length of my sleep in the night after the {title}"
                            " meeting, in hours."],
    "dinner_on_said_day": ["{who} talked about {value} one day, ma achalti l'aruchat erev that day?",
                           '=DINNER.FOOD(DAY.WHEN("{who}", MENTIONED, "{value}"))',
                           "What was for dinner on the day {who} talked about {value}? The whole cutting room heard"
                           " about it.",
                           "I am turning to you in the matter of the day on which {who} mentioned {value}. What did I"
                           " eat for dinner on that day?"],
    "compare_sleep": ["{n1} vs {n2}, matai yashanti yoter? with the hours",
                      '=COMPARE(SLEEP.HOURS("{n1}"), SLEEP.HOURS("{n2}"))',
                      "{N1} or {n2}: which of the two nights gave me more sleep? I weigh stones for a living, so"
                      " give me the hours of each.",
                      "I would be happy if you could clarify on which night I slept more, {n1} or {n2}, giving the"
                      " hours for both."],
    "compare_caffeine": ["kafein: {d1} o {d2}, where was more? mg shel shneihem",
                         '=HIGHER.OF(CAFFEINE.MG("{d1}"), CAFFEINE.MG("{d2}"))',
                         "Weigh my caffeine {d1} and {d2} to the milligram, as I would weigh a stone to the point."
                         " Which day was higher?",
                         "I will be happy to receive the caffeine figures in milligrams for {d1} and {d2}, and to know"
                         " on which of them I took in more."],
    "compare_duration": ["the workout {d1} vs the workout {d2}, eize mehem aroch yoter? dakot of each",
                         '=LONGER.OF(WORKOUT.MINUTES("{d1}"), WORKOUT.MINUTES("{d2}"))',
                         "I count facets all day; now count minutes for me. Which lasted longer, my workout {d1} or"
                         " my workout {d2}?",
                         "Please relate to the question of which of my workouts, {d1} or {d2}, went on for longer, and"
                         " state the minutes of both."],
    "compare_coffee_weeks": ["hashavua vs last week: yoter kafe o pachot?",
                             "=COUNT(COFFEES, THIS.WEEK) - COUNT(COFFEES, LAST.WEEK)",
                             "The lab sent back a lot of stones this week. Am I drinking more coffee than I did last"
                             " week because of it, or less?",
                             "I am turning to you in the matter of my coffee. Have I drunk more or less of it this"
                             " week than last week?"],
    "late_coffee_sleep": ["kafe at {t} or later, does it mess up my sleep? like fewer hours?",
                          '=AVERAGEIF(SLEEP.HOURS, "coffee at {t} or later") - AVERAGEIF(SLEEP.HOURS, "no coffee that'
                          ' late")',
                          "A coffee at {t} or later comes with the last parcel of the day. Does it cost me sleep that"
                          " night?",
                          "I would be happy if you could clarify whether I sleep less on nights after a coffee at {t}"
                          " or later. With great respect."],
    "late_dinner_sleep": ["late dinners, like from {t}, mekatzrot li et hasheina?",
                          '=AVERAGEIF(SLEEP.HOURS, "dinner from {t}") - AVERAGEIF(SLEEP.HOURS, "dinner before'
                          ' {t}")',
                          "Late stones make for late dinners. If I sit down to eat at {t} or later, do I get fewer"
                          " hours of sleep?",
                          "I will be happy to receive a comparison of my sleep after dinners begun at {t} or later"
                          " with my sleep after earlier ones."],
    "exercise_sleep": ["imunim vs yemei menucha, after which do i sleep longer?",
                       '=AVERAGEIF(SLEEP.HOURS, "after workout days") - AVERAGEIF(SLEEP.HOURS, "after rest days")',
                       "Compare my sleep after workout days with my sleep after days when I never left the polishing"
                       " room. An average for each.",
                       "Please relate to the question of whether a day with a workout gives me a longer night's sleep"
                       " than a day of rest."],
    "caffeine_sleep": ["yamim im {mg} mg kafein or more, ma kore lasheina sheli after them vs the rest?",
                       '=AVERAGEIF(SLEEP.HOURS, "after days with {mg}+ mg caffeine") - AVERAGEIF(SLEEP.HOURS, "after'
                       ' the other days")',
                       "The coffee by the cutting room is strong. On days it gives me {mg} mg of caffeine or more,"
                       " do I sleep any differently from the rest?",
                       "I am turning to you in the matter of caffeine. How does my sleep after days of {mg} mg or"
                       " more compare with my sleep after the other days?"],
    "exercise_coffee": ["bayamim shel imun, is there more kafe going on?",
                        '=AVERAGEIF(COFFEES.PER.DAY, "workout days") - AVERAGEIF(COFFEES.PER.DAY, "rest days")',
                        "Do workout days send me to the coffee machine more often than rest days? Give me the daily"
                        " average of both.",
                        "I would be happy if you could clarify whether I drink more coffee on days with a workout"
                        " than on days without one. With blessing."],
    "fu_day_before": ["rega, and yom kodem?",
                      "=SAME(DAY-1)",
                      "Go back one more day, to when the new parcel came in.",
                      "Relating to your answer, I will be happy to receive the same for the day before."],
    "fu_meeting_length": ["hapgisha hahi, kama zman hi lakcha?",
                          "=DURATION(THAT.MEETING)",
                          "That meeting cost me how many minutes at the scaife?",
                          "In the same context, please relate to the question of how long that meeting lasted."],
    "fu_other_day": ["{day} b'vakasha, oto davar",
                     '=SAME("{day}")',
                     "Now {day}, the day I spent grading melee.",
                     "Relating to your answer, I would be happy if you could clarify the same for {day}."],
    "fu_night_before": ["balayla shelifnei ze, ma haya?",
                        "=SAME(NIGHT-1)",
                        "Same again for the night before, when I was up late sorting melee.",
                        "In the same context, I will be happy to receive the same for the night before."],
    "fu_today": ["today until now, ma hamatzav?",
                 "=SAME(TODAY())",
                 "So far today, with two parcels still waiting on my bench?",
                 "Relating to your answer, please relate to the same question for today so far."],
    "fu_other_person": ["ma lagabei {who}?",
                        '=SAME("{who}")',
                        "Now do {who}, the fellow two benches down from me.",
                        "In the same context, I would be happy if you could clarify the same concerning {who}."],
}
"""Every question key's templates: the bartender's, the analyst's, the diamond polisher's, the retired
department head's."""


def _slashed(day: date) -> str:
    """Day first with a slash, not zero-padded ("5/1")."""
    return f"{day.day}/{day.month}"


def _short_year(day: date) -> str:
    """Day first with slashes and a two-digit year ("5/1/36")."""
    return f"{day.day}/{day.month}/{day.year % 100:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"on {name} the {_short_year(day)}", f"on the {_slashed(day)}/{day.year}",
                f"{_slashed(day)}/{day.year} ({name})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, the {_slashed(day)}", f"today, {_slashed(day)}/{day.year}"]
    if back == 1:
        return ["yesterday", f"yesterday, {name} the {_slashed(day)}", f"yesterday, {_slashed(day)}/{day.year}"]
    options = [f"before {back} days, {name} {_slashed(day)}", f"{name} the {_slashed(day)}",
               f"on {name}, {_short_year(day)}"]
    if back == 2:
        options.append(f"the day before yesterday, {name} {_slashed(day)}")
    return options


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, following = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    options = [f"the night between {name} to {following} ({_slashed(day)})",
               f"the night after {name} {_slashed(day)}",
               f"the night before {following} {_short_year(after)}"]
    if (today - day).days == 1:
        options += ["last night", "yesterday at night", f"last night, between {name} to {following}"]
    return options
