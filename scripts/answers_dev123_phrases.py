"""Question phrasings of the answers benchmark's one hundred and twenty-third tuning set, ``dev123`` (docs/benchmarks.md, "Answers").

``dev123`` was the held-out set until 2026-12-07, when, after its measurement at 85470d8 (grounded
accuracy 0.5; worst category duration 0.273; unsupported 0.011; abstention 0.909; p95 0.033 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev122``, answers_dev122_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- an Assyrian dentistry student from a village on the Khabur near Tell Tamer, studying in Damascus,
  who types lower case, switching between English and Assyrian Neo-Aramaic (Sureth, as the
  Assyrians of the Khabur valley speak it) inside a sentence, the Aramaic typed in Latin letters as
  Assyrians type it in chats, with "kh" for the rough h and no marks (every number in a question is
  a number). The Aramaic here is the writer's own approximation from the commonest words (mudi
  what, eka where, mani who, aymat when, kma how many or how much, ayna which, idyu today, timmal
  yesterday, lelya night, yoma day, ikhala d-sapra breakfast, ikhala d-ramsha the evening meal,
  khlili I ate, shtili I drank, dmikhli I slept, dmakhin I sleep, shintha sleep, qimli I got up,
  rhitli I ran, skhili I swam, zilli I went, wadli I did, qahwa coffee, kinsha a meeting, sa'ate
  hours, daqiqe minutes, bish more, qalil little, drang late, ay shabua this week, shabua qamaya
  the week before, qamaya first, khraya last, d-qameh before it, batar after, min from, hal hasha until
  now, yan or, w and, ham too, mirre said, ktawa a book, shimmeh its name, kalba zora a puppy,
  bratu his daughter, shinne years, tayyara a plane, bet ikhala a restaurant, shwita bed, tama
  there, bain between, spay well, la no, kulleh all of it, wewa it was, ithwa was there, pishla it
  lasted or it went, mhukele talked, yarikha long; the weekdays Trushaba to Khushaba, "yoma d-" the day of); no speaker has checked it. What
  the set tests is how the planner reads English mixed with a language it has never seen: no
  earlier set switches into Aramaic; of the Semitic languages, earlier sets use Hebrew, Arabic
  (Egyptian), Maltese, Amharic and Tigrinya, none of them close to it (Aramaic is a branch of its
  own, not mutually intelligible with Hebrew or Arabic);
- a page-layout designer at a publishing house in Damascus who automates his layouts with
  AppleScript and keeps his diary in a scriptable app of his own, "Chronicle", and types every
  question as one AppleScript statement: 'tell application "Chronicle" to get food of meal "lunch"
  of day "..."' for a value, 'first ... whose ... is "..."' for a record named by what is known
  about it, 'count coffees of day "..."' for counts, 'get distance of every run of day "..."' for
  sums, 'first coffee' and 'last coffee' for firsts and lasts, 'name of every attendee of ...' for
  several names, '(... of night "...") > (... of night "...")' for two compared, '(average sleep
  of nights whose ...) - (...)' for habits, 'current week' and 'week before current week' for the
  weeks, an AppleScript comment after "--" where he adds a word; no question mark, no brace, no
  range (two dots); his follow-ups set a variable and run again ('set theDay to theDay - 1 * days
  -- then run the same again');
- a rose-water distiller from al-Marah in the Qalamoun, whose family grows the Damask rose and
  distils its petals in a copper still every May, and starts with a remark from his work (the rows
  of rose bushes, the pruning and the hoeing, the frost on the plateau, the well, the copper still
  and the fire under it, the bottles, the sacks of petals, the buyers from the spice souq in
  Damascus, the rose union and its chairman, the well committee, his mother's rose jam, his
  father, his sons and daughter, a stray dog that sleeps by the still) before he asks; his
  follow-ups "Another row to hoe: ...";
- a retired numismatist of Damascus, once keeper of the coin cabinet at the National Museum, who writes formal
  sentences with formulas of his own: "A retired numismatist desires to know ...", often closed with
  "Struck and dated, Damascus.", and his follow-ups "From the same hoard, ...".

Of the Aramaic words, those another module holds as a word are short ones another language happens
to share, or loans Aramaic shares with its neighbours, kept: "bain", "bet", "bit", "daqiqe", "eka",
"filim", "hal", "la", "mani", "metre", "min", "w" and "yan" (and the English words and phrases the
writer mixes in: "average", "caffeine", "dinner", "heart rate", "km", "launch", "lunch", "mg",
"offsite", "podcast", "workout", "i don't remember", ...); no day or night name is another set's.
No other module holds "Damascus", "Aramaic", "Assyrian", "Khabur", "Tell Tamer", "AppleScript",
"tell application", "Chronicle", "theDay", "rose water", "distiller", "distillery", "petals",
"al-Marah", "Qalamoun", "copper still", "rose union", "Another row to hoe", "numismatist",
"desires to know", "Struck and dated", "hoard" or "From the same hoard", nor any of the place names
below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev123 life lives in Asia/Damascus, the zone Syria keeps (three hours ahead of Greenwich), in
Damascus, from Monday 23 March 2037 to 7 April 2037; Syria has kept that one offset all year, with
no summer time, since October 2022 (zoneinfo gives one offset over its 16 days), so no clock changes
inside it. Dates are written as people in Syria write them: day first, with slashes and the year,
padded ("23/03/2037") or unpadded ("23/3/2037"), as people type them in messages. Weekdays are
Aramaic ones, typed in Latin letters with a capital: "Trushaba" for Monday, "Tlatushaba",
"Arbushaba", "Khamshushaba", "Erota", "Shapta" and "Khushaba" for Sunday: a day as its weekday and
its padded date ("Trushaba 23/03/2037"), as "yoma d-" (the day of) its weekday, a comma and its
unpadded date, or as its padded date, a comma and its weekday; today and yesterday alone, or as
"idyu" (today), a comma and the date, or "timmal" (yesterday), a comma, its weekday and the date. A
night is named as "lelya d-" (the night of) its weekday and its padded date ("lelya d-Trushaba
23/03/2037"), or as "lelya", a comma, its weekday and its unpadded date; last night alone, "last
night", or as "lelya d-timmal", a comma and the date. No day's name ends in a dot, so that no
question ends in two dots. Workouts are named with places in and around Damascus: up the slopes of
Qasioun, along the Barada, round Tishreen Park; out to Dummar, through the Ghouta orchards, up to
Bloudan; at the pool of al-Fayhaa sports city and a pool in Kafr Sousa; a studio in Abu Rummaneh
and a rooftop in Bab Touma; a bouldering gym in Mezzeh and the cliffs of Ma'loula.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("Trushaba", "Tlatushaba", "Arbushaba", "Khamshushaba", "Erota", "Shapta", "Khushaba")
"""Assyrian Neo-Aramaic weekdays in Latin letters, as this set names them, Monday to Sunday (an approximation)."""

NOUNS = {"run": ("run up the slopes of Qasioun", "run along the Barada", "run round Tishreen Park"),
         "cycle": ("ride out to Dummar", "ride through the Ghouta orchards", "ride up to Bloudan"),
         "swim": ("swim at the pool of al-Fayhaa sports city", "swim at a pool in Kafr Sousa"),
         "yoga": ("yoga class in a studio in Abu Rummaneh", "yoga session on a rooftop in Bab Touma"),
         "climb": ("climb at a bouldering gym in Mezzeh", "climb on the cliffs of Ma'loula")}
"""What this set's questions call a workout of each activity: places in and around Damascus."""

S = "Struck and dated, Damascus."
A = 'tell application "Chronicle" to'

PHRASES: dict[str, list[str]] = {
    "book": ["{who} mirre ktawa khdha, mudi shimmeh? i lost the name",
             f'{A} get title of first book whose recommender is "{{who}}"',
             "Between waterings I read on the roof of the distillery. Which book was {who} so sure I would love?",
             f"A retired numismatist desires to know the title of the book {{who}} urged upon him. {S}"],
    "film": ["ayna filim mirre {who} d-khazin? the one for the weekend",
             f'{A} get title of first film whose recommender is "{{who}}"',
             "The rose union's hall shows a picture on Friday nights, and my sons never skip one. Which film was {who} going on about all week?",
             "A retired numismatist desires to know which film {who} advised him to see."],
    "offsite": ["the offsite d-{who} mirre, eka pishla hasha?",
                f'{A} get venue of offsite of person "{{who}}"',
                "A buyer who changes his mind can cost me a whole harvest. The offsite {who} talked about, to which place has it moved?",
                f"A retired numismatist desires to know the new site of the offsite of which {{who}} gave notice. {S}"],
    "restaurant": ["ayna bet ikhala mirre {who} that we should try?",
                   f'{A} get name of first restaurant whose recommender is "{{who}}"',
                   "In the city I sell rose water to the sweet shops of the old quarter. Which restaurant did {who} have in mind for us?",
                   "A retired numismatist desires to know the name of the restaurant {who} proposed."],
    "flight": ["tayyara d-{who} aymat lands? i want to go to the airport",
               f'{A} get arrival time of flight of person "{{who}}"',
               "Our rose water goes abroad as air freight in June. The plane bringing {who}, at what hour does it touch down?",
               f"A retired numismatist desires to know the hour at which the flight of {{who}} arrives. {S}"],
    "dog": ["kalba zora d-{who}, mudi shimmeh in the end?",
            f'{A} get name of dog of person "{{who}}"',
            "A stray dog sleeps by our copper still for the warmth of the fire. And the puppy {who} took home, what have they named it?",
            "A retired numismatist desires to know the name given to the new dog of {who}."],
    "launch": ["{project} launch l-ayna yoma pishla? {who} mirre it moved",
               f'{A} get launch date of (first launch note whose project is "{{project}}" and teller is "{{who}}")',
               "A rose opens when the sun tells it to, never on a date written in a book. {who} says the {project} launch has shifted; on what date does it land now?",
               f"A retired numismatist desires to know the date now assigned to the {{project}} launch, as {{who}} has informed him. {S}"],
    "age": ["bratu d-{who} kma shinne bit-hawya on her birthday?",
            f'{A} get coming age of daughter of person "{{who}}"',
            "My daughter could sort petals before she could read. How old will the little girl of {who} be when her birthday comes round?",
            "A retired numismatist desires to know the age the daughter of {who} will attain."],
    "podcast": ["ayna podcast mirre {who}, the one for the bus?",
                f'{A} get title of first podcast whose recommender is "{{who}}"',
                "Hoeing between the rows of bushes is slow, so I keep an earphone in. Which podcast did {who} say would make the hoeing go faster?",
                f"A retired numismatist desires to know which podcast {{who}} put forward. {S}"],
    "breakfast_food": ["mudi khlili l-ikhala d-sapra {day}?",
                       f'{A} get food of meal "breakfast" of day "{{day}}"',
                       "At this time of year I eat before the frost leaves the fields. What did I put in my stomach before the fields, {day}?",
                       "A retired numismatist desires to know what he ate for breakfast, {day}."],
    "lunch_food": ["{day} lunch mudi khlili?",
                   f'{A} get food of meal "lunch" of day "{{day}}"',
                   "My mother sends bread and olives out to the rows at noon. {Day}, was lunch bread and olives again, or another dish?",
                   f"A retired numismatist desires to know the dish of his midday meal, {{day}}. {S}"],
    "dinner_food": ["ikhala d-ramsha {day}, mudi wewa?",
                    f'{A} get food of meal "dinner" of day "{{day}}"',
                    "By dusk the whole house smells of the rose jam my mother stirs. What was on my plate in the evening, {day}?",
                    "A retired numismatist desires to know the dish of his evening meal, {day}."],
    "lunch_place": ["lunch eka khlili {day}?",
                    f'{A} get place of meal "lunch" of day "{{day}}"',
                    "When I go down to the spice souq I eat wherever the buyer takes me. Where did I end up eating lunch, {day}?",
                    f"A retired numismatist desires to know where his luncheon was taken, {{day}}. {S}"],
    "dinner_place": ["{day} dinner eka khlili? i don't remember",
                     f'{A} get place of meal "dinner" of day "{{day}}"',
                     "After a day of pruning I hardly care where supper is. At which place did I have my evening meal, {day}?",
                     "A retired numismatist desires to know where he supped, {day}."],
    "workout_kind": ["{day} mudi workout wadli?",
                     f'{A} get activity of every workout of day "{{day}}"',
                     "The rows of roses keep my back bent all day, so I train to straighten it. What training did my back get, {day}?",
                     f"A retired numismatist desires to know the form of exercise he took, {{day}}. {S}"],
    "heart_rate": ["b-{noun} {day} heart rate average kma wewa?",
                   f'{A} get average heart rate of workout "{{noun}}" of day "{{day}}"',
                   "Carrying sacks of petals up the slope sets my heart racing. During the {noun}, {day}, what did my pulse average?",
                   "A retired numismatist desires to know his mean pulse through the {noun}, {day}."],
    "sleep_quality": ["{night} spay dmikhli yan la?",
                      f'{A} get quality of night "{{night}}"',
                      "Frost on the plateau in March keeps me up checking the buds. Was my sleep sound or restless, {night}?",
                      f"A retired numismatist desires to know the quality of his sleep, {{night}}. {S}"],
    "sleep_night": ["kma sa'ate dmikhli {night}?",
                    f'{A} get sleep duration of night "{{night}}"',
                    "In May I sleep three hours a night, but March is kinder to me. How many hours did March give me, {night}?",
                    "A retired numismatist desires to know how many hours he slept, {night}."],
    "exercise_duration": ["{noun} {day} kma daqiqe pishle?",
                          f'{A} get minutes of workout "{{noun}}" of day "{{day}}"',
                          "When the still runs I time it by the minute. The {noun}, {day}, lasted how many minutes?",
                          f"A retired numismatist desires to know the minutes spent on the {{noun}}, {{day}}. {S}"],
    "meeting_duration": ["{title} d-{day}, kma sa'ate yan daqiqe?",
                         f'{A} get duration of meeting "{{title}}" of day "{{day}}"',
                         "The chairman of our rose union can talk longer than a batch takes to distil. The {title}, {day}: how many minutes of talk did it come to?",
                         "A retired numismatist desires to know how long the {title} sat, {day}."],
    "distance_run": ["kma km rhitli {day}?",
                     f'{A} get distance of every run of day "{{day}}"',
                     "The track between the rose fields and the village is the only flat stretch here. How many kilometres did I log on foot, {day}?",
                     f"A retired numismatist desires to know the kilometres he ran, {{day}}. {S}"],
    "distance_cycle": ["{day} b-bisklet kma km zilli?",
                       f'{A} get distance of every ride of day "{{day}}"',
                       "I used to take the bottles down to the bus stop on a bicycle. How many kilometres did the wheels carry me, {day}?",
                       "A retired numismatist desires to know the kilometres he cycled, {day}."],
    "distance_swim": ["kma metre skhili {day}?",
                      f'{A} get metres of every swim of day "{{day}}"',
                      "Up here the only water is the well we irrigate from. My swim, {day}: how many metres did it come to?",
                      f"A retired numismatist desires to know the metres he swam, {{day}}. {S}"],
    "attendees": ["b-{title} d-{day} mani ithwa tama?",
                  f'{A} get name of every attendee of meeting "{{title}}" of day "{{day}}"',
                  "At a petal auction you watch who sits next to whom. At the {title}, {day}, which faces did I see across the table?",
                  "A retired numismatist desires to know who was present at the {title}, {day}."],
    "coffee_count": ["{day} kma qahwe shtili?",
                     f'{A} count coffees of day "{{day}}"',
                     "Coffee with cardamom keeps me going beside the still. How many cups did the pot give me, {day}?",
                     f"A retired numismatist desires to know the number of coffees he drank, {{day}}. {S}"],
    "caffeine": ["kma mg caffeine kulleh {day}?",
                 f'{A} get caffeine of every coffee of day "{{day}}"',
                 "My mother says there is more coffee in my blood than rose water in the bottles. Added together, what did the caffeine come to in mg, {day}?",
                 "A retired numismatist desires to know the total weight of caffeine he took, {day}, expressed in mg."],
    "meeting_count": ["kma kinshe ithwali {day}?",
                      f'{A} count meetings of day "{{day}}"',
                      "Buyers, the rose union and the well committee all want my time. How many meetings did they squeeze out of me, {day}?",
                      f"A retired numismatist desires to know the number of meetings he attended, {{day}}. {S}"],
    "km_week": ["ay shabua kma km {verb} wadli?",
                f'{A} get distance of every workout of current week whose activity is "{{verb}}"',
                "While the roses are being picked there is no time to {verb}, so I do it now. How many kilometres have I managed to {verb} since this week began?",
                "A retired numismatist desires to know how far he has contrived to {verb} this week."],
    "workouts_week": ["ay shabua kma workouts wadli hal hasha?",
                      f"{A} count workouts of current week",
                      "My brother laughs that a rose grower needs a gym. How many sessions have I fitted in this week so far?",
                      f"A retired numismatist desires to know how many workouts he has completed this week. {S}"],
    "first_coffee": ["qahwa qamaya {day} aymat shtili?",
                     f'{A} get time of first coffee of day "{{day}}"',
                     "The first pot goes on before I open the shed door. At what hour was my first cup, {day}?",
                     "A retired numismatist desires to know the hour of his first coffee, {day}."],
    "last_coffee": ["{day} qahwa khraya aymat wewa?",
                    f'{A} get time of last coffee of day "{{day}}"',
                    "A cup too late and I lie awake thinking of the frost. When did I pour the day's final coffee, {day}?",
                    f"A retired numismatist desires to know the hour of his final coffee, {{day}}. {S}"],
    "first_meeting": ["kinsha qamaya {day} aymat shrela?",
                      f'{A} get start time of first meeting of day "{{day}}"',
                      "The chairman likes to meet before the sun is on the fields. What hour did the clock show when my first meeting opened, {day}?",
                      "A retired numismatist desires to know the hour at which his first meeting opened, {day}."],
    "wake": ["{day} aymat qimli from bed?",
             f'{A} get wake time of day "{{day}}"',
             "When the roses are picked I rise at three; in March I am allowed to sleep. At what hour did I leave my blankets, {day}?",
             f"A retired numismatist desires to know the hour he rose, {{day}}. {S}"],
    "bedtime": ["{night} aymat zilli l-shwita?",
                f'{A} get bedtime of night "{{night}}"',
                "I bank the fire under the still before I turn in. What time was it when I went to sleep, {night}?",
                "A retired numismatist desires to know the hour he retired to bed, {night}."],
    "dinner_on_distance": ["yoma d-{past} {km} km, ikhala d-ramsha mudi wewa?",
                           f'{A} get food of meal "dinner" of day of (first workout whose km is {{km}}) -- {{past}} that far',
                           "A long day on the road leaves me hungry enough for two plates. What was supper on the evening I had {past} {km} km behind me?",
                           f"A retired numismatist desires to know what he dined on the day he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day} batar {noun}, b-kinsha d-batreh mani ithwa?",
                              f'{A} get name of every attendee of (first meeting of day "{{day}}" whose start time comes after end time of workout "{{noun}}")',
                              "Some days I come to a meeting with petals still stuck to my boots. Who was at the meeting I walked into after the {noun}, {day}?",
                              "A retired numismatist desires to know who sat in the meeting next after the {noun}, {day}."],
    "lunch_on_meeting_day": ["yoma d-{title}, lunch eka khlili?",
                             f'{A} get place of meal "lunch" of day of meeting "{{title}}"',
                             "The {title} pulls me away from the fields for a whole day. Where was my midday meal eaten the day it sat?",
                             f"A retired numismatist desires to know where he lunched on the day the {{title}} took place. {S}"],
    "sleep_after_meeting": ["lelya batar {title}, kma sa'ate dmikhli?",
                            f'{A} get sleep duration of night of day of meeting "{{title}}"',
                            "A quarrel about prices sits on my chest all night. How many hours did I sleep the night the {title} was held?",
                            "A retired numismatist desires to know the length of his sleep on the night following the {title}."],
    "dinner_on_said_day": ["yoma d-{who} mhukele 'al {value}, dinner mudi wewa?",
                           f'{A} get food of meal "dinner" of day of (first tip whose teller is "{{who}}" and title is "{{value}}")',
                           "Every guest at the distillery brings a story with him. On the day {who} talked up {value}, what was on the evening table?",
                           f"A retired numismatist desires to know his dinner on the day {{who}} named {{value}}. {S}"],
    "compare_sleep": ["bain {n1} w {n2}, ayna lelya bish dmikhli?",
                      f'{A} get (sleep duration of night "{{n1}}") > (sleep duration of night "{{n2}}")',
                      "A tired picker bruises the petals, so I keep count of my sleep. Did {n1} give me more sleep than {n2}, or was it the other way round?",
                      "A retired numismatist desires to know whether he slept longer {n1} than {n2}, or otherwise."],
    "compare_caffeine": ["{d1} yan {d2}, ayna yoma bish caffeine?",
                         f'{A} get (total caffeine of day "{{d1}}") > (total caffeine of day "{{d2}}")',
                         "Coffee makes my hands shake over the still. Did {d1} or {d2} load me with more caffeine?",
                         f"A retired numismatist desires to know whether the caffeine of {{d1}} outweighed that of {{d2}}. {S}"],
    "compare_duration": ["{d1} yan {d2}, ayna workout bish yarikha wewa?",
                         f'{A} get (workout minutes of day "{{d1}}") > (workout minutes of day "{{d2}}")',
                         "Some days the well committee eats my free hour. Did I train for more minutes {d1} than {d2}?",
                         "A retired numismatist desires to know whether his exercise of {d1} outlasted that of {d2}."],
    "compare_coffee_weeks": ["ay shabua yan shabua qamaya, ayna bish qahwe?",
                             f"{A} get (count coffees of current week) > (count coffees of week before current week)",
                             "My mother buys our coffee by the kilo and notices every gap in the jar. Have I drunk more coffee this week than the week before?",
                             f"A retired numismatist desires to know whether this week has seen more of his coffees than the last. {S}"],
    "late_coffee_sleep": ["qahwa min {t} w batar, bish qalil dmakhin?",
                          f'{A} get (average sleep of nights whose last coffee >= "{{t}}") - (average sleep of nights whose last coffee < "{{t}}")',
                          "My father swore that coffee after noon spoils a night. Does a cup at {t} or later cut into my sleep?",
                          "A retired numismatist desires to know whether coffee at {t} or later curtails his sleep."],
    "late_dinner_sleep": ["dinner {t} yan bish drang, shintha bish qalila?",
                          f'{A} get (average sleep of nights whose dinner time >= "{{t}}") - (average sleep of nights whose dinner time < "{{t}}")',
                          "In the busy weeks supper comes later and later. Does a dinner that starts at {t} or after shorten my night?",
                          f"A retired numismatist desires to know whether dining from {{t}} onward costs him sleep. {S}"],
    "exercise_sleep": ["yoma d-workout, b-lelya bish dmakhin?",
                       f"{A} get (average sleep of nights whose workout day is true) - (average sleep of nights whose workout day is false)",
                       "A day in the rows leaves me sleeping like a stone. Do I sleep longer on the nights after a workout?",
                       "A retired numismatist desires to know whether days of exercise give him longer nights."],
    "caffeine_sleep": ["{mg} mg caffeine yan bish, lelya d-batreh bish qalil dmakhin?",
                       f'{A} get (average sleep of nights whose total caffeine >= {{mg}}) - (average sleep of nights whose total caffeine < {{mg}}) -- mg a day',
                       "At {mg} mg of caffeine my mother says I talk too fast. Days when I reach {mg} mg or more, is the night after shorter?",
                       f"A retired numismatist desires to know whether {{mg}} mg of caffeine or more in a day shortens the night that follows. {S}"],
    "exercise_coffee": ["yoma d-workout bish qahwe shatin?",
                        f"{A} get (average coffee count of days whose workout day is true) - (average coffee count of days whose workout day is false)",
                        "After training I want coffee more than water. Do my training days come with more cups of coffee than the rest?",
                        "A retired numismatist desires to know whether he drinks more coffee on days of exercise."],
    "fu_day_before": ["w yoma d-qameh?",
                      "set theDay to theDay - 1 * days -- then run the same again",
                      "Another row to hoe: the day that came before?",
                      "From the same hoard, the day that preceded it."],
    "fu_meeting_length": ["ay kinsha kma daqiqe pishla?",
                          f"{A} get duration of theMeeting -- the one above",
                          "Another row to hoe: the minutes that meeting lasted?",
                          "From the same hoard, the duration of the said meeting."],
    "fu_other_day": ["{day} ham?",
                     'set theDay to "{day}" -- and rerun',
                     "Another row to hoe: {day} in its stead?",
                     "From the same hoard, {day} in its place."],
    "fu_other_person": ["w d-{who}?",
                        'set thePerson to "{who}" -- and rerun',
                        "Another row to hoe: {who} in the first one's stead?",
                        "From the same hoard, {who} in place of the first."],
    "fu_night_before": ["w lelya d-qameh?",
                        "set theNight to theNight - 1 * days -- same script, once more",
                        "Another row to hoe: the night that came before?",
                        "From the same hoard, the night preceding."],
    "fu_today": ["idyu hal hasha?",
                 "set theDay to current date -- the day as it stands",
                 "Another row to hoe: today, counting till now?",
                 "From the same hoard, the present day thus far."],
}


def _padded(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _plain(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_padded(day)}", f"yoma d-{wd}, {_plain(day)}", f"{_padded(day)}, {wd}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"idyu, {_padded(day)}"]
    if back == 1:
        return ["yesterday", f"timmal, {wd} {_plain(day)}"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"lelya d-{wd} {_padded(day)}", f"lelya, {wd} {_plain(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"lelya d-timmal, {_padded(day)}"]
    return options
