"""Question phrasings of the answers benchmark's tuning sets, ``dev``, ``dev2`` and ``dev3``
(docs/benchmarks.md, "Answers").

``dev`` was written to tune on. ``dev2`` was the held-out set until the engineer tuning the
answer planner had read it; it is a second tuning set now, asked with the same phrasings as before.
``dev3`` was written later, to tune on, to widen what the planner sees: its questions are typed as
many different people type to an assistant (terse or in full, lower case or not, British or
American words, weekday and month abbreviations, day-first dates), each still asking for one gold.
The fourth to one hundred and thirty-fifth tuning sets live in ``answers_dev4_phrases`` (only to keep this module
short), ``answers_dev5_phrases``, ``answers_dev6_phrases``, ``answers_dev7_phrases``,
``answers_dev8_phrases``, ``answers_dev9_phrases``, ``answers_dev10_phrases``,
``answers_dev11_phrases``, ``answers_dev12_phrases``, ``answers_dev13_phrases``,
``answers_dev14_phrases``, ``answers_dev15_phrases``, ``answers_dev16_phrases``,
``answers_dev17_phrases``, ``answers_dev18_phrases``, ``answers_dev19_phrases``,
``answers_dev20_phrases``, ``answers_dev21_phrases``, ``answers_dev22_phrases``,
``answers_dev23_phrases``, ``answers_dev24_phrases``, ``answers_dev25_phrases``,
``answers_dev26_phrases``, ``answers_dev27_phrases``, ``answers_dev28_phrases``,
``answers_dev29_phrases``, ``answers_dev30_phrases``, ``answers_dev31_phrases``,
``answers_dev32_phrases``, ``answers_dev33_phrases``, ``answers_dev34_phrases``,
``answers_dev35_phrases``, ``answers_dev36_phrases``, ``answers_dev37_phrases``,
``answers_dev38_phrases``, ``answers_dev39_phrases``, ``answers_dev40_phrases``,
``answers_dev41_phrases``, ``answers_dev42_phrases``, ``answers_dev43_phrases``,
``answers_dev44_phrases``, ``answers_dev45_phrases``, ``answers_dev46_phrases``,
``answers_dev47_phrases``, ``answers_dev48_phrases``, ``answers_dev49_phrases``,
``answers_dev50_phrases``, ``answers_dev51_phrases``, ``answers_dev52_phrases``,
``answers_dev53_phrases``, ``answers_dev54_phrases``, ``answers_dev55_phrases``,
``answers_dev56_phrases``, ``answers_dev57_phrases``, ``answers_dev58_phrases``,
``answers_dev59_phrases``, ``answers_dev60_phrases``, ``answers_dev61_phrases``,
``answers_dev62_phrases``, ``answers_dev63_phrases``, ``answers_dev64_phrases``,
``answers_dev65_phrases``, ``answers_dev66_phrases``, ``answers_dev67_phrases``,
``answers_dev68_phrases``, ``answers_dev69_phrases``, ``answers_dev70_phrases``,
``answers_dev71_phrases``, ``answers_dev72_phrases``, ``answers_dev73_phrases``,
``answers_dev74_phrases``, ``answers_dev75_phrases``, ``answers_dev76_phrases``,
``answers_dev77_phrases``, ``answers_dev78_phrases``, ``answers_dev79_phrases``,
``answers_dev80_phrases``, ``answers_dev81_phrases``, ``answers_dev82_phrases``,
``answers_dev83_phrases``, ``answers_dev84_phrases``, ``answers_dev85_phrases``,
``answers_dev86_phrases``, ``answers_dev87_phrases``, ``answers_dev88_phrases``,
``answers_dev89_phrases``, ``answers_dev90_phrases``, ``answers_dev91_phrases``,
``answers_dev92_phrases``, ``answers_dev93_phrases``, ``answers_dev94_phrases``,
``answers_dev95_phrases``, ``answers_dev96_phrases``, ``answers_dev97_phrases``,
``answers_dev98_phrases``, ``answers_dev99_phrases``, ``answers_dev100_phrases``,
``answers_dev101_phrases``, ``answers_dev102_phrases``, ``answers_dev103_phrases``,
``answers_dev104_phrases``, ``answers_dev105_phrases``, ``answers_dev106_phrases``,
``answers_dev107_phrases``, ``answers_dev108_phrases``, ``answers_dev109_phrases``,
``answers_dev110_phrases``, ``answers_dev111_phrases``, ``answers_dev112_phrases``,
``answers_dev113_phrases``, ``answers_dev114_phrases``, ``answers_dev115_phrases``,
``answers_dev116_phrases``, ``answers_dev117_phrases``, ``answers_dev118_phrases``,
``answers_dev119_phrases``, ``answers_dev120_phrases``, ``answers_dev121_phrases``, ``answers_dev122_phrases``, ``answers_dev123_phrases``, ``answers_dev124_phrases``, ``answers_dev125_phrases``, ``answers_dev126_phrases``, ``answers_dev127_phrases``, ``answers_dev128_phrases``, ``answers_dev129_phrases``, ``answers_dev130_phrases``, ``answers_dev131_phrases``, ``answers_dev132_phrases``, ``answers_dev133_phrases``, ``answers_dev134_phrases`` and ``answers_dev135_phrases`` (dev5 to dev29 each the held-out set until
2026-12-04, dev30 to dev83 until 2026-12-05, dev84 to dev122 until 2026-12-06, dev123 to dev135 until 2026-12-07). The held-out phrasings live apart, in ``answers_heldout_phrases``, so that whoever
tunes the planner can read this module and leave that one unread.

Each template fills its slots from ``answers_evalset.Builder``: ``{who}`` a first name,
``{project}``, ``{day}`` (``day_phrase``), ``{night}`` (``night_phrase``), ``{noun}`` a workout
("run", "ride"), ``{title}`` a meeting, ``{past}``/``{verb}``/``{activity}`` a sport, ``{km}``,
``{value}`` a title said, ``{n1}``/``{n2}`` and ``{d1}``/``{d2}`` two nights or days, ``{t}`` a
clock time ("3 pm"), ``{mg}``. A template may leave out slots it has no use for. A slot named with
a capital (``{Day}``, ``{Night}``, ``{D1}``) is the same value with a capital first letter, for a
question that opens with it.
"""

from __future__ import annotations

import random
from datetime import date

from answers_life import MONTHS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tues", "Wed", "Thu", "Fri", "Sat", "Sun")
"""How dev3 questions abbreviate weekdays, as people type them."""
COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
NOUNS = {"dev3": {"run": ("run", "jog"), "cycle": ("ride", "bike ride"), "swim": ("swim", "swim session"),
                  "yoga": ("yoga class", "yoga"), "climb": ("climbing session", "climb")}}
"""What a set with words of its own calls a workout (one drawn per question; dev and dev2 use
answers_builder.NOUN)."""
# Every key has a dev, a dev2 and a dev3 list (and dev4 to dev11 and held-out ones in their own modules); no
# template appears in two sets (a test checks it). dev3 keeps its templates' case (as_typed in answers_sets).
PHRASES: dict[str, dict[str, list[str]]] = {"dev": {
    "book": ["What book did {who} recommend?", "Which book did {who} tell me to read?"],
    "film": ["What film did {who} recommend?", "Which movie did {who} say I should watch?"],
    "offsite": ["Where did {who} say the offsite moved to?", "According to {who}, where is the offsite now?"],
    "restaurant": ["Which restaurant did {who} suggest we try?", "What place did {who} say we should try?"],
    "flight": ["What time does {who}'s flight land?", "When did {who} say their flight lands?"],
    "dog": ["What is the name of {who}'s new dog?", "What did {who} name their dog?"],
    "launch": ["When did {who} say the {project} launch is now?", "What date did the {project} launch slip to, according to {who}?"],
    "age": ["How old is {who}'s daughter turning?", "What age is {who}'s daughter turning?"],
    "podcast": ["What podcast did {who} recommend?", "Which podcast did {who} tell me about?"],
    "breakfast_food": ["What did I eat for breakfast {day}?", "What did I have for breakfast {day}?"],
    "lunch_food": ["What did I eat for lunch {day}?", "What did I have for lunch {day}?"],
    "dinner_food": ["What did I eat for dinner {day}?", "What was dinner {day}?"],
    "lunch_place": ["Where did I have lunch {day}?", "Where did I eat lunch {day}?"],
    "dinner_place": ["Where did I have dinner {day}?", "Where did I eat dinner {day}?"],
    "workout_kind": ["What workout did I do {day}?", "What exercise did I do {day}?"],
    "heart_rate": ["What was my average heart rate on my {noun} {day}?", "What was my average heart rate during the {noun} {day}?"],
    "sleep_quality": ["How well did I sleep {night}?", "What was my sleep quality {night}?"],
    "sleep_night": ["How long did I sleep {night}?", "How many hours did I sleep {night}?"],
    "exercise_duration": ["How long was my {noun} {day}?", "How many minutes did my {noun} take {day}?"],
    "meeting_duration": ["How long was the {title} {day}?", "How long did the {title} meeting last {day}?"],
    "distance_run": ["How far did I run {day}?", "How many km did I run {day}?"],
    "distance_cycle": ["How far did I cycle {day}?", "How many kilometres did I ride {day}?"],
    "distance_swim": ["How far did I swim {day}?", "What distance did I swim {day}?"],
    "attendees": ["Who attended the {title} {day}?", "Who was at the {title} {day}?", "Who was in the {title} meeting {day}?"],
    "coffee_count": ["How many coffees did I have {day}?", "How many cups of coffee did I drink {day}?"],
    "caffeine": ["How much caffeine did I have {day}?", "How many mg of caffeine did I have {day}?"],
    "meeting_count": ["How many meetings did I have {day}?", "How many meetings were on my calendar {day}?"],
    "km_week": ["How many km did I {verb} this week?", "How far did I {verb} in total this week?"],
    "workouts_week": ["How many workouts did I do this week?", "How many times did I exercise this week?"],
    "first_coffee": ["When was my first coffee {day}?", "What time did I first have coffee {day}?"],
    "last_coffee": ["When was my last coffee {day}?", "What time did I have my last coffee {day}?"],
    "first_meeting": ["What time did my first meeting start {day}?", "When was my first meeting {day}?"],
    "wake": ["When did I wake up {day}?", "What time did I get up {day}?"],
    "bedtime": ["When did I go to bed {night}?", "What time did I fall asleep {night}?"],
    "dinner_on_distance": ["What did I eat for dinner on the day I {past} {km} km?", "What was dinner on the day I {past} {km} km?"],
    "meeting_after_workout": ["Who was at the meeting right after my {noun} {day}?", "Who attended the first meeting after my {noun} {day}?"],
    "lunch_on_meeting_day": ["Where did I have lunch on the day of the {title}?", "Where did I eat lunch the day we had the {title}?"],
    "sleep_after_meeting": ["How long did I sleep the night after the {title}?", "How much did I sleep after the day of the {title}?"],
    "dinner_on_said_day": ["What did I have for dinner on the day {who} recommended {value}?"],
    "compare_sleep": ["Did I sleep more {n1} or {n2}?", "Did I get more sleep {n1} or {n2}?"],
    "compare_caffeine": ["Did I have more caffeine {d1} or {d2}?", "Was there more caffeine {d1} or {d2}?"],
    "compare_duration": ["Was my workout longer {d1} or {d2}?", "Did I exercise longer {d1} or {d2}?"],
    "compare_coffee_weeks": ["Did I drink more coffee this week than last week?", "Have I had more coffees this week than last week?"],
    "late_coffee_sleep": ["Do I sleep less after a coffee at or after {t}?", "Do I sleep less on nights after I have coffee at {t} or later?"],
    "late_dinner_sleep": ["Do I sleep less when dinner starts at or after {t}?", "Do I sleep less on nights I eat dinner at {t} or later?"],
    "exercise_sleep": ["Do I sleep more on nights after a day I exercised?", "Do I sleep longer after days with a workout?"],
    "caffeine_sleep": ["Do I sleep less after days with at least {mg} mg of caffeine?"],
    "exercise_coffee": ["Do I drink more coffee on days I exercise?", "Do I have more coffees on workout days?"],
    "fu_day_before": ["And the day before?", "What about the day before?"],
    "fu_other_person": ["What about {who}?", "And {who}?"],
    "fu_today": ["And today?", "What about today?"],
    "fu_meeting_length": ["And how long was it?", "How long did it last?"],
    "fu_night_before": ["And the night before?", "What about the night before that?"],
    "fu_other_day": ["And {day}?", "What about {day}?"],
}, "dev2": {
    "book": ["{who} told me to read something. Which book was it?", "Remind me of the novel {who} suggested."],
    "film": ["{who} was raving about a movie. Which one?", "Name the film {who} said to watch."],
    "offsite": ["Per {who}, where's the offsite going to be?", "{who} mentioned a new location for the offsite. Which city?"],
    "restaurant": ["{who} had a restaurant tip for me. What was it?", "Which place to eat did {who} bring up?"],
    "flight": ["{who} is flying in. At what time does the plane land?", "Remind me when {who}'s flight gets in."],
    "dog": ["{who} got a dog recently. What's it called?", "Name of the dog {who} adopted?"],
    "launch": ["{who} mentioned the {project} launch moved. To which date?", "Per {who}, when is {project} launching now?"],
    "age": ["{who}'s daughter has a birthday coming up. How old will she be?", "Which birthday is {who}'s daughter celebrating?"],
    "podcast": ["{who} suggested a podcast to me. What is it called?", "Name the podcast {who} brought up."],
    "breakfast_food": ["What was on my plate at breakfast {day}?", "Remind me what breakfast was {day}."],
    "lunch_food": ["What was my lunch {day}?", "Remind me what I ate at lunchtime {day}."],
    "dinner_food": ["What did I have as my evening meal {day}?", "Tell me what I ate for supper {day}."],
    "lunch_place": ["At which place did I eat lunch {day}?", "Lunch {day}: where was it?"],
    "dinner_place": ["Where was dinner {day}?", "Which place did I have supper at {day}?"],
    "workout_kind": ["Which sport did I do {day}?", "What kind of training did I do {day}?"],
    "heart_rate": ["During my {noun} {day}, what was the mean heart rate?", "Average bpm for the {noun} {day}?"],
    "sleep_quality": ["Was my sleep good, fair or poor {night}?", "How restful was my sleep {night}?"],
    "sleep_night": ["How much sleep did I get {night}?", "What was my sleep duration {night}?"],
    "exercise_duration": ["What was the length of my {noun} {day}?", "For how long did I do my {noun} {day}?"],
    "meeting_duration": ["How much time did the {title} take {day}?", "What was the length of the {title} {day}?"],
    "distance_run": ["What distance did I cover running {day}?", "How long was my run {day}, in km?"],
    "distance_cycle": ["How many km was my bike ride {day}?", "What distance did I ride {day}?"],
    "distance_swim": ["How much did I swim {day}, distance-wise?", "What was my swim distance {day}?"],
    "attendees": ["Which people joined the {title} {day}?", "List everyone in the {title} {day}.", "Who took part in the {title} {day}?"],
    "coffee_count": ["Count my coffees {day}.", "What number of coffees did I drink {day}?"],
    "caffeine": ["What was my total caffeine intake {day}?", "Total caffeine {day}, in milligrams?"],
    "meeting_count": ["Count the meetings I had {day}.", "What number of calendar meetings did I have {day}?"],
    "km_week": ["What's my total {activity} distance since Monday?", "Sum up the kilometres I {past} since Monday."],
    "workouts_week": ["How many training sessions have I logged since Monday?", "Since Monday, how many times did I work out?"],
    "first_coffee": ["What time was my earliest coffee {day}?", "At what time did I have coffee first {day}?"],
    "last_coffee": ["What time was my final coffee {day}?", "When did I have the last cup of coffee {day}?"],
    "first_meeting": ["When did the earliest meeting begin {day}?", "At what time did my first calendar meeting start {day}?"],
    "wake": ["At what time did I get out of bed {day}?", "What was my wake-up time {day}?"],
    "bedtime": ["What time did I turn in {night}?", "When did my sleep start {night}?"],
    "dinner_on_distance": ["On the day I {past} {km} km, what was dinner?", "I {past} {km} km one day; what did I eat that evening?"],
    "meeting_after_workout": ["After my {noun} {day}, who was in the next meeting?", "Which people were at the meeting that followed my {noun} {day}?"],
    "lunch_on_meeting_day": ["On the day of the {title}, where did I go for lunch?", "The day of the {title}: where was lunch?"],
    "sleep_after_meeting": ["After the {title}, how much did I sleep that night?", "What was my sleep duration the night following the {title}?"],
    "dinner_on_said_day": ["On the day {who} recommended {value}, what did I eat for dinner?"],
    "compare_sleep": ["Which night did I sleep longer: {n1} or {n2}?", "Compare my sleep {n1} and {n2}: which was longer?"],
    "compare_caffeine": ["Was my caffeine higher {d1} or {d2}?", "Compare my caffeine intake {d1} versus {d2}."],
    "compare_duration": ["Which workout took more time, the one {d1} or the one {d2}?", "Compare the length of my workouts {d1} and {d2}."],
    "compare_coffee_weeks": ["Am I drinking more coffee this week compared with last week?", "Coffee count this week versus last week: more or fewer?"],
    "late_coffee_sleep": ["When I drink coffee at {t} or later, do I get less sleep that night?", "Does a coffee at or after {t} cut my sleep?"],
    "late_dinner_sleep": ["When dinner begins at {t} or later, do I sleep less?", "Does eating dinner at or after {t} shorten my sleep?"],
    "exercise_sleep": ["Do workout days give me longer nights of sleep?", "Is my sleep longer on nights following exercise?"],
    "caffeine_sleep": ["When my caffeine reaches {mg} mg or more in a day, do I sleep less that night?"],
    "exercise_coffee": ["On days I train, do I drink more coffee?", "Is my coffee count higher on exercise days?"],
    "fu_day_before": ["How about the previous day?", "Same question for the day before."],
    "fu_other_person": ["Same question about {who}.", "How about {who}?"],
    "fu_today": ["How about so far today?", "Same for today?"],
    "fu_meeting_length": ["What was its duration?", "How many minutes did that meeting run?"],
    "fu_night_before": ["How about the previous night?", "Same for the night before?"],
    "fu_other_day": ["How about {day}?", "Same question, but {day}."],
}, "dev3": {
    "book": ["the book {who} recommended, what was it again?", "Do you remember which book {who} said I should read?",
             "what was that book {who} recommended", "I need the title of the book {who} told me to read."],
    "film": ["any idea what movie {who} told me to watch?", "{who}'s film recommendation?",
             "Which film was it that {who} said I had to see?", "Can you check what movie {who} recommended to me?"],
    "offsite": ["where's the offsite moving to, according to {who}?", "{who} said the offsite moved - where to?",
                "Do you remember where {who} said the offsite's been moved to?"],
    "restaurant": ["what restaurant did {who} want us to try", "{who} suggested somewhere to eat, what was it called?",
                   "Tell me the name of the restaurant {who} recommended."],
    "flight": ["what time's {who} landing?", "Can you check what time {who}'s plane touches down?",
               "{who}'s flight - when does it land?"],
    "dog": ["what's {who}'s dog called?", "Do you remember the name of the dog {who} adopted?",
            "what did {who} name the new dog"],
    "launch": ["new {project} launch date according to {who}?", "{who} said {project} slipped, to when?",
               "I need to know when {who} said the {project} launch is happening now."],
    "age": ["{who}'s daughter - how old's she turning?", "{who}'s daughter is turning what, again?",
            "Do you remember which birthday {who}'s daughter has coming up?"],
    "podcast": ["{who}'s podcast rec?", "Any idea which podcast {who} said I'd like?",
                "can you remind me what podcast {who} suggested"],
    "breakfast_food": ["what was my breakfast {day}", "{Day}, what did I have for brekkie?", "breakfast {day} - what was it?",
                       "Tell me what I ate for breakfast {day}."],
    "lunch_food": ["what'd I eat at lunch {day}", "{Day}, what was lunch?", "lunch {day} - what did I have?",
                   "Do you remember what I had for lunch {day}?"],
    "dinner_food": ["supper {day}, what was it?", "{Day}, what was my evening meal?", "what was for dinner {day}?",
                    "I need to know what I ate for dinner {day}."],
    "lunch_place": ["where'd I go for lunch {day}", "{Day}, where did I grab lunch?", "which place was lunch at {day}?",
                    "Can you check where I ate at lunchtime {day}?"],
    "dinner_place": ["where did I go for dinner {day}", "{Day}, where did I have my evening meal?",
                     "where was supper {day}?", "Any idea where I had dinner {day}?"],
    "workout_kind": ["what'd I do for a workout {day}", "{Day}, what sort of workout was it?",
                     "which workout did I do {day}?", "Do you remember what exercise I got {day}?"],
    "heart_rate": ["avg heart rate on my {noun} {day}?", "{Day}, what was my average HR during the {noun}?",
                   "Can you check my average pulse for the {noun} {day}?",
                   "what did my heart rate average on the {noun} {day}"],
    "sleep_quality": ["how did I sleep {night}, quality-wise?", "sleep quality {night}?",
                      "{Night}, what was the quality of my kip like?", "Tell me how well I slept {night}."],
    "sleep_night": ["how much kip did I get {night}?", "{Night}, how many hours of sleep did I get?",
                    "hours slept {night}?", "Can you check how long I was asleep {night}?"],
    "exercise_duration": ["{Day}, how long did the {noun} go for?", "duration of my {noun} {day}?",
                          "Do you remember how long my {noun} lasted {day}?", "how many mins was my {noun} {day}"],
    "meeting_duration": ["how long did the {title} go {day}?", "{Day}, how long did the {title} last?",
                         "How many minutes was the {title} {day}?", "Can you check how long the {title} took {day}?"],
    "distance_run": ["how many kilometres did I run {day}", "{Day}, how far did I run?", "how far was my jog {day}?",
                     "run distance {day}?"],
    "distance_cycle": ["how many kilometers did I bike {day}?", "{Day}, how far did I ride my bike?",
                       "bike ride distance {day}?", "I need to know how far I cycled {day}, in km."],
    "distance_swim": ["how many metres did I swim {day}?", "{Day}, how far did I swim?",
                      "what distance did I cover in the pool {day}", "swim distance {day}?"],
    "attendees": ["who came to the {title} {day}?", "{Day}, who was in the {title}?", "attendees of the {title} {day}?",
                  "Can you check who was at the {title} {day}?"],
    "coffee_count": ["number of coffees {day}?", "{Day}, how many coffees did I have?",
                     "how many cups did I drink {day}", "Any idea how many coffees I had {day}?"],
    "caffeine": ["how much caffeine did I take in {day}", "{Day}, how many milligrams of caffeine did I have?",
                 "total mg of caffeine {day}?", "caffeine intake {day}?"],
    "meeting_count": ["how many meetings were in my diary {day}", "{Day}, how many meetings was I in?",
                      "number of meetings {day}?", "Can you check how many meetings I had {day}?"],
    "km_week": ["how many km of {activity} have I done this week?", "total {activity} distance so far this week?",
                "how far have I gone {activity} since Mon?", "This week, how many kilometers did I {verb}?"],
    "workouts_week": ["how many times have I exercised since Mon?", "workout count this week?",
                      "This week, how many workouts have I got in so far?",
                      "I need to know how many times I've trained this week."],
    "first_coffee": ["when did I have my first cup {day}", "{Day}, what time was the first coffee?",
                     "first coffee time {day}?", "Can you check when I had my first coffee {day}?"],
    "last_coffee": ["when did I have my last coffee {day}", "{Day}, what time was my final cup?",
                    "last coffee time {day}?", "Any idea when my last coffee was {day}?"],
    "first_meeting": ["when did my first meeting start {day}", "{Day}, what time was the first meeting on my calendar?",
                      "first meeting {day}, what time?", "Tell me when my earliest meeting kicked off {day}."],
    "wake": ["what time did I wake up {day}", "{Day}, what time did I get up?", "wake-up time {day}?",
             "Do you remember what time I woke {day}?"],
    "bedtime": ["when did I hit the sack {night}", "{Night}, what time did I go to bed?", "bedtime {night}?",
                "Can you check when I turned in {night}?"],
    "dinner_on_distance": ["the day I {past} {km} km, what did I have for supper?",
                           "what was my evening meal on the day I {past} {km} km",
                           "Do you remember what I had for dinner the day of my {km} km {noun}?"],
    "meeting_after_workout": ["{Day}, after my {noun}, who was at my next meeting?",
                              "who was in my first meeting after the {noun} {day}",
                              "Can you check who attended the meeting straight after my {noun} {day}?"],
    "lunch_on_meeting_day": ["where'd I have lunch on the day of the {title}?", "lunch spot on the day of the {title}?",
                             "Do you remember where I ate lunch the day the {title} happened?"],
    "sleep_after_meeting": ["how much kip did I get the night after the {title}?",
                            "The night after the {title}, how long did I sleep?",
                            "Can you check how many hours I slept the night after the {title}?"],
    "dinner_on_said_day": ["what did I have for supper the day {who} recommended {value}?",
                           "{who} recommended {value} one day - what was for dinner that evening?",
                           "Do you remember what I ate for dinner on the day {who} told me about {value}?"],
    "compare_sleep": ["did I get more kip {n1} or {n2}?", "{N1} or {n2}, which night did I sleep longer?",
                      "longer sleep: {n1} or {n2}?", "Can you tell me whether I slept more {n1} or {n2}?"],
    "compare_caffeine": ["more caffeine {d1} or {d2}?", "{D1} or {d2}: which day had more caffeine?",
                         "Can you check whether I had more caffeine {d1} or {d2}?", "was I more caffeinated {d1} or {d2}"],
    "compare_duration": ["which workout went longer, {d1} or {d2}?", "{D1} or {d2}, when did I train for longer?",
                         "was my workout {d1} longer, or the one {d2}?"],
    "compare_coffee_weeks": ["have I drunk more coffee this week than last?", "more coffees this week than last week?",
                             "Is my coffee count up on last week?",
                             "I need to know if I've had more coffee this week than the week before."],
    "late_coffee_sleep": ["do I sleep less when I have a coffee from {t} onwards?",
                          "Any idea if a coffee at {t} or later costs me sleep?",
                          "coffee at or after {t} - do I sleep less that night?"],
    "late_dinner_sleep": ["do late dinners ({t} or later) cut my sleep?",
                          "When I eat dinner from {t} onwards, do I sleep less?",
                          "do I get less kip on nights I have supper at {t} or after?"],
    "exercise_sleep": ["does working out help me sleep longer?", "do I get more kip on nights after a workout day?",
                       "After a day with exercise, is my sleep longer?"],
    "caffeine_sleep": ["do I sleep less on days I have {mg} mg of caffeine or more?",
                       "days with {mg}mg+ of caffeine - less sleep that night?",
                       "Does hitting {mg} mg of caffeine in a day cut my sleep?"],
    "exercise_coffee": ["do I have more cups of coffee on days I train?", "On days I work out, is my coffee count higher?",
                        "Any idea if I drink more coffee on days with a workout?"],
    "fu_day_before": ["ok and the day before that one?", "one day earlier?", "Can you check the day before too?"],
    "fu_other_person": ["and {who}'s?", "ok now {who}", "Can you check the same thing for {who}?"],
    "fu_today": ["and today so far?", "How many so far today?", "today?"],
    "fu_meeting_length": ["how long did it go for?", "and how many minutes was that one?",
                          "How long did that meeting take?"],
    "fu_night_before": ["and the night prior?", "what about two nights ago?", "And the one before that?"],
    "fu_other_day": ["{Day}?", "and the one {day}?", "how far {day} then?"],
}}


def ordinal(n: int) -> str:
    """3 -> "3rd"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_phrase(variant: str, day: date, today: date, rng: random.Random, absolute: bool = False) -> str:
    """How a dev, dev2 or dev3 question names ``day`` asked on ``today``; ``absolute``: always with the
    month (a day outside the life must not read as one inside it)."""
    back, wd, month = (today - day).days, WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if not absolute and back in (0, 1):
        return ("today", "yesterday")[back]
    if variant == "dev3":
        return rng.choice(dev3_day_options(day, back, absolute))
    if variant == "dev":
        options = [f"on {wd}, {month} {day.day}", f"on {day.month}/{day.day}"]
        options += [f"on {wd}", f"last {wd}"] if 2 <= back <= 6 and not absolute else []
    else:
        options = [f"on {month[:3]} {day.day}", f"on the {ordinal(day.day)} of {month}"]
        options += [] if absolute else [f"on {wd} the {ordinal(day.day)}"]
        options += [f"this past {wd}", f"{back} days ago"] if 2 <= back <= 6 and not absolute else []
        options += ["the day before yesterday"] * 2 if back == 2 and not absolute else []
    return rng.choice(options)


def night_phrase(variant: str, day: date, today: date, rng: random.Random) -> str:
    """How a dev, dev2 or dev3 question names the night that starts on ``day``."""
    back, wd, month = (today - day).days, WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if back == 1:
        return "last night"
    if variant == "dev3":
        short, next_day = WEEKDAYS_SHORT[day.weekday()], WEEKDAYS_SHORT[(day.weekday() + 1) % 7]
        options = [f"the night of {month_short(day.month)} {ordinal(day.day)}"]
        options += [f"the night from {short} to {next_day}", f"on {short} night", f"{COUNT_WORDS[back]} nights back"] \
            if 2 <= back <= 6 else []
        return rng.choice(options)
    if variant == "dev":
        return rng.choice([f"on the night of {month} {day.day}"] + ([f"on {wd} night"] * 2 if back <= 6 else []))
    if back == 2:
        return "the night before last"
    return rng.choice([f"the night of the {ordinal(day.day)}"] + ([f"{wd} night"] * 2 if back <= 6 else []))


def month_short(month: int) -> str:
    """9 -> "Sept", 1 -> "Jan": how dev3 writes a month short."""
    name = MONTHS[month - 1]
    return {"June": "June", "July": "July", "September": "Sept"}.get(name, name[:3])


def dev3_day_options(day: date, back: int, absolute: bool) -> list[str]:
    """The ways dev3 names a day ``back`` days before today (2 or more, or any with ``absolute``):
    day-first dates as written outside the Americas, abbreviated weekdays and months, counted days."""
    short, wd = WEEKDAYS_SHORT[day.weekday()], WEEKDAYS[day.weekday()]
    options = [f"on {ordinal(day.day)} {month_short(day.month)}", f"on {month_short(day.month)} {ordinal(day.day)}",
               f"on {day.day:02d}/{day.month:02d}"]
    if absolute:
        return [*options, f"on {wd} {day.day} {MONTHS[day.month - 1]}"]
    if 2 <= back <= 6:
        options += [f"on {short}", f"last {short}", f"on {wd} just gone", f"on {short} the {ordinal(day.day)}",
                     f"{COUNT_WORDS[back]} days back"]
    return options
