"""Question phrasings of the answers benchmark's fifty-eighth tuning set, ``dev58`` (docs/benchmarks.md, "Answers").

``dev58`` was the held-out set until 2026-12-05, when, after its measurement at ceb1eb6 (grounded
accuracy 0.826; worst category attendees 0.455; unsupported 0.004; abstention 1.0; p95 0.012 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev57``, answers_dev57_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young check-in agent of the national airline at Bonriki airport who types lower case and
  switches between English and a language of that country inside a sentence (no earlier set's), in
  its ordinary typed spelling as people in Kiribati type it on a phone (no doubled vowels where
  texters leave them single, "bw" and "mw" as the schools write them): "mauri" to open, "taiaoka"
  for please, "tuangai" for tell me, "tera" for what, "tera aran" for what it is called, "tera te
  tabo" for what place, "antai aika a roko" for who came, "iraua" for how many and how much,
  "maanra" for how long, "e kangaa" for how (it went), "i" for I and "au" for my, "i a tia ni" for I
  have already, "i na" for I will, "ti na" for we will, "e na" for it will, "bwa" for that (the
  conjunction), "iai" for there, "karaoia" for do it, "amwarake" for eat and food, "moi" for drink,
  "matu" for sleep, "nako n matu" for go to bed, "uti" for wake, "biri" for run, "bootaki" for a
  meeting, "moan" for the first, "aoa" for hours, "te bong", "te bong aei" and "ngkai" for the day,
  today and now, "ni karokoa ngkai" for so far, "te tairiki" for the night, "te wiki aei" and "te
  wiki ae nako" for this week and last week, "imwin" for after, "ngkana" for when and if, "riki" for
  more, "e uarereke" for less, "e maan riki" for longer, "e raoi ke e buakaka" for good or bad, "ke"
  for or, "ao" for and, "naba" for also, "ni kabane" for in all, "ibukin" for about, "taetae" for
  talk, "ongo" for listen, "wareka" for read, "te kamea ae boou" for the new dog, "ana ririki" for
  her years, "te wanikiba" for the plane and "roko" for its landing at Bonriki, "anne" for that (the
  one named), "i a mwaninga" for I forgot;
- a mathematics teacher at a junior secondary school in Bikenibeu who types as he writes pairs on
  the board: lower case, the thing asked about and its day, night, person or condition as a pair in
  round brackets, then the bare question ("(lunch, {day}) where?", "(sleep, {night}) hours?"),
  "vs" inside the brackets for a comparison or a habit and a second short question after it ("hours
  of each?"), "same" for a follow-up ("(same, {who})?");
- a toddy cutter in Temwaiku who cuts his family's coconut palms at dawn and at dusk, writing in
  sentences with capitals, who makes a remark from his working life before or after the question
  ("the palms", "the dawn cutting", "the evening round", "my knife", "the toddy bottles", "sour
  toddy", "the syrup pot", "the ants", "my uncle's land", "the ocean side", "the lagoon side", "my
  wife", "the children", "the buyers at the roadside");
- a retired master mariner in Betio, trained at the Marine Training Centre and long at sea on
  foreign ships, who writes formal sentences with the formulas of a master's letters to the owners
  ("Would you acquaint me with", "Put me in possession of", "I trust you will inform me", "I should
  esteem it a kindness to learn", "I should welcome a statement of"), his follow-ups opened with
  "Following on from this," and "In respect of the same,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev58 life lives in Pacific/Tarawa, from Monday 20 August 2035; the Gilbert Islands keep
UTC+12 all year and keep no summer time (zoneinfo gives one offset, UTC+12, over its 16 days, to 4
September, and over all of 2035), so no clock changes inside it. Dates are written as people in
Kiribati write Gregorian dates in English, day first, British style, as government notices and the
papers in Tarawa print them: the day and the month's name with no ordinal ("21 August"), the month
and the weekday cut to three letters with a full stop ("21 Aug.", "Tue."), or slashed and not
zero-padded ("21/8", "21/8/2035"). For a day that may lie outside the life always with the year ("on
Tuesday, 21 Aug. 2035", "on Tue. 21 August, 2035", "on 21/8/2035, a Tuesday"); for one of the days
before yesterday the days counted "ago" with the weekday and the slashed day ("3 days ago, Friday
24/8"), "on" the short weekday, the day and the short month ("on Fri. 24 Aug."), or "last" weekday,
the day and the month after a comma ("last Friday, 24 August"); today alone, with the day and the
short month in brackets ("today (27 Aug.)"), or with the short weekday, the day and the month after
a comma ("today, Mon. 27 August"); yesterday alone, with the weekday, the day and the month after a
comma, or with the day and the short month in brackets. A night is last night, alone or with its
weekday and slashed day after a comma ("last night, Sunday 26/8"); or "the night of" its two days
"to" each other and the month ("the night of 26 to 27 August"), a weekday and its slashed day "going
into" the next weekday ("Sunday 26/8 going into Monday"), or "on" a weekday "night" and its day and
month ("on Sunday night 26 August"). Day and night names of a first draft that the disjointness
check found shared with another set (the weekday, or the short weekday, with the day and the month,
with or without the year; the zero-padded date with a two-digit year and the short weekday in
brackets; the short weekday with the zero-padded day and month; the weekday and "the" ordinal day;
the slashed date and year with the weekday in brackets, or the weekday with the slashed day in
brackets; today or yesterday with the zero-padded day and month; today with the weekday and the day
and month, or the slashed day, after a comma; yesterday with the short weekday, a full stop and the
slashed day; a weekday "night" with the slashed day after a comma or in brackets; "the night of" two
days joined by a hyphen; last night with its weekday "into" or "to" the next in brackets or after a
comma) were reworded before the set was first tested, as were the toddy cutter's questions that were
word for word a sentence of an earlier set's (no sentence of this set's templates is). Workouts are
named with places in South Tarawa: the Nippon Causeway between Betio and Bairiki, the Bairiki
National Stadium, the lagoon side at Teaoraereke, the road from Bikenibeu to Bonriki, Ambo,
Nawerewere, the lagoon off Bairiki, Bikeman islet, a gym in Betio, the church hall at Nawerewere and
the sports hall in Bairiki.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run across the Nippon Causeway from Betio to Bairiki", "jog round the Bairiki National Stadium",
                 "run along the lagoon side at Teaoraereke"),
         "cycle": ("ride along the road from Bikenibeu to Bonriki", "bike ride from Ambo to Betio and back",
                   "ride out to Nawerewere"),
         "swim": ("swim in the lagoon off Bairiki", "swim out to Bikeman islet", "swim off the beach at Ambo"),
         "yoga": ("yoga session at a gym in Betio", "yoga class in the church hall at Nawerewere"),
         "climb": ("climbing session on the wall at a gym in Betio", "climb on the bouldering wall at the sports hall"
                   " in Bairiki")}
"""What this set's questions call a workout of each activity: places in South Tarawa."""

PHRASES: dict[str, list[str]] = {
    "book": ["mauri, tera te boki ae e tuangai {who} bwa i na wareka? i a mwaninga the title",
             "(book, {who}) title?",
             "Up a palm at dawn I had time to think about it. Which was the book {who} told me I should read?",
             "Would you acquaint me with the title of the book which {who} recommended to me?"],
    "film": ["{who} said i should watch a movie, tera aran te movie anne?",
             "(film, {who}'s pick) which one?",
             "The rain has stopped the evening round, so I have the night free. What was the film {who} told me to"
             " watch?",
             "Put me in possession of the name of the film which {who} advised me to watch."],
    "offsite": ["{who} told me they moved the offsite, tera te tabo ngkai?",
                "(offsite, {who}) new venue?",
                "Going by what {who} told me, where has the offsite gone to now? I cannot leave the palms for long.",
                "I trust you will inform me of the place to which, according to {who}, the offsite has been moved."],
    "restaurant": ["{who} said there is a restaurant ti na amwarake iai, tera aran?",
                   "(restaurant, {who}'s suggestion) which?",
                   "My wife is tired of fish and breadfruit every night. What was the restaurant {who} wanted the"
                   " two of us to try?",
                   "I should esteem it a kindness to learn which restaurant {who} proposed that we try."],
    "flight": ["te wanikiba of {who}, what time e na roko i bonriki?",
               "(flight, {who}) landing time?",
               "What time does the plane of {who} come down? I have to finish the evening cutting before I drive out.",
               "I should welcome a statement of the hour at which the flight of {who} is due to land."],
    "dog": ["{who} got te kamea ae boou, tera aran?",
            "(new dog, {who}) name?",
            "The dogs bark at me every morning under the palms. What did {who} call the new one?",
            "Would you acquaint me with the name which {who} has given to the new dog?"],
    "launch": ["{who} told me the {project} launch was moved, tera te bong ae boou?",
               "({project} launch, {who}) new date?",
               "Someone asked me at the roadside while I sold toddy. What is the new date of the {project} launch,"
               " according to {who}?",
               "Put me in possession of the date to which the {project} launch has been put back, on the word of"
               " {who}."],
    "age": ["{who}'s daughter, e na iraua ana ririki at her birthday?",
            "(daughter of {who}, birthday) turning what age?",
            "How old will the girl of {who} be on her birthday? I want to send a bottle of syrup for the feast.",
            "I trust you will inform me of the age which the daughter of {who} will reach on her birthday."],
    "podcast": ["tera te podcast ae e tuangai {who} bwa i na ongo?",
                "(podcast, {who}) which?",
                "I need something for the walk between the palms. What podcast was it that {who} recommended?",
                "I should esteem it a kindness to learn which podcast {who} commended to me."],
    "breakfast_food": ["tera au amwarake for breakfast {day}? i a mwaninga",
                       "(breakfast, {day}) what?",
                       "I eat after the dawn cutting, half asleep. What did breakfast turn out to be {day}?",
                       "I should welcome a statement of what I took for breakfast {day}."],
    "lunch_food": ["{day} tera au lunch? taiaoka tuangai",
                   "(lunch, {day}) food?",
                   "What was my midday meal {day}? I remember only the ants in the toddy bottles that day.",
                   "Would you acquaint me with what I ate at lunch {day}?"],
    "dinner_food": ["dinner {day}, tera au amwarake?",
                    "(dinner, {day}) what did i eat?",
                    "After the evening round I eat whatever my wife puts down. What was it at dinner {day}?",
                    "Put me in possession of the particulars of my dinner {day}."],
    "lunch_place": ["lunch {day}, tera te tabo ae i amwarake iai?",
                    "(lunch, {day}) where?",
                    "Some days I eat on my uncle's land, some days in town. Where did I end up having lunch {day}?",
                    "I trust you will inform me where I took my lunch {day}."],
    "dinner_place": ["{day} i amwarake dinner where? taiaoka",
                     "(dinner, {day}) place?",
                     "My wife says I am never home for dinner in the cutting season. Where did I eat it {day}?",
                     "I should esteem it a kindness to learn where I dined {day}."],
    "workout_kind": ["tera te exercise ae i karaoia {day}? biri, swim ke tera?",
                     "(workout, {day}) which kind?",
                     "My uncle says the palms keep me fit enough. Which sport did I actually go for {day}?",
                     "I should welcome a statement of the kind of exercise I took {day}."],
    "heart_rate": ["au {noun} {day}, iraua my average heart rate?",
                   "({noun}, {day}) avg heart rate?",
                   "My heart goes fast enough at the top of a palm. On the {noun} {day}, what did it average?",
                   "Would you acquaint me with my mean heart rate during the {noun} {day}?"],
    "sleep_quality": ["au matu {night}, e raoi ke e buakaka?",
                      "(sleep, {night}) good or poor?",
                      "The wind off the ocean side was loud {night}. Was my sleep good or bad?",
                      "Put me in possession of the quality of my sleep {night}."],
    "sleep_night": ["iraua te aoa ae i matu {night}?",
                    "(sleep, {night}) hours?",
                    "I am up before the light for the palms. How much sleep did I get {night}, in hours?",
                    "I trust you will inform me how many hours I slept {night}."],
    "exercise_duration": ["au {noun} {day}, e maanra? how many minutes?",
                          "({noun}, {day}) minutes?",
                          "How many minutes did the {noun} {day} take? The children laugh that I train at all.",
                          "I should esteem it a kindness to learn how long my {noun} lasted {day}."],
    "meeting_duration": ["the {title} bootaki {day}, e maanra?",
                         "({title} meeting, {day}) length?",
                         "How long did the {title} meeting {day} go on? It kept me from the evening round.",
                         "I should welcome a statement of the duration of the {title} meeting {day}."],
    "distance_run": ["iraua te km ae i biri {day}?",
                     "(run, {day}) km?",
                     "My legs ache as if I had gone up every palm on the land. How many km did I cover running {day}?",
                     "Would you acquaint me with the distance I ran {day}?"],
    "distance_cycle": ["{day} i bike iraua te km?",
                       "(bike, {day}) distance?",
                       "The toddy bottles rattle on the back of the bike. How many km did the bike take me {day}?",
                       "Put me in possession of the distance I covered by bicycle {day}."],
    "distance_swim": ["i swim iraua {day}? metres ke km?",
                      "(swim, {day}) how far?",
                      "The lagoon side was warm after the cutting. How far did I get swimming {day}, in metres or km?",
                      "I trust you will inform me of the distance I swam {day}."],
    "attendees": ["antai aika a roko n te {title} meeting {day}?",
                  "({title} meeting, {day}) who attended?",
                  "I was thinking about my knife the whole time. Who else was at the {title} meeting {day}?",
                  "I should esteem it a kindness to learn who attended the {title} meeting {day}."],
    "coffee_count": ["iraua te cup of coffee ae i moi {day}?",
                     "(coffee, {day}) cups?",
                     "Toddy in the morning, coffee after. How many coffees went down {day}?",
                     "I should welcome a statement of the number of cups of coffee I drank {day}."],
    "caffeine": ["{day} iraua te mg of caffeine ae i moi ni kabane?",
                 "(caffeine, {day}) total mg?",
                 "My hands shook on the knife. In milligrams, how much caffeine did I take in altogether {day}?",
                 "Would you acquaint me with the total caffeine, in milligrams, that I took {day}?"],
    "meeting_count": ["iraua au bootaki {day}?",
                      "(meetings, {day}) how many?",
                      "Every meeting is an hour away from the palms. How many did I sit through {day}?",
                      "Put me in possession of the number of meetings I attended {day}."],
    "km_week": ["te wiki aei, iraua te km of {activity} ae i a tia ni karaoia?",
                "({activity}, this week) km so far?",
                "My uncle says cutting toddy is training enough. What is my {activity} distance this week so far,"
                " in km?",
                "I trust you will inform me of the distance I have covered in {activity} during the present week."],
    "workouts_week": ["te wiki aei iraua te workout ae i karaoia ni karokoa ngkai?",
                      "(workouts, this week) count?",
                      "How many workouts have I fitted in between the two cuttings this week?",
                      "I should esteem it a kindness to learn how many workouts I have completed this week."],
    "first_coffee": ["au moan coffee {day}, what time?",
                     "(first coffee, {day}) time?",
                     "The first coffee always comes after the dawn cutting. At what time was it {day}?",
                     "I should welcome a statement of the hour of my first coffee {day}."],
    "last_coffee": ["what time i moi au last coffee {day}?",
                    "(last coffee, {day}) what time?",
                    "I was stirring the syrup pot late {day}. When did I have my last coffee that day?",
                    "Would you acquaint me with the hour of my last coffee {day}?"],
    "first_meeting": ["au moan bootaki {day}, e start what time?",
                      "(first meeting, {day}) start time?",
                      "What time did my first meeting {day} start? I came to it with sap on my hands.",
                      "Put me in possession of the hour at which my first meeting {day} began."],
    "wake": ["what time i uti {day}?",
             "(wake-up, {day}) time?",
             "The palms will not wait for the sun. At what time was I up {day}?",
             "I trust you will inform me of the hour at which I woke {day}."],
    "bedtime": ["what time i nako n matu {night}?",
                "(bedtime, {night}) when?",
                "I was hanging the bottles for the morning {night}. What time did I finally lie down?",
                "I should esteem it a kindness to learn the hour at which I turned in {night}."],
    "dinner_on_distance": ["te bong ae i {past} {km} km, tera au dinner?",
                           "(dinner, day i {past} {km} km) what?",
                           "I came home starving the day I {past} {km} km. What went on my plate at dinner that day?",
                           "I should welcome a statement of my dinner on the day on which I {past} {km} km."],
    "meeting_after_workout": ["imwin au {noun} {day} i nako n te meeting, antai aika a roko?",
                              "(meeting after {noun}, {day}) who was there?",
                              "I went from the {noun} {day} into a meeting still wet. Who was at it?",
                              "Would you acquaint me with the persons present at the meeting which followed my"
                              " {noun} {day}?"],
    "lunch_on_meeting_day": ["te bong of the {title} bootaki, i amwarake lunch where?",
                             "(lunch, day of {title} meeting) where?",
                             "The day of the {title} meeting I left the bottles hanging till noon. Where did I eat"
                             " at midday?",
                             "Put me in possession of the place where I lunched on the day of the {title} meeting."],
    "sleep_after_meeting": ["te tairiki imwin te {title} bootaki, iraua te aoa ae i matu?",
                            "(sleep, night after {title} meeting) hours?",
                            "After the {title} meeting I still had the evening round to do. How many hours of"
                            " sleep did I get that night?",
                            "I trust you will inform me how many hours I slept on the night following the {title}"
                            " meeting."],
    "dinner_on_said_day": ["te bong ae e taetae iai {who} ibukin {value}, tera au dinner?",
                           "(dinner, day {who} mentioned {value}) what?",
                           "{who} talked about {value} with me at the roadside one day. What was my dinner on that"
                           " day?",
                           "I should esteem it a kindness to learn what I had for dinner on the day on which {who}"
                           " spoke of {value}."],
    "compare_sleep": ["{n1} ke {n2}, which night i matu riki?",
                      "(sleep, {n1} vs {n2}) which longer? hours of each?",
                      "Which gave me more sleep, {n1} or {n2}? On one of those nights the syrup pot kept me up.",
                      "I should welcome a statement of which night I slept the longer, {n1} or {n2}, with the"
                      " hours of each."],
    "compare_caffeine": ["{d1} ke {d2}, which day i moi riki te caffeine?",
                         "(caffeine, {d1} vs {d2}) which more? mg of each?",
                         "Was it {d1} or {d2} that had more caffeine in me? On one of them I cut my uncle's palms too.",
                         "Would you acquaint me with the day on which I took more caffeine, {d1} or {d2}?"],
    "compare_duration": ["au workout {d1} ao au workout {d2}, which one e maan riki?",
                         "(workout, {d1} vs {d2}) which longer? minutes of each?",
                         "Which ran on longer, my workout {d1} or my workout {d2}? One of them made me late for"
                         " the evening round.",
                         "Put me in possession of which was the longer workout, that of {d1} or that of {d2}."],
    "compare_coffee_weeks": ["te wiki aei i moi riki te coffee than te wiki ae nako, ke e uarereke?",
                             "(coffee, this week vs last week) more or fewer? cups of each?",
                             "The early cuttings are getting to me. Is my coffee up or down this week compared"
                             " with last week?",
                             "I trust you will inform me whether I have drunk more or less coffee this week than"
                             " in the week before."],
    "late_coffee_sleep": ["ngkana i moi coffee after {t}, e uarereke riki au matu?",
                          "(sleep, coffee after {t} vs none) shorter? avg hours of each?",
                          "My wife says coffee after {t} is worse for me than sour toddy. Do I sleep less after it?",
                          "I should esteem it a kindness to learn whether I sleep less after days on which I take"
                          " coffee after {t}."],
    "late_dinner_sleep": ["ngkana i amwarake dinner at {t} or later, i matu less?",
                          "(sleep, dinner at {t} or later vs earlier) shorter? avg hours?",
                          "I often eat late after the evening round. Does dinner at {t} or later cut my sleep short?",
                          "I should welcome a statement of whether my sleep is shorter when I dine at {t} or later."],
    "exercise_sleep": ["ngkana i exercise n te bong, i matu riki?",
                       "(sleep, workout days vs rest days) longer? avg of each?",
                       "Do I sleep longer after days I exercise than after days I only work the palms?",
                       "Would you acquaint me with whether I sleep longer after the days on which I exercise?"],
    "caffeine_sleep": ["ngkana {mg} mg of caffeine or more n te bong, e kangaa au matu?",
                       "(sleep, days of {mg}+ mg caffeine vs others) avg hours of each?",
                       "Does my sleep suffer after days of {mg} mg of caffeine or more? My wife thinks so.",
                       "Put me in possession of how I sleep after days on which I take {mg} mg of caffeine or more."],
    "exercise_coffee": ["n te bong ae i workout, i moi riki te coffee?",
                        "(coffee, workout days vs other days) more? avg cups of each?",
                        "The buyers at the roadside think I live on coffee. Do I drink more of it on training days?",
                        "I trust you will inform me whether I take more coffee on the days on which I exercise."],
    "fu_day_before": ["ao the day before anne?",
                      "(same, day before)?",
                      "And for the day before it? Quick, the bottles are full.",
                      "Following on from this, I should welcome the same for the day preceding."],
    "fu_meeting_length": ["te bootaki anne, e maanra?",
                          "(that meeting) length in minutes?",
                          "How long did it go on, that meeting?",
                          "In respect of the same, would you acquaint me with the length of that meeting?"],
    "fu_other_day": ["ao {day}? same question taiaoka",
                     "(same, {day})?",
                     "Same again for {day}, if you please. I am sharpening my knife.",
                     "Following on from this, put me in possession of the same for {day}."],
    "fu_night_before": ["ao the night before anne?",
                        "(same, night before)?",
                        "And the night before, when I was up with the syrup pot?",
                        "In respect of the same, I trust you will inform me of the figure for the night preceding it."],
    "fu_today": ["ao te bong aei ni karokoa ngkai?",
                 "(same, today so far)?",
                 "And today, up to now, before the evening round?",
                 "Following on from this, I should esteem it a kindness to learn the figure for today thus far."],
    "fu_other_person": ["ao {who} naba?",
                        "(same, {who})?",
                        "What about {who}, who buys my toddy most mornings?",
                        "In respect of the same, I should welcome a statement concerning {who}."],
}
"""Every question key's templates: the check-in agent's, the mathematics teacher's, the toddy
cutter's, the retired master mariner's."""


def _slashed(day: date) -> str:
    """Day first, not zero-padded ("21/8")."""
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    short, mon = name[:3], month[:3]
    if absolute:
        return [f"on {name}, {day.day} {mon}. {day.year}", f"on {short}. {day.day} {month}, {day.year}",
                f"on {_slashed(day)}/{day.year}, a {name}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({day.day} {mon}.)", f"today, {short}. {day.day} {month}"]
    if back == 1:
        return ["yesterday", f"yesterday, {name} {day.day} {month}", f"yesterday ({day.day} {mon}.)"]
    return [f"{back} days ago, {name} {_slashed(day)}", f"on {short}. {day.day} {mon}.",
            f"last {name}, {day.day} {month}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, following, month = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()], MONTHS[day.month - 1]
    span = (f"{day.day} to {after.day} {month}" if after.month == day.month
            else f"{day.day} {month} to {after.day} {MONTHS[after.month - 1]}")
    options = [f"the night of {span}", f"{name} {_slashed(day)} going into {following}",
               f"on {name} night {day.day} {month}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, {name} {_slashed(day)}"]
    return options
