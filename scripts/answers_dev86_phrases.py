"""Question phrasings of the answers benchmark's eighty-sixth tuning set, ``dev86`` (docs/benchmarks.md, "Answers").

``dev86`` was the held-out set until 2026-12-06, when, after its measurement at 0115f1c (grounded
accuracy 0.648; worst category comparison 0.409; unsupported 0.0; abstention 0.864; p95 0.025 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev85``, answers_dev85_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or
its time parser and without copying the other sets' phrasing tables; where the disjointness checks
found a wording already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a final-year medical student at the University of Medicine 1 in Yangon who types lower case and
  switches between English and Burmese inside a sentence (no earlier set's language, nor a close
  neighbour of one: Burmese is a Tibeto-Burman language, kin to none of the earlier sets' languages),
  in its ordinary typed spelling, the Burmese script in Unicode as phones type it today: "ဘာ" for
  what, "ဘယ်" for which, "ဘယ်မှာ" for where, "ဘယ်သူတွေ" for who all, "ဘယ်နှ" and "ဘယ်လောက်" for
  how many and how much, "ဘယ်အချိန်" for at what time, "ဘယ်နှနာရီ" for how many hours, "မနက်စာ",
  "နေ့လယ်စာ" and "ညစာ" for breakfast, lunch and dinner, "ကော်ဖီ" and "ခွက်" for coffee and cups,
  "အစည်းအဝေး" for a meeting, "အိပ်" for sleeping, "နိုး" for waking, "ပြေး", "စက်ဘီးစီး" and "ရေကူး"
  for running, cycling and swimming, "ဒီအပတ်" for this week, "မေ့သွားပြီ" for I forgot, "ပါ" for
  please, "လား" closing a yes-or-no question and "လဲ" a question with a question word, "ခဲ့" for
  the past, English nouns and clauses where they come first to mind ("{who} recommend လုပ်တဲ့",
  a workout, a launch, "i ran ... km that day"), her follow-ups closed with "ရော" (and what about);
- a data-entry operator at a freight forwarder by the Yangon port who types every question as a line
  of a form, lower case: the thing asked in a few words, its day, a colon, and the blank he wants
  filled as a placeholder in angle brackets naming what goes there ("<place name>", "<hh:mm>",
  "<km>", "<h + min>", "<names>", "<n>", "<shorter y/n>"), then a question mark ("lunch {day},
  location: <place name>?", "sleep {night}: <h + min>?"), a few abbreviations ("mtg", "wk", "w/",
  "rec'd"), his follow-ups the same way ("day before: <same field>?");
- an astrologer with a stall at the foot of the Shwedagon Pagoda's stairs, writing in sentences with
  capitals, who makes a remark from her working life before or after the question (the horoscope
  charts she draws, her clients and their questions about lucky hours, the planetary posts round the
  pagoda's terrace, the almanac, the palm readings, the rites she prescribes to avert bad luck, the
  monsoon rain on her umbrella);
- a retired stationmaster of Yangon Central Railway Station who writes formal sentences with
  formulas of his own, as in the railway's office notes: "Please intimate ...", "Let me be informed
  ...", "I should wish to know ...", some closed with "Reply awaited.", his follow-ups opened with
  "On a connected point," and "Same enquiry,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev86 life lives in Asia/Yangon, from Monday 7 July 2036 to 22 July; Myanmar keeps Myanmar
Time (UTC+6:30) all year, with no summer time (zoneinfo gives one offset over all of 2035 to 2037,
and so over its 16 days, 7 to 22 July), so no clock changes inside it. Dates are written as people
in Yangon write them: day first, with slashes, both padded, and the year in full ("07/07/2036"), or
the day and month alone the same way ("07/07"); in words, as Burmese writes them, the month (the
English month's name in Burmese script, with "လ", month), then the day's number in Burmese digits
and "ရက်" (day): "ဇူလိုင်လ ၇ ရက်", 7 July; with the year before them, in Burmese digits and
"ခုနှစ်" (year), for a day that may lie outside the life ("၂၀၃၆ ခုနှစ် ဇူလိုင်လ ၇ ရက်"). Weekdays are
in Burmese ("တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ", Monday to
Sunday), a day as its weekday and "နေ့" (day), with the slashed day in brackets or after it
("တနင်္လာနေ့ (07/07)", "တနင်္လာနေ့ 07/07"), or the weekday in brackets after a date in words
("ဇူလိုင်လ ၇ ရက် (တနင်္လာ)"); for a day that may lie outside the life always with the year
("၂၀၃၆ ခုနှစ် ဇူလိုင်လ ၇ ရက် (တနင်္လာ)", "တနင်္လာနေ့ 07/07/2036"); today and yesterday alone, or as
"ဒီနေ့" (today) and "မနေ့က" (yesterday) with the weekday and the slashed day in brackets, and the
day before yesterday also as "တမြန်နေ့က" the same way. A night is named as Burmese names it, by the
day it starts on and "ည" (night): "တနင်္လာနေ့ည", Monday night, with its two slashed days in brackets
("တနင်္လာနေ့ည (07/07-08/07)"), or as that day's night time, "ညဘက်", with its first day
("တနင်္လာနေ့ ညဘက် (07/07)"); last night alone, "last night", or as "မနေ့ညက" (last night) with its
two slashed days in brackets. No day's name ends in a dot, so that no question ends in two dots.
Workouts are named with places in and around Yangon: round Inya Lake and Kandawgyi Lake and in
People's Park; out to Hlawga Park, across the bridge to Thanlyin and up Pyay Road to Hmawbi; the
pool at Thuwunna and the Inya Lake Hotel's; a studio in Bahan and the shore of Kandawgyi Lake; the
Shwedagon Pagoda's southern stairway and the trail up to the Golden Rock at Kyaiktiyo.
"""


from __future__ import annotations

from datetime import date, timedelta

MY = ("တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ")
"""Burmese weekdays, Monday to Sunday."""
MONTHS = ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ",
          "နိုဝင်ဘာ", "ဒီဇင်ဘာ")
"""The months' names as Burmese script writes them (each followed by "လ", month, in a date)."""
DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
"""Burmese digits, for a date in words."""

NOUNS = {"run": ("run round Inya Lake", "run round Kandawgyi Lake", "run in People's Park"),
         "cycle": ("ride out to Hlawga Park", "ride across the bridge to Thanlyin", "ride up Pyay Road to Hmawbi"),
         "swim": ("swim at the Thuwunna pool", "swim in the Inya Lake Hotel pool"),
         "yoga": ("yoga class at a studio in Bahan", "yoga session on the shore of Kandawgyi Lake"),
         "climb": ("climb up the Shwedagon's southern stairway", "climb up the trail to the Golden Rock at Kyaiktiyo")}
"""What this set's questions call a workout of each activity: places in and around Yangon."""

AWAITED = " Reply awaited."
"""The stationmaster's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} recommend လုပ်တဲ့ book က ဘာစာအုပ်လဲ? title ကို မေ့သွားပြီ",
             "book rec'd by {who}: <title, author>?",
             "A client left a novel on my stool once and never came back for it. Which book was it that {who} "
             "pressed on me to read?",
             "Please intimate the title of the book which {who} advised me to read."],
    "film": ["{who} က မဖြစ်မနေ ကြည့်ရမယ်ဆိုတဲ့ film က ဘာလဲ?",
             "film {who} says to see: <film title>?",
             "Which film was {who} so sure I ought to watch? My evenings are free once the pagoda lamps are lit.",
             "Let me be informed which motion picture {who} commended to me." + AWAITED],
    "offsite": ["{who} ပြောတာ offsite ကို ပြောင်းလိုက်ပြီတဲ့, အခု ဘယ်မြို့မှာလဲ?",
                "offsite, moved per {who}: <new city>?",
                "My charts said the offsite would move, and {who} says it has; to which city is it going now?",
                "I should wish to know to what city, as {who} reports it, the offsite has been shifted."],
    "restaurant": ["{who} အရမ်းကောင်းတယ်ပြောတဲ့ restaurant နာမည် ဘာလဲ? မေ့သွားပြီ",
                   "restaurant {who} praised: <restaurant name>?",
                   "A day of reading palms leaves me hungry. What was the restaurant {who} thought so highly of?",
                   "Please intimate the name of the eating house which {who} spoke of so warmly."],
    "flight": ["{who} ရဲ့ flight က ဘယ်အချိန် ဆိုက်မှာလဲ? airport ကို သွားကြိုရမယ်",
               "{who}'s flight, landing: <hh:mm>?",
               "At what time does {who}'s plane come in? I will light a candle for a safe landing.",
               "Let me be informed at what hour the aeroplane of {who} is due to arrive." + AWAITED],
    "dog": ["{who} ရဲ့ ခွေးအသစ်ကို နာမည် ဘာပေးထားလဲ?",
            "{who}'s new dog: <dog's name>?",
            "I drew a horoscope for a puppy once, to please a client. What name did {who} choose for the new dog in the end?",
            "I should wish to know by what name {who} calls the dog newly taken in."],
    "launch": ["{who} ပြောတာ {project} launch ကို ရွှေ့လိုက်ပြီတဲ့, ဘယ်ရက်ကို ရွှေ့လဲ?",
               "{project} launch, pushed per {who}: <dd/mm>?",
               "Nobody consulted me on an auspicious launch day, and now {who} says the {project} launch has "
               "moved. To what date has it gone?",
               "Please intimate the date to which, as {who} has it, the {project} launch stands postponed."
               + AWAITED],
    "age": ["{who} ရဲ့ သမီး next birthday မှာ အသက် ဘယ်လောက် ပြည့်မှာလဲ?",
            "{who}'s daughter, age at next birthday: <n years>?",
            "I am casting a birthday horoscope for {who}'s daughter. How old will she be at her next birthday?",
            "Let me be informed what age the daughter of {who} shall reach on her coming birthday."],
    "podcast": ["{who} recommend လုပ်တဲ့ podcast က ဘာလဲ? ကားထဲမှာ နားထောင်ချင်လို့",
                "podcast {who} suggested: <show name>?",
                "Slow afternoons at the stall want something in my ears. Which podcast did {who} say would keep me company?",
                "I should wish to know which podcast {who} held to be worth my hearing." + AWAITED],
    "breakfast_food": ["{day} မနက်စာ ဘာစားခဲ့လဲ? မမှတ်မိတော့ဘူး",
                       "breakfast {day}: <dish(es)>?",
                       "I ate before the first pilgrims reached the stairs {day}. What was that breakfast?",
                       "Please intimate what formed my morning meal {day}."],
    "lunch_food": ["{day} နေ့လယ်စာ ဘာစားခဲ့လဲ?",
                   "lunch {day}: <dish eaten>?",
                   "Between two clients {day} I ate at my stall. What was on my plate at lunch?",
                   "Let me be informed of what I partook at the noon meal {day}." + AWAITED],
    "dinner_food": ["ညစာ {day} ဘာစားခဲ့လဲ? honestly မေ့နေပြီ",
                    "dinner {day}: <food on plate>?",
                    "After a long day over birth charts my memory is poor. What did I end up eating for dinner {day}?",
                    "I should wish to know of what my evening meal consisted {day}."],
    "lunch_place": ["{day} lunch ကို ဘယ်မှာ စားခဲ့လဲ?",
                    "lunch {day}, location: <place name>?",
                    "I closed my almanac at noon {day} and went out to eat. Where did I end up having lunch?",
                    "Please intimate at which establishment my luncheon was served {day}."],
    "dinner_place": ["{day} ညစာ စားဖို့ ဘယ်ဆိုင် သွားခဲ့လဲ?",
                     "dinner {day}, location: <venue name>?",
                     "Once the last client had gone {day}, where did I take myself for dinner?",
                     "Let me be informed at which place I took my dinner {day}." + AWAITED],
    "workout_kind": ["{day} ဘာ workout လုပ်ခဲ့လဲ?",
                     "workout {day}: <run/ride/swim/yoga/climb>?",
                     "Sitting cross-legged all day stiffens the back. What sort of exercise did I get in {day} to loosen it?",
                     "I should wish to know which exercise occupied me {day}."],
    "heart_rate": ["{noun} {day} မှာ average heart rate ဘယ်လောက်လဲ?",
                   "{noun} {day}, heart rate: <avg, bpm>?",
                   "My pulse reads like a palm to me, but I forget the numbers. Where did my heart rate settle, "
                   "on average, during the {noun} {day}?",
                   "Please intimate the average of my heart rate during the {noun} {day}." + AWAITED],
    "sleep_quality": ["{night} ကောင်းကောင်း အိပ်ပျော်ခဲ့လား, မပျော်ခဲ့ဘူးလား?",
                      "sleep {night}: <quality, good/poor>?",
                      "The frogs after the monsoon rain were loud {night}. Was my sleep good or poor?",
                      "Let me be informed whether my sleep {night} was sound or broken."],
    "sleep_night": ["{night} ဘယ်နှနာရီ အိပ်ခဲ့လဲ?",
                    "sleep {night}: <h + min>?",
                    "I sat up late over a difficult horoscope {night}. How many hours did I sleep in the end?",
                    "I should wish to know the number of hours I slept {night}." + AWAITED],
    "exercise_duration": ["{noun} {day} က ဘယ်နှမိနစ် ကြာခဲ့လဲ?",
                          "{noun} {day}, time taken: <min>?",
                          "I left my nephew to mind the stall while I was out. How many minutes was I gone for "
                          "the {noun} {day}?",
                          "Please intimate how long, in minutes, the {noun} {day} occupied me."],
    "meeting_duration": ["{title} အစည်းအဝေး {day} ဘယ်လောက် ကြာခဲ့လဲ?",
                         "{title} meeting {day}, length: <mins>?",
                         "Clients were queuing at the stall the whole time. How long did the {title} meeting keep "
                         "me away {day}?",
                         "Let me be informed how long the {title} meeting occupied {day}." + AWAITED],
    "distance_run": ["{day} ဘယ်နှ km ပြေးခဲ့လဲ?",
                     "run {day}, distance: <km, 1 decimal>?",
                     "After a day of other people's fortunes I need to run them off. How many kilometres of road did I "
                     "run {day} to shake them loose?",
                     "I should wish to know the distance I ran {day}."],
    "distance_cycle": ["{day} စက်ဘီး ဘယ်နှ km စီးခဲ့လဲ?",
                       "bike ride {day}, distance: <km>?",
                       "I was back on my stool in time for the evening clients, but how many kilometres "
                       "had I cycled {day}?",
                       "Please intimate how many kilometres I covered by bicycle {day}." + AWAITED],
    "distance_swim": ["{day} ရေ ဘယ်နှ meter ကူးခဲ့လဲ?",
                      "swim {day}, distance: <m>?",
                      "My birth planet is said to love water, so the pool suits me. How many metres did I manage in the water {day}?",
                      "Let me be informed of the metres covered in my swim {day}."],
    "attendees": ["{day} {title} meeting မှာ ဘယ်သူတွေ ပါလဲ?",
                  "{title} meeting {day}, present: <names>?",
                  "I could have read every palm at the {title} meeting {day}. Who turned up to it?",
                  "I should wish to know which persons attended the {title} meeting {day}." + AWAITED],
    "coffee_count": ["{day} ကော်ဖီ ဘယ်နှခွက် သောက်ခဲ့လဲ?",
                     "coffees {day}: <n>?",
                     "Clients bring me coffee as often as they bring questions. How many cups went down my throat {day}?",
                     "Please intimate how many coffees were consumed by me {day}."],
    "caffeine": ["{day} caffeine စုစုပေါင်း ဘယ်နှ mg လဲ?",
                 "caffeine {day}, all cups: <mg>?",
                 "No chart can tell me this one: what did the caffeine add up to {day}, in milligrams?",
                 "Let me be informed of the total caffeine, in milligrams, I took {day}." + AWAITED],
    "meeting_count": ["{day} meeting ဘယ်နှခု ရှိခဲ့လဲ?",
                      "mtgs {day}: <n>?",
                      "Every meeting costs me a client at the stall. How many meetings took me away {day}?",
                      "I should wish to know in how many meetings I sat {day}."],
    "km_week": ["တနင်္လာနေ့ကစပြီး {activity} ဘယ်နှ km ရှိပြီလဲ?",
                "{activity} since mon: <km total>?",
                "The almanac says this is a good week for effort. How many kilometres of {activity} stand to "
                "my name since Monday?",
                "Please intimate my total kilometres of {activity} from Monday to the present." + AWAITED],
    "workouts_week": ["ဒီအပတ်ထဲမှာ workout ဘယ်နှခါ လုပ်ပြီးပြီလဲ?",
                      "workouts this week to date: <n>?",
                      "Rahu has been unkind to my plans lately. How many workouts have I fitted in this week despite him?",
                      "Let me be informed of the number of workouts I have completed in the current week."],
    "first_coffee": ["{day} ပထမဆုံး ကော်ဖီ ဘယ်အချိန် သောက်ခဲ့လဲ?",
                     "first coffee {day}, poured at: <hh:mm>?",
                     "I set out my charts at dawn. What time did my first coffee reach my hand {day}?",
                     "I should wish to know the hour of my first coffee {day}." + AWAITED],
    "last_coffee": ["{day} နောက်ဆုံး ကော်ဖီ ဘယ်အချိန်လဲ?",
                    "last coffee {day}, poured at: <hh:mm>?",
                    "I worked on a wedding horoscope late into the evening {day}. At what hour did the day's final cup reach me?",
                    "Please intimate at what hour I drank my final coffee {day}."],
    "first_meeting": ["{day} ပထမဆုံး meeting က ဘယ်အချိန် စလဲ?",
                      "first meeting {day}, start: <hh:mm>?",
                      "I shut the stall early for it {day}. At what time did my first meeting get under way?",
                      "Let me be informed of the hour at which my first meeting commenced {day}." + AWAITED],
    "wake": ["{day} ဘယ်အချိန် နိုးခဲ့လဲ?",
             "woke up {day}: <hh:mm>?",
             "The pagoda bells wake most of the neighbourhood. What time did they wake me {day}?",
             "I should wish to know at what hour I awoke {day}."],
    "bedtime": ["{night} ဘယ်အချိန် အိပ်ရာဝင်ခဲ့လဲ?",
                "lights out {night}: <hh:mm>?",
                "I counted out the week's fees before bed {night}. What time did my head finally touch the pillow?",
                "Please intimate at what hour I retired to bed {night}." + AWAITED],
    "dinner_on_distance": ["i {past} {km} km, အဲဒီနေ့ ညစာ ဘာစားခဲ့လဲ?",
                           "day i {past} {km} km, dinner: <food>?",
                           "My legs ached all evening after I {past} {km} km. What was on the dinner table for me that day?",
                           "Let me be informed what I dined on upon the day on which I {past} {km} km."],
    "meeting_after_workout": ["{noun} {day} ပြီးတော့ နောက် meeting မှာ ဘယ်သူတွေ ရှိလဲ?",
                              "1st meeting after {noun} {day}, attendees: <names>?",
                              "I walked into a meeting with my hair still wet from the {noun} {day}. Who sat in it with me?",
                              "I should wish to know whose company I kept at the meeting next after my {noun} {day}."
                              + AWAITED],
    "lunch_on_meeting_day": ["{title} meeting ရှိတဲ့နေ့က lunch ဘယ်မှာ စားခဲ့လဲ?",
                             "lunch on {title} mtg day: <place>?",
                             "The {title} meeting fell on a day my charts called lucky. Where did my lunch come from "
                             "that lucky day?",
                             "Please intimate where I took luncheon on the day of the {title} meeting."],
    "sleep_after_meeting": ["{title} meeting ပြီးတဲ့ညက ဘယ်နှနာရီ အိပ်ခဲ့လဲ?",
                            "sleep, night following {title} mtg: <hrs>?",
                            "Meetings unsettle me more than any eclipse. How many hours of sleep did I get in the "
                            "night after the {title} meeting?",
                            "Let me be informed how many hours of sleep I had in the night following the {title} "
                            "meeting." + AWAITED],
    "dinner_on_said_day": ["{who} က {value} အကြောင်း ပြောတဲ့နေ့က ညစာ ဘာစားခဲ့လဲ?",
                           "dinner, when {who} raised {value}: <food>?",
                           "I remember {who} going on about {value} while I was packing up my charts. What did I "
                           "sit down to for dinner that day?",
                           "I should wish to know upon what I dined on the day {who} made mention of {value}."],
    "compare_sleep": ["{n1} နဲ့ {n2}, ဘယ်ညက ပိုအိပ်ခဲ့လဲ? hours နှစ်ခုလုံး ပြောပါ",
                      "sleep {n1} vs {n2}: <longer night + hrs each>?",
                      "My clients swear by the moon for sleep. Was it {n1} or {n2} that let me sleep longer, and "
                      "with how many hours on either night?",
                      "Please intimate which of the nights {n1} and {n2} afforded me the more sleep, with the hours "
                      "slept on both." + AWAITED],
    "compare_caffeine": ["{d1} နဲ့ {d2}, ဘယ်နေ့ caffeine ပိုများလဲ? mg နှစ်ခုလုံး ပြောပါ",
                         "caffeine {d1} vs {d2}: <higher day + mg each>?",
                         "Busy days at the stall mean more coffee. Which of {d1} and {d2} had more caffeine, and "
                         "with what milligrams on either day?",
                         "Let me be informed on which of {d1} and {d2} my caffeine was the greater, with the "
                         "milligrams for either day."],
    "compare_duration": ["{d1} workout နဲ့ {d2} workout, ဘယ်ဟာ ပိုကြာလဲ? minutes နှစ်ခုလုံး",
                         "workout {d1} vs {d2}: <longer + mins each>?",
                         "A client asked me which of my own days were strongest. Was my workout {d1} or {d2} the "
                         "longer one, and by the minutes?",
                         "I should wish to know whether my workout {d1} or that {d2} ran the longer, and the "
                         "minutes of either." + AWAITED],
    "compare_coffee_weeks": ["ဒီအပတ် ကော်ဖီ last week ထက် ပိုသောက်နေလား လျော့သောက်နေလား?",
                             "coffee, this wk vs prev wk: <up/down>?",
                             "The tea shop by the stairs has started calling me by name. Has my coffee gone up this "
                             "week compared with last week, or down?",
                             "Please intimate whether my coffee this week exceeds that of the week preceding, or "
                             "falls short of it."],
    "late_coffee_sleep": ["{t} နောက်ပိုင်း ကော်ဖီသောက်တဲ့နေ့တွေမှာ အိပ်ချိန် လျော့သွားလား?",
                          "sleep, days w/ coffee from {t}: <shorter y/n>?",
                          "I tell clients not to drink coffee late, but do I listen? Does a coffee at {t} or "
                          "later leave me with less sleep?",
                          "Let me be informed whether coffee taken at {t} or after curtails my sleep." + AWAITED],
    "late_dinner_sleep": ["{t} နောက်ပိုင်း ညစာစားတဲ့ညတွေမှာ အိပ်ချိန် နည်းသွားလား?",
                          "sleep, nights w/ dinner from {t}: <shorter y/n>?",
                          "On market days I eat late. Do I sleep less on the nights I have dinner at {t} or later?",
                          "I should wish to know whether a dinner taken at {t} or later shortens my night's sleep."],
    "exercise_sleep": ["workout လုပ်တဲ့နေ့တွေပြီးရင် rest day တွေထက် ပိုအိပ်ရလား?",
                       "sleep, post-workout vs rest-day nights: <longer y/n>?",
                       "The body has its own horoscope, I always say. Is my sleep longer after a workout day than "
                       "after a rest day?",
                       "Please intimate whether my sleep is the longer after days of exercise than after days "
                       "without." + AWAITED],
    "caffeine_sleep": ["caffeine {mg} mg နဲ့အထက် သောက်တဲ့နေ့တွေရဲ့ နောက်ညမှာ အိပ်ချိန်က တခြားညတွေနဲ့ ဘယ်လိုကွာလဲ?",
                       "sleep after {mg}+ mg caffeine days vs others: <difference>?",
                       "Some of my clients blame the planets for what coffee does. When a day brings me {mg} mg of "
                       "caffeine or more, how does the night after compare with other nights?",
                       "Let me be informed how my sleep after days of {mg} mg of caffeine or more compares with "
                       "that of other nights."],
    "exercise_coffee": ["workout လုပ်တဲ့နေ့တွေမှာ workout မလုပ်တဲ့နေ့တွေထက် ကော်ဖီ ပိုသောက်လား?",
                        "coffees, workout vs rest days: <more y/n>?",
                        "My nephew says I drink more coffee on the days I exercise. Do I drink more on workout days "
                        "than on rest days?",
                        "I should wish to know whether I take more coffee on days of exercise than on days of "
                        "rest." + AWAITED],
    "fu_day_before": ["အဲဒီ့ အရင်နေ့ကရော?",
                      "day before: <same field>?",
                      "My almanac always looks back a day as well. What about the day before that one?",
                      "On a connected point, the day preceding."],
    "fu_meeting_length": ["ဒါဆို အဲဒီ meeting က ဘယ်လောက် ကြာခဲ့လဲ?",
                          "that meeting, length: <mins>?",
                          "Clients were waiting while I was in there. How long was I stuck in that meeting?",
                          "On a connected point, the duration of that meeting."],
    "fu_other_day": ["{day} ရော, ဘယ်နှ km လဲ?",
                     "{day}: <km again>?",
                     "I think I went out early that day too. And on {day}, what distance did I reach?",
                     "Same enquiry, for {day}."],
    "fu_other_person": ["{who} ရော? အဲဒီ မေးခွန်းပဲ",
                        "{who}: <same field>?",
                        "I may have been reading a palm when {who} mentioned it. And for {who}, what is the answer?",
                        "Same enquiry, in respect of {who}."],
    "fu_night_before": ["အဲဒီ့ အရင်ညကရော?",
                        "night before: <same field>?",
                        "The planets shift overnight. Now ask it again for the night prior to that one.",
                        "On a connected point, the night previous."],
    "fu_today": ["ဒီနေ့ရော, အခုထိ ဘယ်လောက်လဲ?",
                 "today so far: <same field>?",
                 "I have not left the stall since sunrise. How does today stand so far?",
                 "Same enquiry, for today up to the present hour."],
}
"""Every question key's templates: the medical student's, the data-entry operator's, the astrologer's, the
stationmaster's."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{MONTHS[day.month - 1]}လ {str(day.day).translate(DIGITS)} ရက်"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"{str(day.year).translate(DIGITS)} ခုနှစ် {_words(day)} ({MY[wd]})", f"{MY[wd]}နေ့ {_full(day)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"ဒီနေ့ ({MY[wd]}, {_slash(day)})"]
    if back == 1:
        return ["yesterday", f"မနေ့က ({MY[wd]}, {_slash(day)})"]
    options = [f"{MY[wd]}နေ့ ({_slash(day)})", f"{MY[wd]}နေ့ {_slash(day)}", f"{_words(day)} ({MY[wd]})"]
    if back == 2:
        options.append(f"တမြန်နေ့က ({MY[wd]}, {_slash(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    wd = day.weekday()
    options = [f"{MY[wd]}နေ့ည ({_slash(day)}-{_slash(after)})", f"{MY[wd]}နေ့ ညဘက် ({_slash(day)})"]
    if (today - day).days == 1:
        options += ["last night", f"မနေ့ညက ({_slash(day)}-{_slash(after)})"]
    return options
