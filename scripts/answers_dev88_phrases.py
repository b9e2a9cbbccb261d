"""Question phrasings of the answers benchmark's eighty-eighth tuning set, ``dev88`` (docs/benchmarks.md, "Answers").

``dev88`` was the held-out set until 2026-12-06, when, after its measurement at b89492d (grounded
accuracy 0.591; worst category distance 0.409; unsupported 0.011; abstention 0.864; p95 0.026 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev87``, answers_dev87_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or
its time parser and without copying the other sets' phrasing tables; where the disjointness checks
found a wording already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young site engineer from Battambang, on a bridge project in Phnom Penh, who types lower case and
  switches between English and Khmer inside a sentence (no earlier set's language, nor a close
  neighbour of one: Khmer is the Khmeric branch of the Austroasiatic family, whose Vietic branch the
  earlier sets' Vietnamese belongs to; Thai, which took its script and many court words from Khmer,
  is Kra-Dai, and Burmese Tibeto-Burman, no kin), in the Khmer script in Unicode as phones type it:
  "អី" (colloquial) and "អ្វី" for what, "ណា" and "មួយណា" for which, "នៅណា" and "កន្លែងណា" for
  where, "អ្នកណាខ្លះ" for who all, "ប៉ុន្មាន" for how many and how much, "ម៉ោងប៉ុន្មាន" for at what time, "ប៉ុន្មានម៉ោង" and
  "ប៉ុន្មាននាទី" for how many hours and minutes, "បាយព្រឹក", "បាយថ្ងៃត្រង់" and "បាយល្ងាច" for
  breakfast, lunch and dinner, "កាហ្វេ" and "កែវ" for coffee and cups, "ប្រជុំ" for a meeting,
  "គេង" for sleeping, "ភ្ញាក់" for waking, "ចូលគេង" for going to bed, "រត់", "ជិះកង់" and
  "ហែលទឹក" for running, cycling and swimming, "សប្តាហ៍នេះ" for this week, "ភ្លេច" for forgetting,
  "{who} ថា" for what someone says, English nouns and clauses where they come first to mind (a
  workout, a launch, "i ran ... km"), her follow-ups opened with "ចុះ" and closed with "វិញ?"
  (and what about ...?);
- a physics student at the Royal University of Phnom Penh who types every question as a problem to
  solve, lower case: the unknown first, then "=?", then a bullet ("•") and what the unknown belongs
  to, the thing and its day in a few words ("where=? • lunch eaten {day}", "t=? • 1st coffee
  {day}"), a quantity as its letter with its unit in square brackets ("d [km]=? • run {day}", "t
  [min]=? • {title} mtg {day}"), sums as "Σ", changes as "Δ", comparisons as "max(...)", a few
  abbreviations ("mtg", "wk", "1st"), his follow-ups "same unknown=?" and what changes ("same
  unknown=? • one day back");
- a silversmith from Koh Chen, the silversmiths' village up the Mekong, who keeps a workshop by the
  Russian Market in Phnom Penh, writing in sentences with capitals, who makes a remark from his
  working life before or after the question (betel boxes beaten into the shapes of animals, the
  charcoal fire and the polish, the price of silver and the scales it is weighed on, wedding orders,
  tourists bargaining at the stall, his apprentice);
- a retired chamberlain of the Royal Palace who writes formal sentences with formulas of his own:
  "By your leave, I would know ...", "It would be of assistance to learn ...", "With deference, I
  ask to be told ...", some closed with "With the assurances of my highest consideration.", his
  follow-ups opened with "Similarly,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev88 life lives in Asia/Phnom_Penh, from Monday 21 July 2036 to 5 August; Cambodia keeps
Indochina Time (UTC+7) all year, with no summer time (zoneinfo gives one offset over all of 2035 to
2037, and so over its 16 days, 21 July to 5 August), so no clock changes inside it. Dates are written
as people in Phnom Penh write them: day first, with slashes, both padded, and the year in full
("21/07/2036"), or the day and month alone the same way ("21/07"); in words, as Khmer writes them,
"ថ្ងៃទី" (day number) and the day's number in Khmer digits, then "ខែ" (month) and the month's name:
"ថ្ងៃទី២១ ខែកក្កដា", 21 July, with "ឆ្នាំ" (year) and the year in Khmer digits after them for a day
that may lie outside the life ("ថ្ងៃទី២១ ខែកក្កដា ឆ្នាំ២០៣៦"). Weekdays are in Khmer, each "ថ្ងៃ"
(day) and its name ("ថ្ងៃច័ន្ទ", "ថ្ងៃអង្គារ", "ថ្ងៃពុធ", "ថ្ងៃព្រហស្បតិ៍", "ថ្ងៃសុក្រ", "ថ្ងៃសៅរ៍",
"ថ្ងៃអាទិត្យ", Monday to Sunday): a day as its weekday with the slashed day in brackets ("ថ្ងៃច័ន្ទ
(21/07)"), as its weekday and "ទី" with its number ("ថ្ងៃច័ន្ទ ទី២១", Monday the 21st), or as the
date in words; for a day that may lie outside the life always with the year ("ថ្ងៃច័ន្ទ 21/07/2036",
or the date in words with the year); today and yesterday alone, or as "ថ្ងៃនេះ" (today) and
"ម្សិលមិញ" (yesterday) with the slashed day in brackets, and the day before yesterday also as
"ម្សិលម្ង៉ៃ" the same way. A night is named as Khmer names it, "យប់" (night) and the day it starts
on: "យប់ថ្ងៃច័ន្ទ" is the night from Monday into Tuesday, always with its two slashed days in
brackets ("យប់ថ្ងៃច័ន្ទ (21/07-22/07)"), or with the date in words ("យប់ថ្ងៃទី២១ ខែកក្កដា");
last night alone, "last night", or as "យប់មិញ" with its two slashed days in brackets. No day's
name ends in a dot, so that no question ends in two dots. Workouts are named with places in and
around Phnom Penh: along Sisowath Quay, round the Olympic Stadium's track and through Wat Botum
park; out to Koh Dach on the Mekong, over the Chroy Changvar Bridge and out to Oudong; the Olympic
Stadium's pool and the Hotel Cambodiana's; a studio in Boeung Keng Kang and the Independence
Monument at dawn; the steps of Wat Phnom and the stairway up Phnom Oudong.
"""


from __future__ import annotations

from datetime import date, timedelta

KM = ("ថ្ងៃច័ន្ទ", "ថ្ងៃអង្គារ", "ថ្ងៃពុធ", "ថ្ងៃព្រហស្បតិ៍", "ថ្ងៃសុក្រ", "ថ្ងៃសៅរ៍", "ថ្ងៃអាទិត្យ")
"""Khmer weekdays, Monday to Sunday."""
MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ")
"""The months' Khmer names (after "ខែ", month, in a date)."""
DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
"""Khmer digits, as a date in words writes its numbers."""

NOUNS = {"run": ("run along Sisowath Quay", "run round the Olympic Stadium track", "run through Wat Botum park"),
         "cycle": ("ride out to Koh Dach on the Mekong", "ride over the Chroy Changvar Bridge", "ride out to Oudong"),
         "swim": ("swim at the Olympic Stadium pool", "swim in the Hotel Cambodiana pool"),
         "yoga": ("yoga class at a studio in Boeung Keng Kang", "yoga session at dawn by the Independence Monument"),
         "climb": ("climb up the steps of Wat Phnom", "climb up the stairway at Phnom Oudong")}
"""What this set's questions call a workout of each activity: places in and around Phnom Penh."""

REGARDS = " With the assurances of my highest consideration."
"""The chamberlain's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["book ដែល {who} ណែនាំឲ្យខ្ញុំអាន គឺសៀវភៅអី? ខ្ញុំភ្លេចចំណងជើងបាត់ហើយ",
             "title=? • the book {who} keeps telling me to read",
             "I have beaten betel boxes since dawn and my ears still ring. Which book was it that {who} urged on me?",
             "By your leave, I would know which book {who} counselled me to read."],
    "film": ["film ដែល {who} ថាខ្ញុំត្រូវតែមើល ឈ្មោះរឿងអី?",
             "film=? • {who}'s must-watch for me",
             "My apprentice wants an evening off, so we may go to the cinema. Which film was it that {who} said "
             "I must not miss?",
             "It would be of assistance to learn which film {who} held that I should see." + REGARDS],
    "offsite": ["{who} ថា offsite ផ្លាស់ទៅទីក្រុងណាហើយ?",
                "city=? • offsite, relocated per {who}",
                "Orders are piling up on my bench, so I must know where I am travelling. To what city, by {who}'s "
                "word, has the offsite moved?",
                "With deference, I ask to be told to which city the offsite has been removed, as {who} has given "
                "it out."],
    "restaurant": ["restaurant ដែល {who} សរសើរខ្លាំងនោះ ឈ្មោះអី? want to try it",
                   "name=? • restaurant {who} raved about",
                   "A buyer from Siem Reap wants to dine once we settle the price of a tray. Which restaurant was "
                   "{who} so full of praise for?",
                   "By your leave, I would know the name of the restaurant that {who} so highly commended." + REGARDS],
    "flight": ["flight របស់ {who} ចុះចតម៉ោងប៉ុន្មាន? i have to pick them up at the airport",
               "t [hh:mm]=? • {who}'s flight lands",
               "I am finishing a small silver elephant as a welcome present. At what time does {who}'s plane touch "
               "down?",
               "It would be of assistance to learn the hour at which the aircraft of {who} is expected to land."],
    "dog": ["ឆ្កែថ្មីរបស់ {who} ដាក់ឈ្មោះអី?",
            "dog's name=? • {who}'s new pup",
            "I am engraving a tag for the collar of {who}'s new dog. What name do I cut into it?",
            "With deference, I ask to be told by what name the new dog of {who} is known." + REGARDS],
    "launch": ["{who} ថា {project} launch ពន្យារទៅថ្ងៃណា?",
               "new date=? • {project} launch, pushed per {who}",
               "The price of silver changes less often than this launch. To what date has {who} moved the {project} "
               "launch now?",
               "By your leave, I would know the date to which, on {who}'s information, the {project} launch "
               "has now been put back."],
    "age": ["កូនស្រីរបស់ {who} ដល់ខួបកំណើតខាងមុខ នឹងមានអាយុប៉ុន្មាន?",
            "age=? • {who}'s daughter at her next bday",
            "I am beating out a silver bangle for the girl and must size it. What age does {who}'s daughter reach at "
            "her coming birthday?",
            "It would be of assistance to learn what age the daughter of {who} will reach upon her next birthday."
            + REGARDS],
    "podcast": ["podcast មួយណាដែល {who} ណែនាំឲ្យខ្ញុំស្ដាប់? for the long drive to site",
                "show=? • podcast {who} recommended",
                "Polishing is slow work and I like a voice in my ears while I do it. Which podcast was it that {who} "
                "thought would suit me?",
                "With deference, I ask to be told which podcast {who} commended to my attention."],
    "breakfast_food": ["{day} ខ្ញុំញ៉ាំបាយព្រឹកអី? no idea anymore",
                       "breakfast menu=? • {day}",
                       "The charcoal was lit before sunrise {day}. What did I eat for breakfast while it caught?",
                       "By your leave, I would know of what my breakfast consisted {day}." + REGARDS],
    "lunch_food": ["lunch {day} ខ្ញុំញ៉ាំអីខ្លះ?",
                   "food=? • my lunch {day}",
                   "I ate at the bench between two half-finished bowls {day}. What was that lunch?",
                   "It would be of assistance to learn what was served to me at lunch {day}."],
    "dinner_food": ["{day} បាយល្ងាចញ៉ាំអី? honestly ភ្លេចអស់ហើយ",
                    "dinner items=? • {day}",
                    "My hands were black with polish {day}. What did I put in my mouth at dinner?",
                    "With deference, I ask to be told what I dined upon {day}." + REGARDS],
    "lunch_place": ["{day} ខ្ញុំទៅញ៉ាំបាយថ្ងៃត្រង់នៅណា?",
                    "where=? • lunch eaten {day}",
                    "I pulled the shutter down for an hour at noon {day}. Where did I go to eat?",
                    "By your leave, I would know at which establishment I took lunch {day}."],
    "dinner_place": ["dinner {day} ញ៉ាំនៅកន្លែងណា?",
                     "venue=? • dinner out {day}",
                     "The last tourist left my stall after dark {day}. Where did I eat dinner after that?",
                     "It would be of assistance to learn where I dined {day}." + REGARDS],
    "workout_kind": ["{day} ខ្ញុំបានធ្វើ workout ប្រភេទអី?",
                     "sport=? • workout {day}",
                     "My wrists need a rest from the hammer, so I train. Which sort of workout did I do {day}?",
                     "With deference, I ask to be told what form of exercise I undertook {day}."],
    "heart_rate": ["{noun} {day} average heart rate ខ្ញុំប៉ុន្មាន?",
                   "hr [bpm]=? • {noun} {day}, average",
                   "My pulse stays slow when I engrave. What was its average over the {noun} {day}?",
                   "By your leave, I would know the mean of my heart rate during the {noun} {day}." + REGARDS],
    "sleep_quality": ["{night} ខ្ញុំគេងលក់ស្រួលទេ ឬអត់?",
                      "quality (good/poor)=? • sleep {night}",
                      "The hammering next door went on late {night}. Did I sleep well or badly through it?",
                      "It would be of assistance to learn whether my rest {night} was sound or poor."],
    "sleep_night": ["{night} ខ្ញុំគេងបានប៉ុន្មានម៉ោង?",
                    "t [h]=? • sleep {night}",
                    "A wedding order kept me at the bench {night}. How many hours of sleep were left to me?",
                    "With deference, I ask to be told how many hours of sleep I obtained {night}." + REGARDS],
    "exercise_duration": ["{noun} {day} ចំណាយពេលប៉ុន្មាននាទី?",
                          "t [min]=? • {noun} {day}",
                          "My apprentice minded the fire while I was gone. How long, in minutes, was I out on "
                          "the {noun} {day}?",
                          "By your leave, I would know the length in minutes of the {noun} {day}."],
    "meeting_duration": ["ប្រជុំ {title} {day} ប្រើពេលប៉ុន្មាននាទី?",
                         "t [min]=? • {title} mtg {day}",
                         "Every meeting costs me a finished bowl. For how many minutes did the {title} meeting keep "
                         "me {day}?",
                         "It would be of assistance to learn for how many minutes the {title} meeting was in session "
                         "{day}." + REGARDS],
    "distance_run": ["{day} ខ្ញុំរត់បានប៉ុន្មានគីឡូ?",
                     "d [km]=? • run {day}",
                     "Running clears the silver dust from my chest. How many kilometres did my legs cover {day}?",
                     "With deference, I ask to be told how far, in kilometres, my run took me {day}."],
    "distance_cycle": ["{day} i rode my bike ចម្ងាយប៉ុន្មាន km?",
                       "d [km]=? • bike ride {day}",
                       "On the bicycle I carry no trays, only myself. How many kilometres did it carry me {day}?",
                       "By your leave, I would know how many kilometres I covered by bicycle {day}." + REGARDS],
    "distance_swim": ["{day} ហែលទឹកបានចម្ងាយប៉ុន្មាន?",
                      "d=? • swim {day}",
                      "In the pool my hands stop smelling of polish. How far did I get in the water {day}?",
                      "It would be of assistance to learn what distance I swam {day}."],
    "attendees": ["meeting {title} {day} មានអ្នកណាខ្លះចូលរួម?",
                  "who=? • {title} mtg {day}",
                  "I left a half-engraved box on the bench for the {title} meeting {day}. Who else sat in it?",
                  "With deference, I ask to be told who attended the {title} meeting {day}." + REGARDS],
    "coffee_count": ["{day} ខ្ញុំផឹកកាហ្វេអស់ប៉ុន្មានកែវ?",
                     "cups=? • coffee {day}",
                     "Iced coffee keeps my hand steady, or so I tell my wife. How many did I drink {day}?",
                     "By your leave, I would know how many cups of coffee I partook of {day}."],
    "caffeine": ["{day} caffeine សរុបប៉ុន្មាន mg?",
                 "Σ caffeine mg=? • {day}",
                 "The coffee cart at the market corner knows my order by heart. How many milligrams of caffeine did "
                 "it sell me {day}?",
                 "It would be of assistance to learn the sum of my caffeine {day}, in milligrams." + REGARDS],
    "meeting_count": ["{day} ខ្ញុំមានប្រជុំប៉ុន្មាន?",
                      "n mtgs=? • {day}",
                      "Meetings are no work for a silversmith. How many of them took me from the workshop {day}?",
                      "With deference, I ask to be told the number of meetings that claimed my presence {day}."],
    "km_week": ["តាំងពីថ្ងៃច័ន្ទមក {activity} សរុបបានប៉ុន្មាន km?",
                "Σ km=? • {activity} since mon",
                "I weigh silver by the gram and my training by the kilometre. How many kilometres of {activity} do "
                "I have since Monday?",
                "By your leave, I would know the kilometres of {activity} accumulated since Monday." + REGARDS],
    "workouts_week": ["សប្តាហ៍នេះ workout បានប៉ុន្មានដងហើយ?",
                      "n workouts=? • this wk",
                      "The stall has been quiet this week, which leaves time for sport. How many workouts have I "
                      "fitted in so far?",
                      "It would be of assistance to learn how many workouts I have completed in the present week."],
    "first_coffee": ["{day} កាហ្វេកែវទីមួយ ខ្ញុំផឹកម៉ោងប៉ុន្មាន?",
                     "t=? • 1st coffee {day}",
                     "The first hammer blow of the day waits for coffee. At what time did I drink my first one {day}?",
                     "With deference, I ask to be told at what hour I took my first coffee {day}." + REGARDS],
    "last_coffee": ["{day} last coffee ម៉ោងប៉ុន្មាន?",
                    "t=? • last coffee {day}",
                    "I worked late on a silver tray {day}. When did I drink my last coffee?",
                    "By your leave, I would know when my final coffee was taken {day}."],
    "first_meeting": ["{day} ប្រជុំដំបូងចាប់ផ្ដើមម៉ោងប៉ុន្មាន?",
                      "start t=? • 1st mtg {day}",
                      "I had a customer waiting at the stall. At what time was I called to my first meeting {day}?",
                      "It would be of assistance to learn at what hour my first meeting commenced {day}." + REGARDS],
    "wake": ["{day} ខ្ញុំភ្ញាក់ពីគេងម៉ោងប៉ុន្មាន?",
             "t=? • woke up {day}",
             "The roosters behind the workshop start before four. What time did they get me up {day}?",
             "With deference, I ask to be told at what hour I awoke {day}."],
    "bedtime": ["{night} ខ្ញុំចូលគេងម៉ោងប៉ុន្មាន?",
                "t=? • into bed {night}",
                "I polished by lamplight {night}. When did I finally lie down?",
                "By your leave, I would know at what hour I retired {night}." + REGARDS],
    "dinner_on_distance": ["ថ្ងៃដែល i {past} {km} km ហ្នឹង បាយល្ងាចញ៉ាំអី?",
                           "dinner menu=? • day when i {past} {km} km",
                           "After I {past} {km} km my arms were too tired to lift a hammer. What did I have on my "
                           "plate that evening?",
                           "It would be of assistance to learn what was set before me at dinner on the day I "
                           "{past} {km} km."],
    "meeting_after_workout": ["ក្រោយ {noun} {day} ប្រជុំបន្ទាប់មានអ្នកណាខ្លះ?",
                              "who=? • 1st mtg after {noun} {day}",
                              "I came back from the {noun} {day} with no time to wash. Who sat across from me at the "
                              "meeting I went to next?",
                              "With deference, I ask to be told who was present at the meeting that followed my "
                              "{noun} {day}." + REGARDS],
    "lunch_on_meeting_day": ["ថ្ងៃប្រជុំ {title} ខ្ញុំញ៉ាំបាយថ្ងៃត្រង់នៅណា?",
                             "lunch spot=? • day of {title} mtg",
                             "The {title} meeting took me away from the workshop for a morning. Where did I go for "
                             "my noon rice that day?",
                             "By your leave, I would know at which table I lunched on the day the {title} meeting "
                             "was convened."],
    "sleep_after_meeting": ["យប់ក្រោយប្រជុំ {title} ខ្ញុំគេងបានប៉ុន្មានម៉ោង?",
                            "t [h]=? • sleep, night after {title} mtg",
                            "My head was still full of the {title} meeting back at the bench. How many hours did I "
                            "manage in bed the night after it?",
                            "It would be of assistance to learn how many hours I slept in the night after the {title} "
                            "meeting." + REGARDS],
    "dinner_on_said_day": ["ថ្ងៃដែល {who} និយាយពី {value} ខ្ញុំញ៉ាំបាយល្ងាចអី?",
                           "dinner menu=? • day {who} brought up {value}",
                           "{who} talked about {value} while I was weighing a bracelet. What was my dinner on "
                           "that same day?",
                           "With deference, I ask to be told what I dined upon on the day when {who} spoke of "
                           "{value}."],
    "compare_sleep": ["{n1} និង {n2} យប់ណាខ្ញុំគេងយូរជាង? ប្រាប់ម៉ោងទាំងពីរយប់ផង",
                      "max(hrs slept)=? • {n1} vs {n2}, both values",
                      "A silversmith short of sleep dents the metal. Of {n1} and {n2}, which night let me sleep "
                      "longer, and what did each come to in hours?",
                      "By your leave, I would know which night afforded me the longer sleep, {n1} or {n2}, stating "
                      "the hours of both." + REGARDS],
    "compare_caffeine": ["{d1} ធៀបនឹង {d2} ថ្ងៃណា caffeine ច្រើនជាង? mg ម្ខាងៗប៉ុន្មាន",
                         "max(caffeine mg)=? • {d1} vs {d2}, both values",
                         "I weigh two ingots against each other every day. Which of {d1} and {d2} put the heavier dose "
                         "of caffeine in me, and what did each weigh in milligrams?",
                         "It would be of assistance to learn on which day, {d1} or {d2}, the caffeine I consumed "
                         "was the more, with the milligrams for both."],
    "compare_duration": ["workout {d1} និង workout {d2} មួយណាយូរជាង? នាទីទាំងពីរផង",
                         "max(workout mins)=? • {d1} vs {d2}, both values",
                         "I time my workouts as I time the fire. Between my workouts {d1} and {d2}, which "
                         "one burned longer, and for how many minutes did each burn?",
                         "With deference, I ask to be told whether my workout {d1} or my workout {d2} lasted "
                         "longer, with the minutes for both." + REGARDS],
    "compare_coffee_weeks": ["សប្តាហ៍នេះ ខ្ញុំផឹកកាហ្វេច្រើនជាងសប្តាហ៍មុន ឬតិចជាង?",
                             "Δ cups=? • coffee this wk vs last wk, up or down",
                             "The coffee cart owner calls me his best customer this week. Am I drinking more coffee "
                             "than last week, or less?",
                             "By your leave, I would know whether this week's coffee stands above or below that "
                             "of the week preceding."],
    "late_coffee_sleep": ["បើផឹកកាហ្វេពី {t} ទៅ យប់ហ្នឹងខ្ញុំគេងតិចជាងមែនទេ?",
                          "effect on sleep=? • coffee at {t} or later",
                          "Some afternoons a buyer brings me coffee at the stall. If I drink it at {t} or later, do I "
                          "lose sleep that night?",
                          "It would be of assistance to learn whether coffee taken at {t} or later is followed by a "
                          "shorter night." + REGARDS],
    "late_dinner_sleep": ["ថ្ងៃណាញ៉ាំបាយល្ងាចម៉ោង {t} ឬយឺតជាង គេងខ្លីជាងឬអត់?",
                          "effect on sleep=? • dinner at {t} or later",
                          "When an order runs late, I eat late too. Does a dinner at {t} or later leave me "
                          "with less sleep?",
                          "With deference, I ask to be told whether a dinner at {t} or later curtails my sleep."],
    "exercise_sleep": ["ក្រោយថ្ងៃ workout ខ្ញុំគេងយូរជាងក្រោយ rest day ទេ?",
                       "longer=? • sleep after workout days vs rest days",
                       "Some days I train and some days I only sit at the bench. Do I sleep longer after the "
                       "training days?",
                       "By your leave, I would know whether I sleep longer after days of exercise than after days "
                       "of rest." + REGARDS],
    "caffeine_sleep": ["ថ្ងៃដែល caffeine ដល់ {mg} mg ឬលើស យប់បន្ទាប់ខ្ញុំគេងខុសពីយប់ផ្សេងយ៉ាងម៉េច?",
                       "Δ sleep=? • nights after {mg}+ mg days vs other nights",
                       "On wedding-season days my caffeine passes {mg} mg. How does my sleep after those days "
                       "compare with my other nights?",
                       "It would be of assistance to learn how my nights following days of {mg} mg of caffeine or "
                       "more compare with the others."],
    "exercise_coffee": ["ថ្ងៃដែលខ្ញុំ workout ផឹកកាហ្វេច្រើនជាង rest day ឬទេ?",
                        "more=? • coffee on workout days vs rest days",
                        "After a workout I reward myself at the coffee cart, I suspect. Do I buy more coffees on "
                        "training days than on days I stay at the bench?",
                        "With deference, I ask to be told whether I take more coffee on days of exercise than on "
                        "days of rest." + REGARDS],
    "fu_day_before": ["ចុះថ្ងៃមុននោះវិញ?",
                      "same unknown=? • one day back",
                      "My memory is as worn as an old punch. One day earlier, then?",
                      "Similarly, for the day preceding."],
    "fu_meeting_length": ["ប្រជុំហ្នឹងយូរប៉ុន្មាន?",
                          "t [min]=? • that mtg",
                          "How long did that meeting keep me from my hammer?",
                          "Similarly, the time that meeting occupied."],
    "fu_other_day": ["ចុះ {day} វិញ រត់បានប៉ុន្មាន?",
                     "d [km]=? • {day} instead",
                     "I think I ran {day} as well. How far did I get that time?",
                     "Similarly, as concerns {day}."],
    "fu_other_person": ["ចុះ {who} វិញ? សំណួរដដែល",
                        "same unknown=? • {who}",
                        "{who} could answer me the same question, I think. What is it for {who}?",
                        "Similarly, in the case of {who}."],
    "fu_night_before": ["ចុះយប់មុននោះវិញ?",
                        "same unknown=? • night before that",
                        "The hammers next door keep odd hours. The night before that, then?",
                        "Similarly, for the night preceding."],
    "fu_today": ["ចុះថ្ងៃនេះវិញ ដល់ឥឡូវប៉ុន្មានហើយ?",
                 "so far=? • today",
                 "The stall is still open and I am still counting. What is today's figure so far?",
                 "Similarly, for today up to this hour."],
}
"""Every question key's templates: the engineer's, the physics student's, the silversmith's, the chamberlain's."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"ថ្ងៃទី{str(day.day).translate(DIGITS)} ខែ{MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"{_words(day)} ឆ្នាំ{str(day.year).translate(DIGITS)}", f"{KM[wd]} {_full(day)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"ថ្ងៃនេះ ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"ម្សិលមិញ ({_slash(day)})"]
    options = [f"{KM[wd]} ({_slash(day)})", f"{KM[wd]} ទី{str(day.day).translate(DIGITS)}", _words(day)]
    if back == 2:
        options.append(f"ម្សិលម្ង៉ៃ ({_slash(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"យប់{KM[day.weekday()]} ({_slash(day)}-{_slash(after)})", f"យប់{_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"យប់មិញ ({_slash(day)}-{_slash(after)})"]
    return options
