"""Question phrasings of the answers benchmark's one hundred and seventeenth tuning set, ``dev117`` (docs/benchmarks.md, "Answers").

``dev117`` was the held-out set until 2026-12-06, when, after its measurement at df78399 (grounded
accuracy 0.314; worst category attendees 0.091; unsupported 0.0; abstention 0.636; p95 0.023 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev116``, answers_dev116_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young man from Hangzhou, in Zhejiang, who types lower case, switching between English and
  Mandarin Chinese inside a sentence, the Mandarin typed in pinyin without tone marks. The Mandarin
  here is the writer's own approximation from the commonest words (shenme what, nali where, shei
  who, jidian what time, duoshao and ji how many, jintian today, zuotian yesterday, wanshang night,
  tian day, zaofan breakfast, wufan lunch, wanfan the evening meal, shuijiao and shui sleep,
  xiaoshi hours, fenzhong minutes, kafei coffee, kai hui a meeting, xingqi week, haishi or, yihou
  after, ne for "and ...?", the weekdays Zhouyi to Zhouri); no speaker has checked it. What the set
  tests is how the planner reads English mixed with a language it has never seen: no earlier set
  switches into Mandarin; dev17's Hong Kong voice writes Cantonese, a sister Chinese language, in a
  romanisation that shares no question word with this one (flagged for whoever measures it);
- an analyst who keeps her logs in Hadoop and types every question as an Apache Pig Latin script:
  'r = FILTER rel BY col == '...' AND ...; t = FOREACH r GENERATE field; DUMP t;' for a value,
  'GROUP r ALL' with 'COUNT', 'SUM', 'AVG', 'MIN' or 'MAX' for counts, sums, averages, firsts and
  lasts, 'GROUP r BY day' for two compared, 'GROUP n BY late' for habits, 'JOIN m BY day, w BY day'
  for a day named by what happened on it; no question mark of her own, no brace; her follow-ups
  work on the last result ('prev = FOREACH last GENERATE day - 1; DUMP prev;');
- a Longjing tea picker from a village in the hills above West Lake who starts with a remark from
  her work (the terraces, the baskets weighed at noon, the first flush, the roasting pans, the tea
  buyers from Shanghai, the cooperative's quarrels over prices) before she asks;
- a retired abacus master, who taught the abacus in a Hangzhou school for forty years and writes
  formal sentences with formulas of his own: "Would the ledger oblige me with ...", "Would the
  ledger oblige me by stating whether ...", often closed with "Most respectfully, an old abacus
  master of Hangzhou.", and his follow-ups "Be good enough to repeat the enquiry ..." or "Be good
  enough to supply, besides, ...".

Of the pinyin words, those another module holds as a word are short ones another language happens
to share, kept ("ba", "ben", "bi", "bu", "che", "chi", "ci", "de", "di", "duo", "ge", "he", "hui",
"ji", "jiu", "kai", "lai", "le", "ma", "mi", "na", "nali", "ne", "qi", "shi", "shu", "wan", "wo",
"yang", "yi", "you", "zai"; and the English "km", "launch", "mg", "offsite", "podcast"); no day or
night name is another set's.
No other module holds "Hangzhou", "West Lake", "Longjing", "tea picker", "abacus", "Pig Latin",
"FOREACH", "Would the ledger oblige", "Zhouyi", "jintian", "zuotian", "wanshang" or "shenme", nor
any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev117 life lives in Asia/Shanghai, the zone all of China keeps, in Hangzhou, from Monday
9 February 2037 to 24 February 2037; China keeps China Standard Time (eight hours ahead of
Greenwich) all year and has had no summer time since 1991 (zoneinfo gives one offset over its 16
days), so no clock changes inside it. Dates are written as people in China write them: year first,
with slashes, unpadded ("2037/2/9") or padded ("2037/02/09"), or with the characters for month and
day ("2月9日", with the year before it, "2037年2月9日", for a day that may lie outside the life); never
month and day alone with a slash, which would read day first elsewhere. Weekdays are the Mandarin
ones in pinyin, with capitals: "Zhouyi" for Monday, "Zhouer", "Zhousan", "Zhousi", "Zhouwu",
"Zhouliu" and "Zhouri" for Sunday: a day as its weekday and its slashed date ("Zhouyi 2037/2/9"), as
its date in characters and its weekday ("2月9日 Zhouyi"), as its weekday, "na tian" (that day), a
comma and its date in characters, or as its weekday and its slashed date in brackets; for a day that
may lie outside the life always with the year; today and yesterday alone, or as "jintian" (today)
with the slashed date, or "zuotian" (yesterday), its weekday and the slashed date. A night is named
as its weekday, "wanshang" (evening) and its slashed date ("Zhouyi wanshang 2037/2/9"), or as its
date in characters, its weekday and "yeli" (in the night); last night alone, "last night", or as
"zuotian wanshang", a comma and the slashed date. No day's name ends in a dot, so that no question
ends in two dots. Workouts are named with places in and around Hangzhou: round West Lake, along the
Qiantang River, on the Su Causeway; out to Longjing village, along the Grand Canal, up the Lingyin
temple road; at the Huanglong pool and in a hotel pool beside West Lake; a hall in Gongshu and a
studio in Binjiang; an indoor wall in Binjiang and the crags of Tianmu Mountain.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Zhouyi", "Zhouer", "Zhousan", "Zhousi", "Zhouwu", "Zhouliu", "Zhouri")
"""Mandarin weekdays in pinyin without tone marks, as this set names them, Monday to Sunday, with a capital (an approximation)."""

NOUNS = {"run": ("run round West Lake", "run along the Qiantang River", "run on the Su Causeway"),
         "cycle": ("ride out to Longjing village", "ride along the Grand Canal", "ride up to the Lingyin temple road"),
         "swim": ("swim at the Huanglong pool in Hangzhou", "swim in a hotel pool beside West Lake"),
         "yoga": ("yoga class in a hall in Gongshu", "yoga session at a studio in Binjiang"),
         "climb": ("climb at an indoor wall in Binjiang", "climb on the crags of Tianmu Mountain")}
"""What this set's questions call a workout of each activity: places in and around Hangzhou."""

S = "Most respectfully, an old abacus master of Hangzhou."

PHRASES: dict[str, list[str]] = {
    "book": ["{who} tuijian de shu, shi na yi ben?",
             "r = FILTER recs BY giver == '{who}' AND kind == 'book'; t = FOREACH r GENERATE title; DUMP t;",
             "In the rain we cannot pick, so I sit under the eaves and read. Which book did {who} hand me to read under the eaves?",
             "Would the ledger oblige me with the title of the book that {who} proposed I read? " + S],
    "film": ["{who} shuo de dianying, jiao shenme?",
             "r = FILTER recs BY giver == '{who}' AND kind == 'film'; t = FOREACH r GENERATE title; DUMP t;",
             "When the leaves are dried we watch something on the phone. What film did {who} insist I put on?",
             "Would the ledger oblige me with the name of the motion picture {who} held worth my watching?"],
    "offsite": ["{who} ba offsite gaidao nali qu le?",
                "r = FILTER events BY kind == 'offsite' AND mover == '{who}'; t = FOREACH r GENERATE town; DUMP t;",
                "Tea buyers move their visits as the weather moves. Which town did {who} shift the offsite across to?",
                "Would the ledger oblige me with the town to which {who} has removed the offsite? " + S],
    "restaurant": ["{who} shuo na jia fanguan hao chi?",
                   "r = FILTER recs BY giver == '{who}' AND kind == 'restaurant'; t = FOREACH r GENERATE venue; DUMP t;",
                   "Pickers from the village eat noodles on the terrace steps. Which restaurant was it that {who} sang the praises of?",
                   "Would the ledger oblige me with the name of the dining house {who} spoke well of?"],
    "flight": ["{who} de feiji jidian dao?",
               "r = FILTER flights BY traveller == '{who}'; t = FOREACH r GENERATE lands; DUMP t;",
               "The buyers from Shanghai fly in for the first flush. When is the plane of {who} due on the ground?",
               "Would the ledger oblige me with the hour at which {who} is to land? " + S],
    "dog": ["{who} xin yang de xiao gou jiao shenme mingzi?",
            "r = FILTER pets BY keeper == '{who}' AND species == 'dog' AND months < 12; t = FOREACH r GENERATE called; DUMP t;",
            "A puppy on a tea terrace tramples half the bushes. What name did {who} give the little one that came home lately?",
            "Would the ledger oblige me with what the new puppy of {who} is called?"],
    "launch": ["{who} ba {project} de launch tuidao na yi tian?",
               "r = FILTER launches BY project == '{project}' AND mover == '{who}'; t = FOREACH r GENERATE newdate; DUMP t;",
               "Frost can push the picking back a week, and people push things too. The {project} launch that {who} delayed is set for which day?",
               "Would the ledger oblige me with the day to which {who} has put off the launch of {project}? " + S],
    "age": ["{who} de nuer xia ci shengri ji sui?",
            "r = FILTER kin BY parent == '{who}' AND relation == 'daughter'; t = FOREACH r GENERATE age + 1; DUMP t;",
            "Children here learn to pick as soon as they can reach the top leaves. How old will the daughter of {who} be on her next birthday?",
            "Would the ledger oblige me with the age at which the daughter of {who} shall arrive on her coming birthday?"],
    "podcast": ["{who} tuijian de podcast shi shenme?",
                "r = FILTER recs BY giver == '{who}' AND kind == 'podcast'; t = FOREACH r GENERATE title; DUMP t;",
                "Picking is quiet work and the earphone helps. Which podcast did {who} want me to listen to among the bushes?",
                "Would the ledger oblige me with the podcast {who} counselled me to follow? " + S],
    "breakfast_food": ["{day} zaofan wo chi le shenme?",
                       "r = FILTER meals BY meal == 'breakfast' AND day == '{day}'; t = FOREACH r GENERATE dish; DUMP t;",
                       "We are on the slopes before the dew dries and eat walking. What did I swallow before picking {day}?",
                       "Would the ledger oblige me with what I took at breakfast {day}?"],
    "lunch_food": ["wufan {day} chi de shenme?",
                   "r = FILTER meals BY meal == 'lunch' AND day == '{day}'; t = FOREACH r GENERATE dish; DUMP t;",
                   "At noon the baskets are weighed and we sit down. What was in my bowl at noon {day}?",
                   "Would the ledger oblige me with the content of my midday repast {day}? " + S],
    "dinner_food": ["{day} wanfan chi le shenme?",
                    "r = FILTER meals BY meal == 'dinner' AND day == '{day}'; t = FOREACH r GENERATE dish; DUMP t;",
                    "After the roasting pans cool, my hands smell of leaves all evening. What went in my bowl once the roasting pans were cold {day}?",
                    "Would the ledger oblige me with the dish that made my supper {day}?"],
    "lunch_place": ["{day} wufan zai nali chi de?",
                    "r = FILTER meals BY meal == 'lunch' AND day == '{day}'; t = FOREACH r GENERATE venue; DUMP t;",
                    "Some days we eat on the terraces, some days in the village. Where did I sit down at noon {day}?",
                    "Would the ledger oblige me with the place of my midday repast {day}? " + S],
    "dinner_place": ["wanfan zai nali, {day}?",
                     "r = FILTER meals BY meal == 'dinner' AND day == '{day}'; t = FOREACH r GENERATE venue; DUMP t;",
                     "When the buyers are in town they take us out to eat. Where did my supper happen {day}?",
                     "Would the ledger oblige me with where I dined {day}?"],
    "workout_kind": ["{day} wo zuo le shenme yundong?",
                     "r = FILTER workouts BY day == '{day}'; t = FOREACH r GENERATE sport; DUMP t;",
                     "Climbing the terraces with a basket is exercise of a kind, but not the kind I log. Which sport did I put in {day}?",
                     "Would the ledger oblige me with the form of exercise I undertook {day}? " + S],
    "heart_rate": ["{noun} {day} de pingjun xinlv duoshao?",
                   "r = FILTER workouts BY session == '{noun}' AND day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE AVG(r.bpm); DUMP t;",
                   "On the steep rows my heart pounds like a drum. Through the {noun} {day} my pulse ran at what average, like picking rhythm?",
                   "Would the ledger oblige me with my average heartbeat through the {noun} {day}?"],
    "sleep_quality": ["{night} shui de hao bu hao?",
                      "r = FILTER sleep BY night == '{night}'; t = FOREACH r GENERATE quality; DUMP t;",
                      "In picking season I sleep light, listening for rain on the roof. Was the rain on the roof kind to my sleep {night}, or did it keep me tossing?",
                      "Would the ledger oblige me with the quality of my rest {night}? " + S],
    "sleep_night": ["{night} shui le ji ge xiaoshi?",
                    "r = FILTER sleep BY night == '{night}'; g = GROUP r ALL; t = FOREACH g GENERATE SUM(r.hours); DUMP t;",
                    "The foreman knocks at five when the weather is dry. Before the foreman knocked, how many hours of bed did I get in {night}?",
                    "Would the ledger oblige me with the hours of slumber I had {night}?"],
    "exercise_duration": ["{noun} {day} zuo le duoshao fenzhong?",
                          "r = FILTER workouts BY session == '{noun}' AND day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE SUM(r.minutes); DUMP t;",
                          "Between two pickings there is a gap of an hour or two. How many of those free minutes did the {noun} {day} eat?",
                          "Would the ledger oblige me with the length in minutes of the {noun} {day}? " + S],
    "meeting_duration": ["{title} {day} kai le duoshao fenzhong?",
                         "r = FILTER meetings BY title == '{title}' AND day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE SUM(r.minutes); DUMP t;",
                         "The cooperative argues about prices until the tea goes cold. How many minutes of tea talk did the {title} {day} cost us?",
                         "Would the ledger oblige me with the minutes consumed by the {title} {day}?"],
    "distance_run": ["{day} pao le duoshao km?",
                     "r = FILTER workouts BY sport == 'run' AND day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE SUM(r.km); DUMP t;",
                     "Up and down the terraces all day, and then I still go running. What distance in km did my running cover {day}?",
                     "Would the ledger oblige me with the kilometres I ran {day}? " + S],
    "distance_cycle": ["{day} qi che qi le ji km?",
                       "r = FILTER workouts BY sport == 'cycle' AND day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE SUM(r.km); DUMP t;",
                       "The village road down to the lake is good for a bicycle. How many km did I pedal down towards the lake {day}?",
                       "Would the ledger oblige me with the kilometres travelled on my bicycle {day}?"],
    "distance_swim": ["{day} youyong you le duoshao mi?",
                      "r = FILTER workouts BY sport == 'swim' AND day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE SUM(r.metres); DUMP t;",
                      "Tea dust gets everywhere and the water washes it off. What did my swimming {day} add up to in metres?",
                      "Would the ledger oblige me with the metres I swam {day}? " + S],
    "attendees": ["{title} {day} you shei lai le?",
                  "r = FILTER meetings BY title == '{title}' AND day == '{day}'; t = FOREACH r GENERATE guests; DUMP t;",
                  "At the cooperative I know every face by its hat. Which hats did I see round the table at the {title} {day}?",
                  "Would the ledger oblige me with the names of those present at the {title} {day}?"],
    "coffee_count": ["{day} he le ji bei kafei?",
                     "r = FILTER drinks BY drink == 'coffee' AND day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE COUNT(r); DUMP t;",
                     "A tea picker drinking coffee, the village laughs at me. How many cups of coffee did I sneak {day}?",
                     "Would the ledger oblige me with the count of coffees I consumed {day}? " + S],
    "caffeine": ["{day} kafeiyin yigong duoshao mg?",
                 "r = FILTER drinks BY day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE SUM(r.caffeine_mg); DUMP t;",
                 "Green tea all morning and coffee after, that is a lot of buzz. Counting tea leaves and coffee beans together, what caffeine in mg did I get {day}?",
                 "Would the ledger oblige me with my whole intake of caffeine {day}, in milligrams reckoned on the abacus?"],
    "meeting_count": ["{day} kai le ji ge hui?",
                      "r = FILTER meetings BY day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE COUNT(r); DUMP t;",
                      "Every time the price of leaves changes, someone calls a meeting. How many of them did I have to attend {day}?",
                      "Would the ledger oblige me with the number of meetings that claimed me {day}? " + S],
    "km_week": ["cong Zhouyi kaishi, {activity} yigong ji km?",
                "r = FILTER workouts BY sport == '{activity}' AND day >= ThisMonday(); g = GROUP r ALL; t = FOREACH g GENERATE SUM(r.km); DUMP t;",
                "I weigh my baskets each evening and tot up the week on Sunday. Counting from this Monday, what distance has my {activity} come to in km?",
                "Would the ledger oblige me with the kilometres of {activity} I have put behind me since Monday last began this week?"],
    "workouts_week": ["zhege xingqi yundong le ji ci?",
                      "r = FILTER workouts BY day >= ThisMonday(); g = GROUP r ALL; t = FOREACH g GENERATE COUNT(r); DUMP t;",
                      "The first flush leaves no day free, but I try. Since Monday of this week, how many sessions of training have I squeezed in?",
                      "Would the ledger oblige me with the tally of my exercise sessions in the current week? " + S],
    "first_coffee": ["{day} di yi bei kafei jidian?",
                     "r = FILTER drinks BY drink == 'coffee' AND day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE MIN(r.at); DUMP t;",
                     "Before climbing the slopes I need one cup. At what hour was my earliest coffee {day}?",
                     "Would the ledger oblige me with the hour of the first coffee I took {day}?"],
    "last_coffee": ["{day} zuihou yi bei kafei jidian he de?",
                    "r = FILTER drinks BY drink == 'coffee' AND day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE MAX(r.at); DUMP t;",
                    "The roasting goes on late and so does the coffee. When did I finish my final cup {day}?",
                    "Would the ledger oblige me with the hour of the final coffee I took {day}? " + S],
    "first_meeting": ["{day} di yi ge hui jidian kaishi?",
                      "r = FILTER meetings BY day == '{day}'; g = GROUP r ALL; t = FOREACH g GENERATE MIN(r.starts); DUMP t;",
                      "The foreman likes to talk before the picking starts. What time did his first talk with us start {day}, before any leaf was picked?",
                      "Would the ledger oblige me with when the opening meeting of my day {day} was convened?"],
    "wake": ["{day} wo jidian qichuang?",
             "r = FILTER sleep BY woke_on == '{day}'; t = FOREACH r GENERATE woke_at; DUMP t;",
             "The rooster next door wakes the whole village. What time did I open my eyes {day}?",
             "Would the ledger oblige me with the hour of my rising {day}? " + S],
    "bedtime": ["{night} jidian shuijiao de?",
                "r = FILTER sleep BY night == '{night}'; t = FOREACH r GENERATE bed_at; DUMP t;",
                "With green fingers and an aching back I go to bed early, or I mean to. At what hour did my aching back reach the bed {night}?",
                "Would the ledger oblige me with the hour at which I retired {night}?"],
    "dinner_on_distance": ["{past} {km} km na tian, wanfan chi shenme?",
                           "w = FILTER workouts BY km == {km} AND verb == '{past}'; m = FILTER meals BY meal == 'dinner'; j = JOIN m BY day, w BY day; t = FOREACH j GENERATE m::dish; DUMP t;",
                           "A long ride takes my mind off the price of leaves. After I {past} {km} km that day, what did the village give me for supper?",
                           "Would the ledger oblige me with my supper on the day I {past} {km} km? " + S],
    "meeting_after_workout": ["{day} {noun} yihou de hui, you shei?",
                              "r = FILTER meetings BY day == '{day}' AND after == '{noun}'; t = FOREACH r GENERATE guests; DUMP t;",
                              "I often walk into the cooperative still damp from training. Straight from the {noun} {day} I walked into a meeting; whose faces were in it?",
                              "Would the ledger oblige me with the company at the meeting which succeeded the {noun} {day}?"],
    "lunch_on_meeting_day": ["kai {title} na tian, wufan zai nali?",
                             "h = FILTER meetings BY title == '{title}'; m = FILTER meals BY meal == 'lunch'; j = JOIN m BY day, h BY day; t = FOREACH j GENERATE m::venue; DUMP t;",
                             "On a meeting day I miss the noodles on the steps. Where did I get my lunch on the day of the {title}?",
                             "Would the ledger oblige me with the place I lunched on the day appointed for the {title}? " + S],
    "sleep_after_meeting": ["{title} na tian wanshang shui le ji ge xiaoshi?",
                            "h = FILTER meetings BY title == '{title}'; j = JOIN sleep BY night, h BY day; g = GROUP j ALL; t = FOREACH g GENERATE SUM(j.sleep::hours); DUMP t;",
                            "Arguments about grading keep me turning in bed. The night that followed the {title} let me sleep how many hours?",
                            "Would the ledger oblige me with the hours of rest I had in the night after the {title}?"],
    "dinner_on_said_day": ["{who} tidao {value} na tian, wanfan chi le shenme?",
                           "c = FILTER talk BY speaker == '{who}' AND text MATCHES '.*{value}.*'; m = FILTER meals BY meal == 'dinner'; j = JOIN m BY day, c BY day; t = FOREACH j GENERATE m::dish; DUMP t;",
                           "People chat across the rows and I keep every word. When {who} spoke across the rows about {value}, what did I eat that evening once the baskets were in?",
                           "{who} once raised with me the subject of {value}. Would the ledger oblige me with what I supped upon that day? " + S],
    "compare_sleep": ["{n1} haishi {n2}, na ge wanshang shui de duo?",
                      "r = FILTER sleep BY night == '{n1}' OR night == '{n2}'; g = GROUP r BY night; t = FOREACH g GENERATE group, SUM(r.hours); DUMP t;",
                      "Rainy nights I sleep like a stone, dry nights I am up early. Did {n1} let me sleep longer, or did {n2} win that?",
                      "Would the ledger oblige me by stating whether {n1} or {n2} afforded me the greater rest? " + S],
    "compare_caffeine": ["{d1} haishi {d2}, na tian kafeiyin duo?",
                         "r = FILTER drinks BY day == '{d1}' OR day == '{d2}'; g = GROUP r BY day; t = FOREACH g GENERATE group, SUM(r.caffeine_mg); DUMP t;",
                         "Some days the tea is enough, some days it is not. Did {d1} beat {d2} on caffeine, with all that tea and coffee in me?",
                         "Would the ledger oblige me by stating whether {d1} or {d2} brought the heavier dose of caffeine?"],
    "compare_duration": ["{d1} haishi {d2}, na tian yundong shijian chang?",
                         "r = FILTER workouts BY day == '{d1}' OR day == '{d2}'; g = GROUP r BY day; t = FOREACH g GENERATE group, SUM(r.minutes); DUMP t;",
                         "Light picking days leave time for sport. Did I train for more minutes on {d1} or more on {d2}?",
                         "Would the ledger oblige me by stating which of {d1} and {d2} held the longer exercise? " + S],
    "compare_coffee_weeks": ["zhege xingqi de kafei bi shang xingqi duo ma?",
                             "r = FILTER drinks BY drink == 'coffee' AND day >= LastMonday(); g = GROUP r BY WeekOf(day); t = FOREACH g GENERATE group, COUNT(r); DUMP t;",
                             "The season is getting busier and my cups are piling up. Is this week's pile of cups taller than last week's pile?",
                             "Would the ledger oblige me by stating whether my coffees of this week outnumber those of the week gone?"],
    "late_coffee_sleep": ["zuihou yi bei kafei {t} huo geng wan, shui de shao ma?",
                          "n = FOREACH nights GENERATE hours, last_coffee_at >= '{t}' AS late; g = GROUP n BY late; t = FOREACH g GENERATE group, AVG(n.hours); DUMP t;",
                          "The roasters drink coffee late and I copy them. If my last cup comes at {t} or afterwards, do my hours in bed shrink?",
                          "Would the ledger oblige me by stating whether a last coffee at {t} or later shortens my sleep? " + S],
    "late_dinner_sleep": ["wanfan {t} huo geng wan, shui de shao ma?",
                          "n = FOREACH nights GENERATE hours, dinner_at >= '{t}' AS late; g = GROUP n BY late; t = FOREACH g GENERATE group, AVG(n.hours); DUMP t;",
                          "When the buyers stay late, so does the rice. Do I lose hours of sleep on nights I eat at {t} or after?",
                          "Would the ledger oblige me by stating whether supping at {t} or later robs me of sleep?"],
    "exercise_sleep": ["yundong na tian, shui de geng jiu ma?",
                       "g = GROUP nights BY trained; t = FOREACH g GENERATE group, AVG(nights.hours); DUMP t;",
                       "My legs ache from the slopes whether I train or not. On the days I do a workout, do I stay in bed more hours?",
                       "Would the ledger oblige me by stating whether days of exercise lengthen my sleep? " + S],
    "caffeine_sleep": ["kafeiyin {mg} mg huo geng duo de tian, shui de zenmeyang?",
                       "n = FOREACH nights GENERATE hours, day_caffeine_mg >= {mg} AS heavy; g = GROUP n BY heavy; t = FOREACH g GENERATE group, AVG(n.hours); DUMP t;",
                       "Tea and coffee together can keep me up. On days my caffeine reaches {mg} mg or more, what does the night look like for my sleep?",
                       "Would the ledger oblige me by stating how I sleep after days of {mg} mg of caffeine or above?"],
    "exercise_coffee": ["yundong na tian, kafei he de duo ma?",
                        "g = GROUP days BY trained; t = FOREACH g GENERATE group, AVG(days.cups); DUMP t;",
                        "After a run I crave coffee more than tea. Do training days send me to the coffee pot more often than rest days?",
                        "Would the ledger oblige me by stating whether my exercise days are also my days of more coffee? " + S],
    "fu_day_before": ["qian yi tian ne?",
                      "prev = FOREACH last GENERATE day - 1; DUMP prev;",
                      "Weigh that basket again, one picking day earlier.",
                      "Be good enough to repeat the enquiry for the day preceding."],
    "fu_meeting_length": ["na ge hui kai le duo jiu?",
                          "len = FOREACH last GENERATE minutes; DUMP len;",
                          "That meeting sounds like one of ours at the cooperative. How many minutes did the talking last?",
                          "Be good enough to supply, besides, the minutes that meeting occupied."],
    "fu_other_day": ["{day} ne?",
                     "again = FILTER last BY day == '{day}'; DUMP again;",
                     "Weigh that basket again, this time on {day}.",
                     "Be good enough to repeat the enquiry for {day}."],
    "fu_other_person": ["{who} ne?",
                        "again = FILTER last BY who == '{who}'; DUMP again;",
                        "Weigh that basket again, this time with {who}.",
                        "Be good enough to repeat the enquiry in respect of {who}."],
    "fu_night_before": ["qian yi ge wanshang ne?",
                        "prev = FOREACH last GENERATE night - 1; DUMP prev;",
                        "Weigh that basket again, one night earlier on the calendar.",
                        "Be good enough to repeat the enquiry for the night preceding."],
    "fu_today": ["jintian ne, dao xianzai?",
                 "again = FILTER last BY day == Today() AND clock <= Now(); DUMP again;",
                 "Weigh that basket again for today's picking so far.",
                 "Be good enough to repeat the enquiry for today, up to the present bead."],
}


def _full(day: date) -> str:
    return f"{day.year}/{day.month}/{day.day}"


def _han(day: date) -> str:
    return f"{day.month}月{day.day}日"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{day.year}年{_han(day)} {wd}", f"{wd}, {day.year}/{day.month:02d}/{day.day:02d}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"jintian {_full(day)}"]
    if back == 1:
        return ["yesterday", f"zuotian {wd} {_full(day)}"]
    return [f"{wd} {_full(day)}", f"{_han(day)} {wd}", f"{wd} na tian, {_han(day)}", f"{wd} ({_full(day)})"]


def night_options(day: date, today: date) -> list[str]:
    options = [f"{WEEKDAYS[day.weekday()]} wanshang {_full(day)}", f"{_han(day)} {WEEKDAYS[day.weekday()]} yeli"]
    if (today - day).days == 1:
        options += ["last night", f"zuotian wanshang, {_full(day)}"]
    return options
