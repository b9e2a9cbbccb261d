"""Question phrasings of the answers benchmark's one hundred and sixteenth tuning set, ``dev116`` (docs/benchmarks.md, "Answers").

``dev116`` was the held-out set until 2026-12-06, when, after its measurement at c6ed8e9 (grounded
accuracy 0.392; worst category first_last 0.182; unsupported 0.034; abstention 0.864; p95 0.024 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev115``, answers_dev115_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young woman from Bondoukou, in the Zanzan district of Côte d'Ivoire's east, who types lower
  case, switching between English and Abron (Bono, an Akan language of the Central Tano branch of
  Kwa, spoken around Bondoukou and over the border in Ghana) inside a sentence, in the letters Akan
  is written with (ɛ and ɔ). The Abron here is the writer's own approximation from the commonest
  Akan words (dɛn what, ɛhe where, hwan who, ahe how many, bere bɛn what time, ɛnnɛ today, ɛnnora
  yesterday, seesei now, anadwo night, da day, anɔpa aduane breakfast, awia aduane lunch, anwummerɛ
  aduane the evening meal, da and meda sleep and I slept, nnɔnhwerew hours, simma minutes, kɔfe
  coffee, nhyiam meeting, nnawɔtwe week, pii much, papa good, bɔne bad, anaa or, ne and, akyi
  after, the weekdays Dwoada to Kwasiada); no speaker has checked it. What the set tests is how the
  planner reads English mixed with a language it has never seen (no earlier set switches into an
  Akan language; dev24's Ghanaian English holds a few Twi words, of which this voice has "nso");
- an analyst who keeps her logs in Azure Data Explorer and types every question as one Kusto (KQL)
  query: 'Table | where Col == "..." | where Day == "..." | project Field' for a value (one 'where'
  for each condition, or two joined by 'and'), '| count' for counts,
  '| summarize sum(Col)' for sums, 'avg(...)' for averages, 'min(...)' and 'max(...)' for firsts and
  lasts, 'Day in ("...", "...") | summarize ... by OnDay = Day' for two compared, 'Nights | summarize
  avg(Hours) by Flag = Col >= ...' for habits, 'Day in ((Other | where ... | project Day))' for a day
  named by what happened on it; no question mark of her own, no brace; her follow-ups pipe the last
  result on ('last_result | extend Day = Day - 1d');
- a gbaka apprentice (the conductor of a shared minibus on the Bondoukou to Abidjan road, who hangs
  at the door, shouts the fares and counts the seats) who starts with a remark from his work (the
  gare routière before dawn, the driver, the red dust, the checkpoints, the union, the roadside
  Nescafé, pushing the gbaka out of the mud) before he asks;
- a retired game warden of the Comoé National Park, living in Bondoukou, who writes formal sentences
  with formulas of his own: "Might your register disclose ...", often closed with "With the regards
  of an old warden of the Comoé.", and his follow-ups "Pray put the same enquiry again, ..." or
  "Pray add ...".

Of the Abron words, those another module holds as a word are short ordinary ones or words another
language happens to share, kept ("a", "akoma", "bere", "bi", "da", "de", "din", "edi", "fi", "he",
"ho", "kaa", "kae", "kan", "meda", "mi", "mu", "na", "ne", "nna", "no", "nso", "papa", "sen", "so",
"te", "tia", "yi", "ɛ"; and the English "average", "caffeine", "film", "km", "launch", "metres",
"mg", "offsite", "podcast" and the like); no day or night name is another set's. No other module holds "Abron", "Bondoukou", "Zanzan", "Cocody",
"gbaka", "Kusto", "startofday", "Might your register disclose", "Pray put" or "Comoé", nor any of
the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev116 life lives in Africa/Abidjan, the zone Côte d'Ivoire keeps, in Bondoukou, from Monday
2 February 2037 to 17 February 2037; Côte d'Ivoire keeps Greenwich Mean Time all year and has no
summer time (zoneinfo gives one offset over its 16 days), so no clock changes inside it. Dates are
written as people in Côte d'Ivoire write them: day first, with slashes, both padded, and the year in
full ("02/02/2037"), or the day and month alone the same way ("02/02"); in words the day's number
before the month ("2 February"), with the year after them for a day that may lie outside the life
("2 February 2037"). Weekdays are the Akan ones, with capitals: "Dwoada" for Monday, "Benada",
"Wukuada", "Yawoada", "Fiada", "Memeneda" and "Kwasiada" for Sunday: a day as its weekday and the
slashed day ("Dwoada 02/02"), as its weekday, "a ɛyɛ" (which is) and the slashed day ("Dwoada a ɛyɛ
02/02"), as its weekday, a comma and the date in words ("Dwoada, 2 February"), or as its weekday,
"no" (the), a comma and the slashed day ("Dwoada no, 02/02"); for a day that may lie outside the
life always with the year ("Dwoada 02/02/2037", "Dwoada a ɛyɛ 02/02/2037", or "Dwoada, 2 February
2037"); today and yesterday alone, or as "ɛnnɛ" (today) with the slashed day after it, or as
"ɛnnora" (yesterday), its weekday and the slashed day. A night is named as "anadwo" (night), the
weekday it starts on, its slashed day, "ne" (and) and the next slashed day ("anadwo Dwoada 02/02 ne
03/02"), or as its weekday, "anadwo", a comma and the date in words ("Dwoada anadwo, 2 February");
last night alone, "last night", or as "ɛnnora anadwo", a comma and its two slashed days joined by
"ne". No day's name ends in a dot, so that no question ends in two dots. Workouts are named with
places in Côte d'Ivoire: round the Bondoukou market, out on the road to Bouna, past the old mosques
of Bondoukou; out to Sorobango, along the road towards Kouassi-Datékro, round the Zanzan ring road;
in a hotel pool in Bondoukou and at a pool in Cocody, in Abidjan; a hall in Bondoukou and a studio
in Cocody; the granite domes outside Bondoukou and an indoor wall in Abidjan.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Dwoada", "Benada", "Wukuada", "Yawoada", "Fiada", "Memeneda", "Kwasiada")
"""Akan (Abron) weekdays as this set names them, Monday to Sunday, with a capital (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run round the Bondoukou market", "run out on the road to Bouna", "run past the old mosques of Bondoukou"),
         "cycle": ("ride out to Sorobango", "ride along the road towards Kouassi-Datékro", "ride round the Zanzan ring road"),
         "swim": ("swim in a hotel pool in Bondoukou", "swim at a pool in Cocody, in Abidjan"),
         "yoga": ("yoga class in a hall in Bondoukou", "yoga session at a studio in Cocody"),
         "climb": ("climb on the granite domes outside Bondoukou", "climb at an indoor wall in Abidjan")}
"""What this set's questions call a workout of each activity: places in Côte d'Ivoire's Zanzan district and Abidjan."""

S = "With the regards of an old warden of the Comoé."

PHRASES: dict[str, list[str]] = {
    "book": ["{who} kae nhoma bi, nhoma bɛn?",
             "Recs | where From == \"{who}\" and Medium == \"book\" | project Title",
             "On the long road to Abidjan the passengers sleep and I read by the door. Which book did {who} tell me to carry on the gbaka?",
             "Might your register disclose the title of the book {who} put forward for my reading. " + S],
    "film": ["{who} kae film bi, dɛn na ɛyɛ?",
             "Recs | where From == \"{who}\" and Medium == \"film\" | project Title",
             "Sunday the gbaka stays parked and I go to the video club. Which film did {who} tell me was worth a ticket?",
             "Might your register disclose the picture {who} judged fit for my evening."],
    "offsite": ["{who} sesaa offsite no, kurow bɛn mu seesei?",
                "Events | where Kind == \"offsite\" and MovedBy == \"{who}\" | project Town",
                "A gbaka changes its route when the road floods, and an offsite can too. To which town did {who} carry the offsite?",
                "Might your register disclose the town whither {who} has transferred the offsite. " + S],
    "restaurant": ["{who} kae adidibea bi yɛ papa, ne din?",
                   "Recs | where From == \"{who}\" and Medium == \"restaurant\" | project PlaceName",
                   "Passengers always ask me where to eat at the next stop. What maquis or eating house did {who} praise to me?",
                   "Might your register disclose the name of the eating house {who} commended."],
    "flight": ["{who} wimhyɛn no, bere bɛn na ɛbɛsi fam?",
               "Flights | where Passenger == \"{who}\" | project ArrivesAt",
               "I have never been up in a plane, only at the gare routière. What time does the plane with {who} touch down?",
               "Might your register disclose the hour at which the aircraft carrying {who} arrives. " + S],
    "dog": ["{who} kraman foforo, ne din de sɛn?",
            "Pets | where Owner == \"{who}\" and Species == \"dog\" and MonthsOld < 12 | project PlaceName",
            "Stray dogs chase the gbaka out of every village. What do they call the puppy {who} took in lately?",
            "Might your register disclose the name given to the young dog of {who}."],
    "launch": ["{who} sesaa {project} launch no, da bɛn seesei?",
               "Launches | where Project == \"{project}\" and MovedBy == \"{who}\" | project NewDate",
               "The driver says we leave at six and we leave when the seats are full. {who} pushed back the launch of {project}; which date does it wait for now?",
               "Might your register disclose the date to which {who} has deferred the launch of {project}. " + S],
    "age": ["{who} babea awoda a ɛreba, mfe ahe?",
            "Kin | where Parent == \"{who}\" and Relation == \"daughter\" | project NextAge = Age + 1",
            "Schoolchildren ride half fare if they are small enough. At her coming birthday the daughter of {who} turns how old?",
            "Might your register disclose the age the daughter of {who} attains at her forthcoming birthday."],
    "podcast": ["{who} kae podcast bi, ɛwɔ he?",
                "Recs | where From == \"{who}\" and Medium == \"podcast\" | project Title",
                "Eight hours of road and one earphone for me. Which podcast did {who} say would help the kilometres pass?",
                "Might your register disclose which podcast {who} advised me to hear. " + S],
    "breakfast_food": ["{day} anɔpa aduane, dɛn na medii?",
                       "Meals | where Meal == \"breakfast\" | where Day == \"{day}\" | project Food",
                       "First departure is at dawn and I eat standing at the door. What did I chew on by the door for breakfast {day}?",
                       "Might your register disclose what I partook of at breakfast {day}."],
    "lunch_food": ["awia aduane {day}, dɛn?",
                   "Meals | where Meal == \"lunch\" | where Day == \"{day}\" | project Food",
                   "At noon we stop at the checkpoint and everyone eats. What did I get down at midday {day}?",
                   "Might your register disclose what my luncheon consisted of {day}. " + S],
    "dinner_food": ["{day} anwummerɛ aduane, dɛn na medii?",
                    "Meals | where Meal == \"dinner\" | where Day == \"{day}\" | project Food",
                    "Last trip back to Bondoukou gets in after dark. What did I eat that evening {day}?",
                    "Might your register disclose what was set before me at supper {day}."],
    "lunch_place": ["{day} awia aduane, ɛhe na medii?",
                    "Meals | where Meal == \"lunch\" | where Day == \"{day}\" | project Place",
                    "Each day the noon stop falls in a different town. Where was I sitting at lunch {day}?",
                    "Might your register disclose the establishment at which I took luncheon {day}. " + S],
    "dinner_place": ["anwummerɛ aduane ɛhe {day}?",
                     "Meals | where Meal == \"dinner\" | where Day == \"{day}\" | project Place",
                     "Once the gbaka is washed I look for a plate somewhere. Which roadside spot fed me once night fell {day}?",
                     "Might your register disclose where I supped {day}."],
    "workout_kind": ["{day} apɔmuden adwuma bɛn na meyɛe?",
                     "Workouts | where Day == \"{day}\" | project Activity",
                     "Pushing a stuck gbaka out of the mud is no training. What sort of exercise did I really do {day}?",
                     "Might your register disclose the manner of exercise I pursued {day}. " + S],
    "heart_rate": ["akoma bɔ average {noun} {day}, ahe?",
                   "Workouts | where Session == \"{noun}\" | where Day == \"{day}\" | summarize avg(Bpm)",
                   "My heart jumps when the driver overtakes a lorry. From start to finish of the {noun} {day}, my pulse averaged what?",
                   "Might your register disclose my mean pulse over the {noun} {day}."],
    "sleep_quality": ["{night} meda yie anaa ɛyɛ bɔne?",
                      "Sleep | where Night == \"{night}\" | project Quality",
                      "Some nights I sleep on the back bench of the gbaka. Was my sleep on the bench good or bad {night}?",
                      "Might your register disclose whether my repose {night} was good or poor. " + S],
    "sleep_night": ["{night} meda nnɔnhwerew ahe?",
                    "Sleep | where Night == \"{night}\" | summarize sum(Hours)",
                    "The driver wakes me at four with the horn. How many hours did I get {night}?",
                    "Might your register disclose the number of hours I slept {night}."],
    "exercise_duration": ["{noun} no {day}, simma ahe?",
                          "Workouts | where Session == \"{noun}\" | where Day == \"{day}\" | summarize sum(Minutes)",
                          "Between two trips I get one hour to myself. The {noun} {day} ate up how many of those minutes?",
                          "Might your register disclose the duration in minutes of the {noun} {day}. " + S],
    "meeting_duration": ["{title} no {day}, simma ahe na ɛdii?",
                         "Meetings | where Title == \"{title}\" | where Day == \"{day}\" | summarize sum(Minutes)",
                         "The drivers' union talks longer than any passenger. For how many minutes did the {title} {day} run?",
                         "Might your register disclose how many minutes the {title} {day} endured."],
    "distance_run": ["{day} mete mmirika km ahe?",
                     "Workouts | where Activity == \"run\" | where Day == \"{day}\" | summarize sum(Km)",
                     "I run after the gbaka all day to jump back on. But on my real run {day}, how far did I go in km?",
                     "Might your register disclose the kilometres I covered running {day}. " + S],
    "distance_cycle": ["{day} sakre so km ahe?",
                       "Workouts | where Activity == \"cycle\" | where Day == \"{day}\" | summarize sum(Km)",
                       "On my off days I ride a bicycle instead of riding in a gbaka. How many km did my cycling come to {day}?",
                       "Might your register disclose the kilometres I bicycled {day}."],
    "distance_swim": ["{day} mete nsu mu metres ahe?",
                      "Workouts | where Activity == \"swim\" | where Day == \"{day}\" | summarize sum(Metres)",
                      "The red dust of the road comes off only in the pool. My lengths in the pool {day} came to how many metres?",
                      "Might your register disclose the metres I swam {day}. " + S],
    "attendees": ["hwan ne hwan na wɔbaa {title} {day}?",
                  "Meetings | where Title == \"{title}\" | where Day == \"{day}\" | project Attendees",
                  "I count heads on the gbaka all day, so count these too. Whose heads would I have counted at the {title} {day}?",
                  "Might your register disclose the persons in attendance at the {title} {day}."],
    "coffee_count": ["{day} kɔfe kuruwa ahe?",
                     "Drinks | where Drink == \"coffee\" | where Day == \"{day}\" | count",
                     "Roadside Nescafé keeps the driver and me awake. Tell me how many coffees I drank {day}.",
                     "Might your register disclose the number of coffees I drank {day}. " + S],
    "caffeine": ["{day} caffeine mg ahe nyinaa?",
                 "Drinks | where Day == \"{day}\" | summarize sum(CaffeineMg)",
                 "Those roadside coffees are strong enough to push the gbaka. What was my caffeine total in mg {day}?",
                 "Might your register disclose the sum of caffeine I took {day}, counted in milligrams of the same."],
    "meeting_count": ["{day} nhyiam ahe?",
                      "Meetings | where Day == \"{day}\" | count",
                      "Every time the union calls, the gbaka waits. Give me the number of meetings I sat in {day}.",
                      "Might your register disclose how many meetings occupied me {day}. " + S],
    "km_week": ["fi Dwoada {activity} km ahe?",
                "Workouts | where Activity == \"{activity}\" and Day >= startofweek(now(), 1) | summarize sum(Km)",
                "I count the fares every evening and the km every week. With this week's Monday as the start, what distance has my {activity} added up to in km?",
                "Might your register disclose the kilometres of {activity} I have accomplished since this Monday."],
    "workouts_week": ["fi Dwoada apɔmuden mprɛ ahe?",
                      "Workouts | where Day >= startofweek(now(), 1) | count",
                      "A full week of Bondoukou to Abidjan leaves little time. Starting with this Monday, how many workouts have I managed to fit between the trips?",
                      "Might your register disclose the number of exercise sessions I have completed in the present week. " + S],
    "first_coffee": ["{day} kɔfe a edi kan, bere bɛn?",
                     "Drinks | where Drink == \"coffee\" | where Day == \"{day}\" | summarize min(At)",
                     "The first coffee is drunk at the gare routière in the dark. At what time did I have it {day}?",
                     "Might your register disclose the hour of my earliest coffee {day}."],
    "last_coffee": ["{day} kɔfe a etwa toɔ, bere bɛn?",
                    "Drinks | where Drink == \"coffee\" | where Day == \"{day}\" | summarize max(At)",
                    "After the last trip I should stop the coffee, but the driver buys. That last cup from the driver {day}, what hour was it?",
                    "Might your register disclose the hour of my last coffee {day}. " + S],
    "first_meeting": ["{day} nhyiam a edi kan, bere bɛn na efii ase?",
                      "Meetings | where Day == \"{day}\" | summarize min(StartsAt)",
                      "The owner of the gbaka likes a word before we load. The first of the meetings {day} got going at what time?",
                      "Might your register disclose when my first meeting began {day}."],
    "wake": ["{day} bere bɛn na mesɔree?",
             "Sleep | where WokeOn == \"{day}\" | project WokeAt",
             "The horn outside my door is my alarm clock. What time did the horn get me off my mat {day}?",
             "Might your register disclose the hour I awoke {day}. " + S],
    "bedtime": ["{night} bere bɛn na mekɔdae?",
                "Sleep | where Night == \"{night}\" | project BedAt",
                "After shouting fares all day my voice is gone by night. At what hour did I finally stretch out on my mat {night}?",
                "Might your register disclose the hour I went to my bed {night}."],
    "dinner_on_distance": ["da a mi {past} {km} km no, anwummerɛ aduane dɛn?",
                           "Meals | where Meal == \"dinner\" and Day in ((Workouts | where Km == {km} and Verb == \"{past}\" | project Day)) | project Food",
                           "Some days my legs do more than the gbaka. When I {past} {km} km that day, what did I have for supper back in Bondoukou?",
                           "Might your register disclose my supper on the day I {past} {km} km. " + S],
    "meeting_after_workout": ["{day} {noun} akyi, nhyiam no hwan na ɛwɔ hɔ?",
                              "Meetings | where Day == \"{day}\" and After == \"{noun}\" | project Attendees",
                              "I often go to a meeting still sweating and dusty. The meeting I went to straight from the {noun} {day}, whose faces were round the table?",
                              "Might your register disclose who attended the meeting that followed the {noun} {day}."],
    "lunch_on_meeting_day": ["da a {title} no kɔɔ so, awia aduane ɛhe?",
                             "Meals | where Meal == \"lunch\" and Day in ((Meetings | where Title == \"{title}\" | project Day)) | project Place",
                             "Meeting days throw my noon stop off the road. The {title} took up one of my days; where did the noon stop put my plate that day?",
                             "Might your register disclose where I lunched on the day the {title} was held. " + S],
    "sleep_after_meeting": ["{title} akyi, anadwo no meda nnɔnhwerew ahe?",
                            "Sleep | where Night in ((Meetings | where Title == \"{title}\" | project Day)) | summarize sum(Hours)",
                            "Union quarrels follow me to my mat. The night of the {title}, how long did I lie on my mat?",
                            "Might your register disclose the hours I slept on the night following the {title}."],
    "dinner_on_said_day": ["da a {who} kaa {value} ho asɛm no, anwummerɛ aduane dɛn?",
                           "Meals | where Meal == \"dinner\" and Day in ((Talk | where Speaker == \"{who}\" and Text has \"{value}\" | project Day)) | project Food",
                           "Passengers talk and I remember everything. On the day {who} spoke to me of {value}, what went on my plate when the last trip was done?",
                           "{who} at one time spoke to me of {value}. Might your register disclose my supper on the same day. " + S],
    "compare_sleep": ["anadwo bɛn na meda pii, {n1} anaa {n2}?",
                      "Sleep | where Night in (\"{n1}\", \"{n2}\") | summarize sum(Hours) by SleptOn = Night",
                      "Early departures steal my nights unevenly. Did the mat keep me longer {n1} or {n2}?",
                      "Might your register disclose whether {n1} or rather {n2} granted me the longer sleep. " + S],
    "compare_caffeine": ["caffeine pii da bɛn, {d1} anaa {d2}?",
                         "Drinks | where Day in (\"{d1}\", \"{d2}\") | summarize sum(CaffeineMg) by OnDay = Day",
                         "Long routes mean more roadside coffee. Which day pumped more caffeine into me by the roadside: {d1}, or else {d2}?",
                         "Might your register disclose whether {d1} exceeded {d2} in caffeine taken."],
    "compare_duration": ["apɔmuden simma pii da bɛn, {d1} anaa {d2}?",
                         "Workouts | where Day in (\"{d1}\", \"{d2}\") | summarize sum(Minutes) by OnDay = Day",
                         "Short trip days leave room to train. Did I exercise for longer on {d1} or on {d2}?",
                         "Might your register disclose which of {d1} and {d2} saw the more minutes of exercise. " + S],
    "compare_coffee_weeks": ["nnawɔtwe yi kɔfe dɔɔso sen nnawɔtwe a atwam?",
                             "Drinks | where Drink == \"coffee\" and Day >= startofweek(ago(7d), 1) | summarize count() by startofweek(Day, 1)",
                             "The rainy road has me stopping for coffee more often. Is the Nescafé seller getting more of my coins this week than the week before?",
                             "Might your register disclose whether my coffee this week surpasses that of the preceding week."],
    "late_coffee_sleep": ["kɔfe a etwa toɔ {t} anaa akyi, meda kakra?",
                          "Nights | summarize avg(Hours) by LateCoffee = LastCoffeeAt >= \"{t}\"",
                          "The driver buys a coffee at the last stop whatever the hour. When my last coffee is at {t} or later, is my night on the mat cut short?",
                          "Might your register disclose whether a final coffee at {t} or beyond diminishes my sleep. " + S],
    "late_dinner_sleep": ["anwummerɛ aduane {t} anaa akyi, nna no tia?",
                          "Nights | summarize avg(Hours) by LateDinner = DinnerAt >= \"{t}\"",
                          "When the gbaka breaks down, supper comes late. If I eat at {t} or later, do I lose sleep for it?",
                          "Might your register disclose whether supper at {t} or after that hour curtails my night."],
    "exercise_sleep": ["da a meyɛ apɔmuden, meda pii?",
                       "Nights | summarize avg(Hours) by TrainedThatDay",
                       "Hanging at the gbaka door all day is tiring enough. Do I sleep longer after the days I do exercise?",
                       "Might your register disclose whether my days of exercise bring longer sleep. " + S],
    "caffeine_sleep": ["caffeine {mg} mg anaa nea ɛboro so, nna te sɛn?",
                       "Nights | summarize avg(Hours) by HighCaffeine = DayCaffeineMg >= {mg}",
                       "Some days the roadside coffee never stops. Once a day's caffeine reaches {mg} mg or beyond, what happens to my nights?",
                       "Might your register disclose how I sleep following days of {mg} mg of caffeine or greater."],
    "exercise_coffee": ["da a meyɛ apɔmuden, kɔfe pii?",
                        "Days | summarize avg(CoffeeCups) by Exercised = Trained",
                        "After a workout the Nescafé seller sees me twice. Are my training days heavier on coffee?",
                        "Might your register disclose whether days of exercise see me drink more coffee. " + S],
    "fu_day_before": ["da a edi kan, ɛnnora no?",
                      "last_result | extend Day = Day - 1d",
                      "Reverse the gbaka one day.",
                      "Pray put the same enquiry again, a day further back."],
    "fu_meeting_length": ["nhyiam no, simma ahe?",
                          "last_result | project Minutes",
                          "That meeting sounds longer than the Abidjan run. It kept everyone waiting how many minutes?",
                          "Pray add how many minutes that meeting lasted."],
    "fu_other_day": ["{day} nso ɛ?",
                     "last_result | where Day == \"{day}\"",
                     "Same route, but stop at {day}.",
                     "Pray put the same enquiry again, touching {day}."],
    "fu_other_person": ["{who} nso ɛ?",
                        "last_result | where Who == \"{who}\"",
                        "Same route, but pick up {who}.",
                        "Pray put the same enquiry again, regarding {who}."],
    "fu_night_before": ["anadwo a edi kan no ɛ?",
                        "last_result | extend Night = Night - 1d",
                        "Reverse the gbaka one night.",
                        "Pray put the same enquiry again, a night further back."],
    "fu_today": ["ɛnnɛ nso, de besi seesei?",
                 "last_result | where Day == startofday(now()) and At <= now()",
                 "Same route for today, as far as we have driven.",
                 "Pray put the same enquiry again, as regards today so far as it has gone."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd} a ɛyɛ {_full(day)}", f"{wd}, {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"ɛnnɛ {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"ɛnnora {wd} {_slash(day)}"]
    return [f"{wd} {_slash(day)}", f"{wd} a ɛyɛ {_slash(day)}", f"{wd}, {_words(day)}", f"{wd} no, {_slash(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"anadwo {WEEKDAYS[day.weekday()]} {_slash(day)} ne {_slash(after)}",
               f"{WEEKDAYS[day.weekday()]} anadwo, {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"ɛnnora anadwo, {_slash(day)} ne {_slash(after)}"]
    return options
