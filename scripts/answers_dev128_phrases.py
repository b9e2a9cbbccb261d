"""Question phrasings of the answers benchmark's one hundred and twenty-eighth tuning set, ``dev128`` (docs/benchmarks.md, "Answers").

``dev128`` was the held-out set until 2026-12-07, when, after its measurement at 7400ce2 (grounded
accuracy 0.545; worst category habit relation 0.136; unsupported 0.0; abstention 0.909; p95
0.043 s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev127``, answers_dev127_phrases.py) on 2026-12-07, and was
written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order). All four winter at Syowa Station, the Japanese research
station on East Ongul Island off the coast of Antarctica:

- a young meteorological technician of the Japan Meteorological Agency, wintering at the station,
  who types English in lower case and switches between English and Japanese inside a sentence, the
  Japanese in its own script (kanji and kana, as a Japanese keyboard gives it), every number in a
  question a number. Japanese is of the Japonic family, of which no earlier set has a language (no
  earlier module names Japanese, and none holds a word in kana); the Korean of dev29 is of another
  family, and the Chinese of dev117 shares only some characters. The Japanese here is the writer's own
  approximation, checked by no speaker: さん (after a name, Mr or Ms), おすすめ recommended, 何 what,
  何時 what time, 何分 how many minutes, 何時間 how many hours, 何杯 how many cups, 何歳 how old,
  どこ where, 誰 who, どっち which of two, いつ when, 今週 this week, 先週 last week, 月曜 Monday,
  今日 today, 昨日 yesterday, ゆうべ last night, 夜 night, 日 day, 曜日 weekday, 朝ごはん
  breakfast, 昼 midday, 夕飯 supper, 食べた ate, 飲んだ drank, 寝た slept or went to bed, 起きた got
  up, 走った ran, 泳いだ swam, 漕いだ pedalled, 着く arrives, 名前 name, 娘さん his daughter, 次 next,
  最初 first, 最後 last, 合計 in all, 平均 average, 心拍数 heart rate, 以降 at or after, 以上 or more,
  多い many, 長い long, 短い short, 話 talk, 場所 place, 変わった changed, 見ろ watch (told), 言ってた
  said, 聞け listen (told), 読め read (told), その that, 前 before, だっけ (was it, I forget), かな (I
  wonder); the weekdays 月 火 水 木 金 土 日 (Monday to Sunday, with 曜日 in full). What the set tests is
  how the planner reads English mixed with a language in a script it has not seen in these sets;
- the station's data manager, who keeps the wintering party's logs in a Power BI model and types
  every question as a DAX query in DAX Studio, formatted as DAX users format it (a space inside each
  bracket): "EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Day] = "...", ... )" for a
  value, "EVALUATE SELECTCOLUMNS ( FILTER ( ... && ... ), ... )" as a second way to filter, "EVALUATE
  ROW ( "km", CALCULATE ( SUM ( ... ), ... ) )" (MIN, MAX, AVERAGE, COUNTROWS, SUMX, MINX, MAXX) for
  sums, counts, firsts, lasts and averages, "SUMMARIZECOLUMNS" or "ADDCOLUMNS" over two days or nights
  joined by "||" for comparisons, two averages side by side for habits, "DEFINE VAR _d = LOOKUPVALUE
  ( ... )" for a day named by a meeting or by what was said on it, a measure "[WeekStart]" for the
  week's Monday; no brace (no table constructor) and no two dots in a row; his follow-ups redefine
  one variable of the last query ("DEFINE VAR _day = ..." with a comment "-- rest as before") or ask
  for a measure of the meeting last selected;
- the wintering party's snow-vehicle maintainer, who keeps the crawler-tracked snow vehicles, the
  sledges and the fuel drums moving, and starts with a remark from that work (the vehicle shed, the
  crawler belts, the engines warmed before a dawn that no longer comes, the sea ice and the route
  across it, the fuel drums, the beans that came south on the icebreaker Shirase, the Adelie penguins
  at the ice edge, the big bath, the dining hall and its film night, the cook's Friday dish, the wind
  against the living quarters, the station doctor, the night-shift weatherman's pot, his sister's boy
  in Sapporo) before he asks;
  his follow-ups "Back from the vehicle shed, one more:";
- the wintering party's geomagnetic observer, who reads the station's magnetometers, and writes
  formal sentences with formulas of his own: "The geomagnetic observer of the wintering party
  requests that the station record state ...", often closed with "Entered at Syowa Station, East
  Ongul Island.", and his follow-ups "Under the same heading, the record is asked for ...".

No other module holds "Syowa", "Ongul", "Antarctica", "Japanese", a kana, "DAX", "EVALUATE",
"CALCULATETABLE", "SUMMARIZECOLUMNS", "SELECTCOLUMNS", "COUNTROWS", "LOOKUPVALUE", "WeekStart",
"snow vehicle", "snow-vehicle", "crawler", "sea ice", "fuel drum", "Shirase", "Adelie", "aurora",
"vehicle shed", "ice edge", "big bath", "living quarters", "dining hall", "sledge", "geomagnetic",
"magnetometer", "wintering party", "requests that", "station record", "Entered at", "Under the same
heading" or "Back from the vehicle shed", nor any of the
place names below; the maintainer's remarks keep out "workshop", "kettle", "depot", "galley",
"curry", "bunk", "briefing", "mechanic", "frost" and "packed snow", which other modules hold (the
calling "geomagnetic observer" is in none, though dev101 holds "observer").

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev128 life lives in Antarctica/Syowa, the zone of Syowa Station, three hours ahead of
Greenwich all year, with no summer time (zoneinfo gives one offset over its 16 days), at the
station, from Monday 27 April 2037 to 12 May 2037, as the polar night comes on. Dates are written as
people in Japan write them: year first, with slashes and the month and day padded ("2037/04/28"),
with the weekday's one character in brackets after it ("2037/04/28(火)") as on Japanese forms and
receipts, or with the weekday in full before it ("火曜日 2037/04/28"); today and yesterday alone,
or as 今日 (today) with the date in brackets, or 昨日 (yesterday) with its weekday in brackets. A
night is named as its weekday, 曜の夜 (the night of) and the date ("月曜の夜 2037/04/27"), or as the
date with its weekday and の夜 ("2037/04/27(月)の夜"); last night alone, "last night", or as ゆうべ
(last night) with the date in brackets. No day's name ends in a dot. Workouts are named with the
station's places: round the helipad, out on the sea ice towards West Ongul, up to the wind-vane hill;
on the exercise bike in the gym hut or on the trainer by the window facing the sea ice; across the
big bath of the main building; a yoga session in the library corner or in the gym hut; a climb at the
wall in the gym hut or on the rocks above the Nishinoura cove.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
"""Weekdays as this set's Japanese writer types them, Monday to Sunday: one character each (曜日
after it in full)."""

NOUNS = {"run": ("run round the helipad", "run out on the sea ice towards West Ongul",
                 "run up to the wind-vane hill"),
         "cycle": ("ride on the exercise bike in the gym hut", "ride on the trainer by the sea-ice window"),
         "swim": ("swim across the big bath of the main building", "swim of lengths in the big bath"),
         "yoga": ("yoga session in the library corner", "yoga class in the gym hut"),
         "climb": ("climb at the wall in the gym hut", "climb on the rocks above the Nishinoura cove")}
"""What this set's questions call a workout of each activity: places at Syowa Station."""

G = "The geomagnetic observer of the wintering party requests that the station record state"
S = "Entered at Syowa Station, East Ongul Island."
F = "Back from the vehicle shed, one more:"
D = "Under the same heading, the record is asked for"

PHRASES: dict[str, list[str]] = {
    "book": ["{who}さんがおすすめしてた book、タイトル何だっけ?",
             'EVALUATE CALCULATETABLE ( VALUES ( Tips[Title] ), Tips[From] = "{who}", Tips[Kind] = "book" )',
             "When the wind shuts the sea-ice route I sit in a cold cab waiting it out. For those hours, which title was {who} urging me to read?",
             f"{G} the title of the book that {{who}} urged upon him. {S}"],
    "film": ["{who}さんが見ろって言ってた film、なんて名前?",
             'EVALUATE SELECTCOLUMNS ( FILTER ( Tips, Tips[From] = "{who}" && Tips[Kind] = "film" ), "title", Tips[Title] )',
             "Saturday is film night in the dining hall and the choice falls to me next. Which film has {who} been lobbying for?",
             f"{G} which motion picture {{who}} pronounced worth the viewing."],
    "offsite": ["{who}さんが offsite の場所変わったって言ってたけど、結局どこ?",
                'EVALUATE CALCULATETABLE ( VALUES ( News[NewPlace] ), News[Topic] = "offsite", News[From] = "{who}" )',
                "We shift fuel drums from one end of the island to the other every week. {who} reports the offsite shunted about just like them; at which place is it to be held now?",
                f"{G} where the offsite is now to convene, {{who}} being the source. {S}"],
    "restaurant": ["{who}さんおすすめの restaurant ってどこだった?",
                   'EVALUATE CALCULATETABLE ( VALUES ( Tips[Name] ), Tips[Kind] = "restaurant", Tips[From] = "{who}" )',
                   "The dining hall is the only table for a thousand km. For when I am home, which place did {who} name as worth booking?",
                   f"{G} the establishment for dining that {{who}} held in esteem."],
    "flight": ["{who}さんの flight、何時に着く?",
               'EVALUATE CALCULATETABLE ( VALUES ( Flights[LandsAt] ), Flights[Passenger] = "{who}" )',
               "No aircraft reaches us until spring, so I follow other people's. When does the plane carrying {who} get in?",
               f"{G} the hour of arrival of the aircraft bearing {{who}}. {S}"],
    "dog": ["{who}さんちの dog、名前なんだっけ?",
            'EVALUATE CALCULATETABLE ( VALUES ( Pets[PetName] ), Pets[Owner] = "{who}", Pets[Species] = "dog" )',
            "The Adelie penguins at the ice edge are the only animals left to talk to. What does {who} call the dog back home?",
            f"{G} by what name the dog of {{who}} answers."],
    "launch": ["{project} の launch、{who}さんが延びたって言ってたけど、いつに変わった?",
               'EVALUATE CALCULATETABLE ( VALUES ( Launches[NewDate] ), Launches[Project] = "{project}", Launches[ToldBy] = "{who}" )',
               "A snow vehicle can stand half a season waiting on one gasket. {who} let me know {project} is held up as badly; its launch has slid onto which day?",
               f"{G} the date to which the launch of {{project}} has been put, a change conveyed by {{who}}. {S}"],
    "age": ["{who}さんの娘さん、次の birthday で何歳になる?",
            'EVALUATE ROW ( "age next", CALCULATE ( MAX ( Family[AgeNext] ), Family[Parent] = "{who}", Family[Relation] = "daughter" ) )',
            "My sister's boy in Sapporo turns six while I am down here. {who} has a daughter with a birthday coming too; which age does it bring her to?",
            f"{G} the age at which the daughter born to {{who}} will stand after her next birthday."],
    "podcast": ["{who}さんが聞けって言ってた podcast、何だっけ?",
                'EVALUATE SELECTCOLUMNS ( FILTER ( Tips, Tips[Kind] = "podcast" && Tips[From] = "{who}" ), "podcast", Tips[Title] )',
                "Satellite time is shared out, so I get one download a week. Which podcast did {who} say deserved it?",
                f"{G} the podcast that {{who}} commended to his ear. {S}"],
    "breakfast_food": ["{day} の朝ごはん、何食べたっけ?",
                       'EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Day] = "{day}", Meals[Meal] = "breakfast" )',
                       "Breakfast goes down in my boots before the engines are warmed. Before the engines, what went down, {day}?",
                       f"{G} what he took at breakfast, {{day}}."],
    "lunch_food": ["{day}、lunch なに食べた?",
                   'EVALUATE SELECTCOLUMNS ( FILTER ( Meals, Meals[Meal] = "lunch" && Meals[Day] = "{day}" ), "food", Meals[Food] )',
                   "The cook keeps the midday pans warm until the sledge teams are in. From those pans, what landed on my plate, {day}?",
                   f"{G} the substance of his midday meal, {{day}}. {S}"],
    "dinner_food": ["{day} の夕飯、何だった?",
                    'EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Meal] = "dinner", Meals[Day] = "{day}" )',
                    "Friday the cook makes the dish every Japanese ship makes on Fridays; the other nights are a surprise. What was the evening surprise, {day}?",
                    f"{G} the dishes of his evening meal, {{day}}."],
    "lunch_place": ["{day}、lunch はどこで食べた?",
                    'EVALUATE CALCULATETABLE ( VALUES ( Meals[Venue] ), Meals[Day] = "{day}", Meals[Meal] = "lunch" )',
                    "Out on the sea ice lunch happens wherever the sledge stops. Where did it happen, {day}?",
                    f"{G} where he partook of luncheon, {{day}}. {S}"],
    "dinner_place": ["{day} の夕飯、どこで食べたっけ?",
                     'EVALUATE SELECTCOLUMNS ( FILTER ( Meals, Meals[Day] = "{day}" && Meals[Meal] = "dinner" ), "venue", Meals[Venue] )',
                     "Some evenings I eat in the dining hall, some in the vehicle shed beside the heater. Which of those fed me in the evening, {day}?",
                     f"{G} the place at which he took his evening meal, {{day}}."],
    "workout_kind": ["{day} はどんな workout やった?",
                     'EVALUATE CALCULATETABLE ( VALUES ( Workouts[Activity] ), Workouts[Day] = "{day}" )',
                     "Knocking ice off crawler belts all morning is not training, whatever the doctor says. What real training did I do, {day}?",
                     f"{G} the manner of exercise he undertook, {{day}}. {S}"],
    "heart_rate": ["{day} の {noun}、心拍数の平均いくつ?",
                   'EVALUATE ROW ( "avg hr", CALCULATE ( AVERAGE ( Workouts[AvgHR] ), Workouts[Day] = "{day}", Workouts[Name] = "{noun}" ) )',
                   "My watch reads my pulse through two pairs of gloves. Through the gloves, what mean pulse did it show for the {noun}, {day}?",
                   f"{G} the mean heartbeat recorded while the {{noun}} went on, {{day}}."],
    "sleep_quality": ["{night}、sleep の質どうだった? よく寝れた?",
                      'EVALUATE CALCULATETABLE ( VALUES ( Sleep[Quality] ), Sleep[Night] = "{night}" )',
                      "Some nights the wind hammers the living quarters like a loose panel. Did I rest soundly, or in bits and pieces, {night}?",
                      f"{G} whether his slumber was sound or otherwise, {{night}}. {S}"],
    "sleep_night": ["{night} は何時間寝た?",
                    'EVALUATE ROW ( "hours", CALCULATE ( SUM ( Sleep[Hours] ), Sleep[Night] = "{night}" ) )',
                    "With no sun to go by my body has lost count. Tally my hours asleep, {night}.",
                    f"{G} the hours he passed asleep, {{night}}."],
    "exercise_duration": ["{day} の {noun}、何分やった?",
                          'EVALUATE ROW ( "min", CALCULATE ( SUM ( Workouts[Minutes] ), Workouts[Name] = "{noun}", Workouts[Day] = "{day}" ) )',
                          "Rolling a fuel drum up the ramp takes two minutes if it does not freeze to the ice. What did the {noun} take in minutes, {day}?",
                          f"{G} the number of minutes given to the {{noun}}, {{day}}. {S}"],
    "meeting_duration": ["{day} の {title}、何分かかった?",
                         'EVALUATE CALCULATETABLE ( VALUES ( Meetings[Minutes] ), Meetings[Title] = "{title}", Meetings[Day] = "{day}" )',
                         "When the weather is calm the morning talk is over in ten minutes. For the {title}, {day}, how long were we held?",
                         f"{G} the length of the {{title}}, {{day}}."],
    "distance_run": ["{day}、何 km 走った?",
                     'EVALUATE ROW ( "km", CALCULATE ( SUM ( Workouts[Km] ), Workouts[Day] = "{day}", Workouts[Activity] = "run" ) )',
                     "I only run outside when the wind is under ten metres a second. On foot, how much ground in km did I cover, {day}?",
                     f"{G} the distance he ran, in kilometres, {{day}}. {S}"],
    "distance_cycle": ["{day}、bike で何 km 漕いだ?",
                       'EVALUATE ROW ( "km", SUMX ( FILTER ( Workouts, Workouts[Activity] = "cycle" && Workouts[Day] = "{day}" ), Workouts[Km] ) )',
                       "The bike in the gym hut goes nowhere but the meter still counts. What did the meter say in km, {day}?",
                       f"{G} the kilometres he pedalled, {{day}}."],
    "distance_swim": ["{day}、何 m 泳いだ?",
                      'EVALUATE ROW ( "m", CALCULATE ( SUM ( Workouts[Metres] ), Workouts[Activity] = "swim", Workouts[Day] = "{day}" ) )',
                      "The big bath is no pool, but I swim it end to end after the night shift. Added up, how many metres was that, {day}?",
                      f"{G} the metres he swam, {{day}}. {S}"],
    "attendees": ["{day} の {title}、誰が出てた?",
                  'EVALUATE CALCULATETABLE ( VALUES ( Attendance[Person] ), Attendance[Meeting] = "{title}", Attendance[Day] = "{day}" )',
                  "Thirty of us winter here, so every meeting is nearly the same faces. Which faces sat round for the {title}, {day}?",
                  f"{G} the names of those in attendance for the {{title}}, {{day}}."],
    "coffee_count": ["{day}、coffee 何杯飲んだ?",
                     'EVALUATE ROW ( "cups", CALCULATE ( COUNTROWS ( Coffee ), Coffee[Day] = "{day}" ) )',
                     "The pot in the vehicle shed sits on the engine heater all day. Count up what it poured me, {day}.",
                     f"{G} the reckoning of coffee cups that passed his lips, {{day}}. {S}"],
    "caffeine": ["{day} の caffeine、合計何 mg?",
                 'EVALUATE ROW ( "mg", CALCULATE ( SUM ( Coffee[Mg] ), Coffee[Day] = "{day}" ) )',
                 "The beans that came south on the Shirase are roasted dark and strong. Totted up, what did they dose me with in mg, {day}?",
                 f"{G} the caffeine he ingested in sum, in mg, {{day}}."],
    "meeting_count": ["{day} は meeting いくつあった?",
                      'EVALUATE ROW ( "meetings", COUNTROWS ( FILTER ( Meetings, Meetings[Day] = "{day}" ) ) )',
                      "Every time the pressure drops somebody calls everyone into the dining hall. How many times was I called in to meet, {day}?",
                      f"{G} the tally of meetings he attended, {{day}}. {S}"],
    "km_week": ["今週、{activity} で合計何 km? 月曜から",
                'EVALUATE ROW ( "km", CALCULATE ( SUM ( Workouts[Km] ), Workouts[Activity] = "{verb}", Workouts[Date] >= [WeekStart] ) )',
                "The wind has kept the vehicles in most of this week, so I could {verb} more than usual. Since the week turned over on Monday, what do the km add to?",
                f"{G} the sum of kilometres covered in {{activity}} from the Monday that opened this week."],
    "workouts_week": ["今週 workout 何回やった? 月曜から数えて",
                      'EVALUATE ROW ( "sessions", CALCULATE ( COUNTROWS ( Workouts ), Workouts[Date] >= [WeekStart] ) )',
                      "The doctor wants three sessions a week out of each of us. Since Monday, how many have I managed?",
                      f"{G} how many sessions of exercise he has had since the week opened. {S}"],
    "first_coffee": ["{day}、最初の coffee 何時だった?",
                     'EVALUATE ROW ( "first", CALCULATE ( MIN ( Coffee[Time] ), Coffee[Day] = "{day}" ) )',
                     "The first cup comes before I start warming the engines. When did that cup happen, {day}?",
                     f"{G} the time of his earliest coffee, {{day}}."],
    "last_coffee": ["{day}、最後に coffee 飲んだの何時?",
                    'EVALUATE ROW ( "last", MAXX ( FILTER ( Coffee, Coffee[Day] = "{day}" ), Coffee[Time] ) )',
                    "The night-shift weatherman shares his pot with me when I finish late. When did I drain the final cup, {day}?",
                    f"{G} the time of his final coffee, {{day}}. {S}"],
    "first_meeting": ["{day}、一番最初の meeting 何時スタート?",
                      'EVALUATE ROW ( "start", MINX ( FILTER ( Meetings, Meetings[Day] = "{day}" ), Meetings[Start] ) )',
                      "Meetings start before the vehicles go out on the ice. When did the first of them begin, {day}?",
                      f"{G} the hour at which the first of his meetings opened, {{day}}."],
    "wake": ["{day}、何時に起きた?",
             'EVALUATE CALCULATETABLE ( VALUES ( Sleep[WokeAt] ), Sleep[Morning] = "{day}" )',
             "There is no sunrise any more to get me out of bed. When did I crawl out, {day}?",
             f"{G} the hour of his rising from bed, {{day}}. {S}"],
    "bedtime": ["{night}、何時に寝た?",
                'EVALUATE CALCULATETABLE ( VALUES ( Sleep[BedAt] ), Sleep[Night] = "{night}" )',
                "After a late repair I fall into bed still in my thermal layers. When did I fall in, {night}?",
                f"{G} the hour at which he retired, {{night}}."],
    "dinner_on_distance": ["{past} {km} km の日、夕飯って何だった?",
                           'EVALUATE CALCULATETABLE ( VALUES ( Days[Dinner] ), Days[Km] = {km}, Days[ActivityPast] = "{past}" )',
                           "After a hard slog over the snow I can eat for two. The {km} km I {past} that one day: what was served to me in the evening after?",
                           f"{G} the supper set before him on the day he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day}、{noun} 終わってから次の meeting、誰が出てた?",
                              'DEFINE VAR _end = CALCULATE ( MAX ( Workouts[End] ), Workouts[Name] = "{noun}", Workouts[Day] = "{day}" ) EVALUATE SELECTCOLUMNS ( TOPN ( 1, FILTER ( Meetings, Meetings[Start] > _end ), Meetings[Start], ASC ), "who", Meetings[Attendees] )',
                              "Some days I go from training into a meeting with ice still in my eyebrows. With the {noun} behind me, {day}, who filled the chairs at my next meeting?",
                              f"{G} those who attended the earliest meeting subsequent to the {{noun}}, {{day}}."],
    "lunch_on_meeting_day": ["{title} があった日、lunch どこで食べた?",
                             'DEFINE VAR _d = CALCULATE ( MAX ( Meetings[Day] ), Meetings[Title] = "{title}" ) EVALUATE CALCULATETABLE ( VALUES ( Meals[Venue] ), Meals[Meal] = "lunch", Meals[Day] = _d )',
                             "A meeting day breaks the vehicle work in two. When the {title} was on, in which spot was my midday meal?",
                             f"{G} where he took lunch upon the day appointed for the {{title}}. {S}"],
    "sleep_after_meeting": ["{title} の日の夜、何時間寝れた?",
                            'DEFINE VAR _d = LOOKUPVALUE ( Meetings[Day], Meetings[Title], "{title}" ) EVALUATE CALCULATETABLE ( VALUES ( Sleep[Hours] ), Sleep[Night] = _d )',
                            "A long meeting keeps my head turning like a cold starter motor. Once the {title} let us go, what sleep did I manage that night, in hours?",
                            f"{G} the hours he slept on the night the {{title}} closed."],
    "dinner_on_said_day": ["{who}さんが {value} の話してた日、夕飯何食べた?",
                           'DEFINE VAR _d = LOOKUPVALUE ( Said[Day], Said[Speaker], "{who}", Said[Value], "{value}" ) EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Meal] = "dinner", Meals[Day] = _d )',
                           "Talk in the dining hall jumps from one thing to the next. The day {who} got onto {value}, what came out of the kitchen for me at night?",
                           f"{G} his evening repast on the date {{who}} touched upon {{value}}. {S}"],
    "compare_sleep": ["{n1} と {n2}、どっちが長く寝てた?",
                      'EVALUATE SUMMARIZECOLUMNS ( Sleep[Night], FILTER ( ALL ( Sleep[Night] ), Sleep[Night] = "{n1}" || Sleep[Night] = "{n2}" ), "hours", SUM ( Sleep[Hours] ) )',
                      "The watch rota scrambles my nights. Which gave me more hours in bed, {n1} or {n2}?",
                      f"{G} whether {{n1}} or {{n2}} yielded him the longer sleep."],
    "compare_caffeine": ["{d1} と {d2}、caffeine 多かったのどっち?",
                         'EVALUATE SUMMARIZECOLUMNS ( Coffee[Day], FILTER ( ALL ( Coffee[Day] ), Coffee[Day] = "{d1}" || Coffee[Day] = "{d2}" ), "mg", SUM ( Coffee[Mg] ) )',
                         "The colder the shed, the more the pot gets emptied. Which day put more caffeine in me, {d1} or {d2}?",
                         f"{G} whether {{d1}} or {{d2}} saw his caffeine stand higher. {S}"],
    "compare_duration": ["{d1} と {d2}、workout 長かったのどっち?",
                         'EVALUATE ADDCOLUMNS ( FILTER ( VALUES ( Workouts[Day] ), Workouts[Day] = "{d1}" || Workouts[Day] = "{d2}" ), "minutes", CALCULATE ( SUM ( Workouts[Minutes] ) ) )',
                         "How long I train depends on what the wind leaves me. Did training go on longer {d1} or {d2}?",
                         f"{G} whether his exercise lasted longer on {{d1}} than on {{d2}}, or was the briefer."],
    "compare_coffee_weeks": ["今週の coffee、先週より多い?",
                             'EVALUATE ROW ( "this week", CALCULATE ( COUNTROWS ( Coffee ), Coffee[Date] >= [WeekStart] ), "week before", CALCULATE ( COUNTROWS ( Coffee ), Coffee[Date] >= [WeekStart] - 7, Coffee[Date] < [WeekStart] ) )',
                             "The beans have to last until the ship comes back in summer. Has this week emptied more cups than the week before it?",
                             f"{G} whether his coffees of this week outnumber those of the week before. {S}"],
    "late_coffee_sleep": ["{t} 以降に coffee 飲むと、sleep 短くなる?",
                          'DEFINE VAR _t = TIMEVALUE ( "{t}" ) EVALUATE ROW ( "late cup", CALCULATE ( AVERAGE ( Nights[Hours] ), Nights[LastCup] >= _t ), "no late cup", CALCULATE ( AVERAGE ( Nights[Hours] ), Nights[LastCup] < _t ) )',
                          "The weatherman's pot tempts me long after supper. Drinking it at {t} or past that hour, does the night get shorter for me?",
                          f"{G} whether coffee drunk from {{t}} onward reduces the hours he sleeps."],
    "late_dinner_sleep": ["{t} 以降に夕飯だと、睡眠時間減る?",
                          'DEFINE VAR _t = TIMEVALUE ( "{t}" ) EVALUATE ROW ( "late dinner", CALCULATE ( AVERAGE ( Nights[Hours] ), Nights[DinnerAt] >= _t ), "earlier", CALCULATE ( AVERAGE ( Nights[Hours] ), Nights[DinnerAt] < _t ) )',
                          "Supper waits when a vehicle breaks down far out on the ice. If I sit down to it no sooner than {t}, is my night cut short?",
                          f"{G} whether an evening meal begun at {{t}} or afterwards shortens his sleep. {S}"],
    "exercise_sleep": ["workout した日の夜、長く寝てる?",
                       'EVALUATE ADDCOLUMNS ( VALUES ( Nights[TrainedThatDay] ), "avg hours", CALCULATE ( AVERAGE ( Nights[Hours] ) ) )',
                       "Cold air and a hard session ought to knock me flat. Following a day I trained, do I sleep on longer?",
                       f"{G} whether his sleep runs longer after days on which he exercised."],
    "caffeine_sleep": ["{mg} mg 以上 caffeine とった日って、その夜短い?",
                       'EVALUATE ROW ( "heavy day", CALCULATE ( AVERAGE ( Nights[Hours] ), Nights[DayMg] >= {mg} ), "light day", CALCULATE ( AVERAGE ( Nights[Hours] ), Nights[DayMg] < {mg} ) )',
                       "Strong beans and endless dark make a poor pair. Should a day's caffeine climb to {mg} mg or beyond, is the night that follows any shorter?",
                       f"{G} whether, once a day has brought him {{mg}} mg of caffeine or above, the night ensuing is curtailed. {S}"],
    "exercise_coffee": ["workout の日って coffee 多めに飲んでる?",
                        'EVALUATE SUMMARIZECOLUMNS ( Days[Trained], "avg cups", AVERAGE ( Days[Coffees] ) )',
                        "After training out in the cold I want something hot in my hands at once. Once I have trained, does the coffee go down faster?",
                        f"{G} whether his coffees are more numerous on days of exercise."],
    "fu_day_before": ["その前の日は?",
                      "DEFINE VAR _shift = -1 -- rest as before",
                      f"{F} step a day back from it?",
                      f"{D} the day standing behind that one."],
    "fu_meeting_length": ["その meeting、何分だった?",
                          'EVALUATE ROW ( "minutes", [MeetingMinutes] ) -- that meeting',
                          f"{F} that meeting, what did it eat of my day?",
                          f"{D} the time the meeting in question sat."],
    "fu_other_day": ["{day} だと?",
                     'DEFINE VAR _day = "{day}" -- rest as before',
                     f"{F} ask it over for {{day}}?",
                     f"{D} the same particular, for {{day}}."],
    "fu_other_person": ["{who}さんだと?",
                        'DEFINE VAR _who = "{who}" -- rest as before',
                        f"{F} ask it over for {{who}}?",
                        f"{D} the same particular, for {{who}}."],
    "fu_night_before": ["その前の夜は?",
                        "DEFINE VAR _nightshift = -1 -- rest as before",
                        f"{F} step a night back from it?",
                        f"{D} the night standing behind that one."],
    "fu_today": ["今日は?",
                 "DEFINE VAR _day = INT ( NOW ( ) ) -- rest as before",
                 f"{F} today, so far as it goes?",
                 f"{D} this day, incomplete as it is."],
}


def _ymd(day: date) -> str:
    return f"{day.year}/{day.month:02d}/{day.day:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{_ymd(day)}({wd})", f"{wd}曜日 {_ymd(day)}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"今日({_ymd(day)})"]
    if back == 1:
        return ["yesterday", f"昨日({wd})"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd}曜の夜 {_ymd(day)}", f"{_ymd(day)}({wd})の夜"]
    if (today - day).days == 1:
        options += ["last night", f"ゆうべ({_ymd(day)})"]
    return options
