"""Question phrasings of the answers benchmark's ninety-eighth tuning set, ``dev98`` (docs/benchmarks.md, "Answers").

``dev98`` was the held-out set until 2026-12-06, when, after its measurement at 63b9034 (grounded
accuracy 0.625; worst category comparison 0.227; unsupported 0.0; abstention 0.909; p95 0.023 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev97``, answers_dev97_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young laundry worker at a hotel in Denpasar, born in Central Java, who types lower case,
  switching between English and Javanese inside a sentence (Javanese, a language of Indonesia, the
  language of central and eastern Java, a Malayo-Polynesian language outside the Malayic branch of
  Indonesian and Malay, and no earlier set's language nor a close relative of one), typed in its
  everyday spoken (ngoko) forms as people type it in chats: "opo" for what, "sopo" for who, "ngendi"
  and "endi" for where and which, "piro" and "pirang" for how many and how much, "jam piro" for at
  what time, "dino iki" and "wingi" for today and yesterday, "bengi" for night, "mangan" and "maem"
  for eat, "ngombe" for drink, "turu" for sleep, "kopi" for coffee, "gelas" for cups, "menit" for
  minutes, "rapat" for a meeting, "sarapan", "maem awan" and "maem bengi" for breakfast, lunch and
  dinner, "anak wedok" for a daughter, "kirik" for a puppy, "mlayu", "sepedaan" and "nglangi" for
  running, cycling and swimming, "minggu iki" and "minggu wingi" for this week and last, "utawa" for
  or, "sakwise" for after, "luwih" for more, and English words where they come first to mind (a
  launch, an offsite, a podcast, a workout);
- a compiler researcher working from Denpasar who types every question as one Haskell list
  comprehension (``[food m | m <- meals, day m == "{day}", kind m == Breakfast]``), wrapped in
  ``length``, ``sum``, ``minimum`` or ``maximum`` for counts, totals, first and last, ``sortOn (Down .
  snd)`` over a list of pairs for two to compare, a second generator for days named by what happened,
  and two ``mean`` comprehensions set against each other for habits, no question mark; his follow-ups
  apply a function of his own to the last query (``rerun lastQuery previousDay``);
- a gamelan smith at a workshop near Denpasar, writing in sentences with capitals, who makes a remark
  from his working life before the question (the bronze poured and hammered, the furnace and its
  charcoal, the bellows, the keys filed and tuned, the temples that order sets, the buyers who
  haggle, his apprentice);
- a retired lighthouse keeper who writes formal sentences with formulas of his own: "Render unto me
  ...", "Instruct me as to ...", "Make plain to me ...", "Recount to me ...", "Set forth for me ...",
  some closed with "I close with thanks laid up in advance.", his follow-ups opened with "Conduct the
  same inquiry".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev98 life lives in Asia/Makassar, in Denpasar on Bali, from Monday 29 September 2036 to 14
October; central Indonesia keeps Central Indonesia Time (WITA, UTC+8) all year, with no summer time
(zoneinfo gives one offset over all of 2035 to 2037, and so over its 16 days, 29 September to 14
October), so no clock changes inside it. Dates are written as people in Indonesia write them: day
first, with slashes, both padded, and the year in full ("29/09/2036"), or the day and month alone the
same way ("29/09"); in words the day's number before the month, in English ("29 September", "1
October"), with the year after them for a day that may lie outside the life ("29 September 2036").
Weekdays are in Javanese, with capitals, "Senen" for Monday, "Selasa", "Rebo", "Kemis", "Jemuwah",
"Setu" and "Minggu" for Sunday: a day as its weekday with the slashed day in brackets ("Senen
(29/09)"), as its weekday and the date in words ("Senen 29 September"), or as the date in words with
the weekday in brackets ("29 September (Senen)"); for a day that may lie outside the life always with
the year ("Senen 29/09/2036", or "29 September 2036 (Senen)"); today and yesterday alone, or as "dino
iki" (today) and "wingi" (yesterday) with the slashed day in brackets. A night is named "bengi" after
the weekday it starts on: "Senen bengi" is the night from Monday into Tuesday, as Javanese speak in
chats, always with its two slashed days in brackets ("Senen bengi (29/09-30/09)"), or the date in
words and "bengi" ("29 September bengi"); last night alone, "last night", or as "wingi bengi" with
its two slashed days in brackets. No day's name ends in a dot, so that no question ends in two dots.
Workouts are named with places in and around Denpasar: along the Sanur beach path, round the Renon
field and round Puputan Badung square; out to Tanah Lot, up the road to Ubud and along the Mertasari
shore road; off Mertasari beach and in the reef lagoon at Sanur; a studio in Renon and dawn on Sanur
beach; the bouldering gym in Kerobokan and the indoor wall at a sports centre in Canggu.
"""


from __future__ import annotations

from datetime import date, timedelta

JAVANESE = ("Senen", "Selasa", "Rebo", "Kemis", "Jemuwah", "Setu", "Minggu")
"""Javanese weekdays, Monday to Sunday, as typed on a phone, with a capital."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as Denpasar writes them in a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Sanur beach path", "run round the Renon field",
                 "run round Puputan Badung square"),
         "cycle": ("ride out to Tanah Lot", "ride up the road to Ubud",
                   "ride along the Mertasari shore road"),
         "swim": ("swim off Mertasari beach", "swim in the reef lagoon at Sanur"),
         "yoga": ("yoga class at a studio in Renon", "yoga session at dawn on Sanur beach"),
         "climb": ("climb at the bouldering gym in Kerobokan", "climb on the indoor wall at a sports centre in Canggu")}
"""What this set's questions call a workout of each activity: places in and around Denpasar."""

THANKS = " I close with thanks laid up in advance."
"""The retired lighthouse keeper's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} ngongkon aku maca buku opo? judule wae",
             '[bookUrged p | p <- people, name p == "{who}"]',
             "Bronze has to rest after pouring, so I read in the afternoons. Which book was {who} urging on me?",
             "Render unto me the title of the book that {who} so earnestly advised me to read."],
    "film": ["film opo sing jare {who} kudu tak tonton?",
             '[mustSeeFilm p | p <- people, name p == "{who}"]',
             "Nobody at the furnace has time for cinema. What film did {who} tell me I cannot skip?",
             "Instruct me as to the film which {who} held to be indispensable viewing." + THANKS],
    "offsite": ["offsite e ngalih nang kutha ngendi saiki? kabare {who}",
                '[offsiteTown p | p <- people, name p == "{who}"]',
                "We ship finished sets to temples all over the island. {who} said the offsite was going elsewhere; in which town does it now stand?",
                "Make plain to me the town to which, by the report of {who}, the offsite was transferred."],
    "restaurant": ["restoran sing dialem-alem {who} kuwi jenenge opo?",
                   '[praisedRestaurant p | p <- people, name p == "{who}"]',
                   "After a day of hammering bronze I eat anything. Which restaurant did {who} keep praising?",
                   "Recount to me the name of the restaurant lauded by {who}." + THANKS],
    "flight": ["pesawate {who} mendarat jam piro?",
               '[arrival f | f <- flights, passenger f == "{who}"]',
               "The planes come in low over our workshop roof. At what hour does {who}'s plane land?",
               "Set forth for me the hour at which the flight carrying {who} is due to land."],
    "dog": ["kirik e {who} jenenge sopo?",
            '[petName d | d <- puppies, owner d == "{who}"]',
            "The yard dog hides whenever we start tuning a set. What did {who} name that new puppy?",
            "Render unto me the name that {who} bestowed on the puppy." + THANKS],
    "launch": ["launch {project} mundur dadi dino opo? jare {who}",
               '[newDate l | l <- launches, project l == "{project}", movedBy l == "{who}"]',
               "A temple's order is never ready on the day first promised. To what day did {who} push the {project} launch?",
               "Instruct me as to the day to which {who} announced the {project} launch postponed."],
    "age": ["anak wedoke {who} ulang taun mengko umur piro?",
            '[age k + 1 | k <- daughters, parent k == "{who}"]',
            "My girl helps polish the keys after school. What age will {who}'s daughter turn at her next birthday?",
            "Make plain to me the age which the daughter of {who} attains at her approaching birthday."
            + THANKS],
    "podcast": ["podcast sing disaranke {who} opo jenenge?",
                '[podcastTip p | p <- people, name p == "{who}"]',
                "Filing keys is slow work, so the radio stays on. Which podcast was it that {who} put in my ear between pours?",
                "Recount to me the podcast which {who} put forward for my hearing."],
    "breakfast_food": ["{day} sarapan aku mangan opo?",
                       '[food m | m <- meals, day m == "{day}", kind m == Breakfast]',
                       "I light the furnace at six and eat beside it. What sat beside the furnace as my breakfast {day}?",
                       "Set forth for me what I took at breakfast {day}." + THANKS],
    "lunch_food": ["{day} maem awan aku mangan opo?",
                   '[food m | m <- meals, day m == "{day}", kind m == Lunch]',
                   "Noon is when the bronze cools and so do I. What filled my belly at the noon cooling {day}?",
                   "Render unto me the dish of my midday meal {day}."],
    "dinner_food": ["{day} maem bengi aku mangan opo?",
                    '[food m | m <- meals, day m == "{day}", kind m == Dinner]',
                    "My hands still smell of charcoal at supper. What supper went down after the charcoal was banked {day}?",
                    "Instruct me as to what composed my evening meal {day}." + THANKS],
    "lunch_place": ["{day} maem awan nang ngendi aku?",
                    '[venue m | m <- meals, day m == "{day}", kind m == Lunch]',
                    "Some days I leave the workshop at noon. Where did the noon cooling take me to eat {day}?",
                    "Make plain to me the place where I lunched {day}."],
    "dinner_place": ["{day} maem bengi nang ngendi?",
                     '[venue m | m <- meals, day m == "{day}", kind m == Dinner]',
                     "A buyer sometimes takes me out after the day's pouring. At whose table did that buyer's supper land {day}?",
                     "Recount to me where I dined {day}." + THANKS],
    "workout_kind": ["{day} olahraga opo aku? mlayu, sepedaan utawa nglangi?",
                     '[activity w | w <- workouts, day w == "{day}"]',
                     "My shoulders are strong from the hammer, not from sport alone. Which sport did I take up with the hammer put down {day}?",
                     "Set forth for me the nature of the exercise I undertook {day}."],
    "heart_rate": ["{noun} {day} rata-rata detak jantung piro?",
                   '[avgHeartRate w | w <- workouts, title w == "{noun}", day w == "{day}"]',
                   "Working the bellows sends my pulse up as well. Averaged out like the beat of a gong, what did my heart keep through the {noun} {day}?",
                   "Render unto me my average pulse over the {noun} {day}." + THANKS],
    "sleep_quality": ["{night} turuku kepenak opo ora?",
                      '[quality n | n <- nights, night n == "{night}"]',
                      "The neighbour's rooster starts before the furnace does. Was my sleep sound or broken {night}?",
                      "Instruct me as to the quality of my rest {night}."],
    "sleep_night": ["{night} aku turu pirang jam?",
                    '[hours n | n <- nights, night n == "{night}"]',
                    "Tuning takes a rested ear. How many hours did my ears rest from the ringing {night}?",
                    "Make plain to me the number of hours I slept {night}." + THANKS],
    "exercise_duration": ["{noun} {day} suwene piro menit?",
                          '[minutes w | w <- workouts, title w == "{noun}", day w == "{day}"]',
                          "A pour takes forty minutes if nothing cracks. Counting it like a pour, for how many minutes did the {noun} {day} hold me?",
                          "Recount to me how many minutes the {noun} {day} required of me."],
    "meeting_duration": ["rapat {title} {day} suwene piro menit?",
                         '[minutes m | m <- meetings, title m == "{title}", day m == "{day}"]',
                         "Meetings keep me away from the anvil. For how many minutes did the {title} keep me from the keys {day}?",
                         "Set forth for me how many minutes the {title} occupied {day}." + THANKS],
    "distance_run": ["{day} aku mlayu piro km?",
                     '[km w | w <- workouts, activity w == Run, day w == "{day}"]',
                     "Running clears the fumes out of my chest. Running off the fumes {day}, how many kilometres did my feet put behind me?",
                     "Render unto me the distance of my run {day}."],
    "distance_cycle": ["{day} sepedaan piro km?",
                       '[km w | w <- workouts, activity w == Cycle, day w == "{day}"]',
                       "I deliver small keys by bicycle when the van is out. How far did those bicycle deliveries carry me {day}?",
                       "Instruct me as to the distance I rode by bicycle {day}." + THANKS],
    "distance_swim": ["{day} nglangi adoh e piro? meter utawa km",
                      '[km w | w <- workouts, activity w == Swim, day w == "{day}"]',
                      "Salt water takes the soot off better than any soap. How far did I swim the soot off {day}? Metres will do, kilometres too.",
                      "Make plain to me the span of water I crossed swimming {day}."],
    "attendees": ["rapat {title} {day} sing teko sopo wae?",
                  '[attendees m | m <- meetings, title m == "{title}", day m == "{day}"]',
                  "Even a small gathering is louder than my hammers. Which faces turned up at the {title} {day}?",
                  "Recount to me the persons present at the {title} {day}." + THANKS],
    "coffee_count": ["{day} ngombe kopi piro gelas?",
                     'length [c | c <- coffees, day c == "{day}"]',
                     "Black coffee keeps the furnace man awake. How many cups did the furnace man in me put away {day}?",
                     "Set forth for me the number of coffees I consumed {day}."],
    "caffeine": ["{day} kafein total e piro mg?",
                 'sum [caffeineMg c | c <- coffees, day c == "{day}"]',
                 "My hands must stay steady for tuning. What weight of caffeine steadied or shook my hands {day}? Reckon it by the mg.",
                 "Render unto me the whole of my caffeine intake {day}, the sum given as milligrams." + THANKS],
    "meeting_count": ["{day} rapat e ono piro?",
                      'length [m | m <- meetings, day m == "{day}"]',
                      "Each meeting is an hour the bronze waits. How many such waits did the bronze suffer {day}?",
                      "Instruct me as to how many meetings claimed me {day}."],
    "km_week": ["{activity} minggu iki wiwit Senen nganti saiki total piro km?",
                'sum [km w | w <- workouts, activity w == "{activity}", thisWeek w]',
                "A set of bronze keys goes out every week, and so do my legs. Since Monday's first pour to this hour, how many km of {activity} have I piled up?",
                "Make plain to me the aggregate kilometres of {activity} accumulated this week since Monday." + THANKS],
    "workouts_week": ["minggu iki aku wis olahraga ping piro?",
                      'length [w | w <- workouts, thisWeek w]',
                      "Between orders I squeeze in training. How many training sessions have I fitted between orders since this week began?",
                      "Recount to me the tally of my exercise sessions in the present week."],
    "first_coffee": ["{day} kopi kawitan jam piro?",
                     'minimum [time c | c <- coffees, day c == "{day}"]',
                     "Coffee goes in before the charcoal catches. At what hour did that first cup reach my lips {day}?",
                     "Set forth for me the hour of my earliest coffee {day}." + THANKS],
    "last_coffee": ["{day} kopi pungkasan jam piro?",
                    'maximum [time c | c <- coffees, day c == "{day}"]',
                    "Late coffee and late tuning go together. At what time did I have my final cup {day}?",
                    "Render unto me the hour of my last coffee {day}."],
    "first_meeting": ["{day} rapat pisanan wiwit jam piro?",
                      'minimum [start m | m <- meetings, day m == "{day}"]',
                      "Meetings come to the workshop door before the bronze is hot. When did my earliest one begin {day}?",
                      "Instruct me as to the hour at which my first meeting began {day}." + THANKS],
    "wake": ["{day} aku tangi jam piro?",
             'minimum [wokeAt n | n <- nights, morning n == "{day}"]',
             "The charcoal seller knocks early. How early did his knocking find me up and about {day}?",
             "Make plain to me the hour at which I arose {day}."],
    "bedtime": ["{night} aku turu jam piro?",
                '[bedAt n | n <- nights, night n == "{night}"]',
                "I bank the furnace before bed. What time did I lie down {night}?",
                "Recount to me the hour at which I retired {night}." + THANKS],
    "dinner_on_distance": ["dino aku {past} {km} km, bengine mangan opo?",
                           '[food m | w <- workouts, verb w == "{past}", km w == {km}, m <- meals, kind m == Dinner, day m == day w]',
                           "Some weeks my legs outwork my arms. When I {past} {km} km in one day, what did I eat once the furnace was out?",
                           "Set forth for me my evening meal on that day when I {past} {km} km."],
    "meeting_after_workout": ["sakwise {noun} {day}, rapat sabanjure sing melu sopo wae?",
                              'head [attendees m | m <- meetings, start m > endOf "{noun}" "{day}"]',
                              "I walk into meetings still smelling of bronze. Who sat in the first meeting after the {noun} {day}?",
                              "Render unto me the company at the meeting that followed the {noun} {day}."
                              + THANKS],
    "lunch_on_meeting_day": ["dino ono rapat {title}, maem awan nang ngendi?",
                             '[venue m | r <- meetings, title r == "{title}", m <- meals, kind m == Lunch, day m == day r]',
                             "On meeting days my apprentice minds the furnace. Where did I eat at midday on the day of the {title}?",
                             "Instruct me as to where I took lunch on the day the {title} convened."],
    "sleep_after_meeting": ["bengi sakwise rapat {title} aku turu pirang jam?",
                            '[hours n | r <- meetings, title r == "{title}", n <- nights, night n == day r]',
                            "A buyer who haggles stays in my head till morning. How many hours did I get once the {title} was behind me and the night began?",
                            "Make plain to me my hours of sleep on the night after the {title}." + THANKS],
    "dinner_on_said_day": ["dino {who} crita bab {value}, bengine aku mangan opo?",
                           '[food m | s <- said, by s == "{who}", about s == "{value}", m <- meals, kind m == Dinner, day m == day s]',
                           "Visitors to the workshop love to talk while we pour. {who} once went on about {value}; what did I eat once that day's pour had cooled?",
                           "Recount to me my supper on the day {who} spoke of {value}."],
    "compare_sleep": ["{n1} karo {n2}, sing turune luwih suwe sing endi? jam e loro-lorone",
                      'sortOn (Down . snd) [(night n, hours n) | n <- nights, night n `elem` ["{n1}", "{n2}"]]',
                      "A tuned set needs a rested tuner. Between the night {n1} and the night {n2}, which let me lie longer? Hours against hours, please.",
                      "Set forth for me which of the nights {n1} and {n2} " + THANKS],
    "compare_caffeine": ["{d1} karo {d2}, kafein e luwih akeh sing endi? mg e loro-lorone",
                         'sortOn (Down . snd) [(d, sum [caffeineMg c | c <- coffees, day c == d]) | d <- ["{d1}", "{d2}"]]',
                         "Too much coffee and the hammer strays. Weigh {d1} against {d2} like two bronze keys: on which was my caffeine heavier? Each day's milligrams on the scale.",
                         "Render unto me which day of the pair {d1} and {d2} bore the larger dose of caffeine, the milligrams of each appended."],
    "compare_duration": ["olahraga {d1} karo {d2}, sing luwih suwe sing endi? menit e",
                         'sortOn (Down . snd) [(day w, minutes w) | w <- workouts, day w `elem` ["{d1}", "{d2}"]]',
                         "My arms keep their own clock. Was my training {d1} the longer piece, or my training {d2}? Give each one's minutes.",
                         "Instruct me as to whether the exercise {d1} or that {d2} endured the longer, the minutes of both set down." + THANKS],
    "compare_coffee_weeks": ["minggu iki kopiku luwih akeh tinimbang minggu wingi ora?",
                             'length [c | c <- coffees, thisWeek c] > length [c | c <- coffees, lastWeek c]',
                             "The coffee stall by the workshop has seen plenty of me lately. Am I ahead of last week's coffee count this week?",
                             "Make plain to me whether my coffee this week exceeds that of the week gone by."],
    "late_coffee_sleep": ["nek ngombe kopi jam {t} utawa luwih bengi, turuku dadi kurang ora?",
                          'mean [hours n | n <- nights, lastCoffee n >= "{t}"] < mean [hours n | n <- nights, lastCoffee n < "{t}"]',
                          "The night guard at the temple drinks coffee till dawn. If my cup falls at {t} or later, does my sleep suffer for it?",
                          "Recount to me whether coffee taken at {t} or thereafter shortens my sleep." + THANKS],
    "late_dinner_sleep": ["nek maem bengi jam {t} utawa luwih, turuku kurang ora?",
                          'mean [hours n | n <- nights, dinnerAt n >= "{t}"] < mean [hours n | n <- nights, dinnerAt n < "{t}"]',
                          "Ceremony feasts run late on this island. When my plate comes at {t} or later still, does the night pay for the late plate?",
                          "Set forth for me whether supper at {t} or later deprives me of sleep."],
    "exercise_sleep": ["nek dino olahraga, turuku luwih suwe tinimbang dino ora olahraga?",
                       'mean [hours n | n <- nights, trainedBefore n] > mean [hours n | n <- nights, not (trainedBefore n)]',
                       "The hammer tires me one way and training another. Do days that end with training give me longer nights than days that end at the anvil alone?",
                       "Render unto me whether I sleep longer following days of exercise than following idle days." + THANKS],
    "caffeine_sleep": ["dino kafein {mg} mg utawa luwih, turuku piye dibandingke bengi liyane?",
                       'mean [hours n | n <- nights, caffeineBefore n >= {mg}] - mean [hours n | n <- nights, caffeineBefore n < {mg}]',
                       "When a temple set is due, the coffee pot never cools. After a day of {mg} mg of caffeine or more, how does my sleep measure against my other nights?",
                       "Instruct me as to how my sleep after days of {mg} mg of caffeine or above compares with the remainder of my nights."],
    "exercise_coffee": ["kopiku luwih akeh nek dino olahraga utawa dino prei?",
                        'mean [coffees d | d <- days, trained d] > mean [coffees d | d <- days, not (trained d)]',
                        "My apprentices say I drink coffee like the furnace drinks charcoal. Is it more on training days or on rest days?",
                        "Make plain to me whether my coffee runs higher on days of exercise or on days of rest." + THANKS],
    "fu_day_before": ["dino sakdurunge?",
                      'rerun lastQuery previousDay',
                      "Pull that one day back, like cooling a key off the fire.",
                      "Conduct the same inquiry for the day before."],
    "fu_meeting_length": ["rapat kuwi suwene piro menit?",
                          'minutes (meetingOf lastAnswer)',
                          "And that gathering took how many minutes from my bronze?",
                          "Conduct the same inquiry as to how many minutes that meeting lasted." + THANKS],
    "fu_other_day": ["nek {day}?",
                     'rerun lastQuery (onDay "{day}")',
                     "Strike the same key again, this time tuned to {day}.",
                     "Conduct the same inquiry for {day}."],
    "fu_other_person": ["nek {who}?",
                        'rerun lastQuery (forPerson "{who}")',
                        "Strike the same key again, this time in the hands of {who}.",
                        "Conduct the same inquiry for {who}." + THANKS],
    "fu_night_before": ["bengi sakdurunge?",
                        'rerun lastQuery previousNight',
                        "Take it back one night, the way we reheat a cracked key.",
                        "Conduct the same inquiry for the night before."],
    "fu_today": ["nek dino iki, nganti saiki?",
                 'rerun lastQuery todaySoFar',
                 "Do the same with today, from when the furnace was lit to this minute.",
                 "Conduct the same inquiry for today, from its beginning to the present hour."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = JAVANESE[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"dino iki ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"wingi ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd} {_words(day)}", f"{_words(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{JAVANESE[day.weekday()]} bengi ({_slash(day)}-{_slash(after)})",
               f"{_words(day)} bengi"]
    if (today - day).days == 1:
        options += ["last night", f"wingi bengi ({_slash(day)}-{_slash(after)})"]
    return options
