"""Question phrasings of the answers benchmark's one hundred and twelfth tuning set, ``dev112`` (docs/benchmarks.md, "Answers").

``dev112`` was the held-out set until 2026-12-06, when, after its measurement at a32d675 (grounded
accuracy 0.606; worst category habit_relation 0.273; unsupported 0.0; abstention 0.955; p95 0.023 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev111``, answers_dev111_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young cashew grader in a warehouse by the port of Bissau, who types lower case, switching
  between English and Guinea-Bissau Kriol (kriyol, the Portuguese-based creole that most of the
  country speaks; a creole of its own, neither a dialect of Portuguese nor mutually intelligible with
  it, as Mauritian Creole and Krio were taken beside French and English) inside a sentence, in Latin
  letters without diacritics. The Kriol here is the writer's own approximation from the language's
  commonest words (question words, today, yesterday, night, weekdays, meals, sleep, how many, where,
  who); no speaker has checked it. What the set tests is how the planner reads English mixed with a
  language it has never seen;
- an analyst who keeps his logs as datasets and types every question as one Wolfram Language
  (Mathematica) Dataset query: 'data[Select[#field == "..." && ... &], "column"]' for a value,
  'Length[...]' for counts, 'Total[...]' for sums, 'Mean[...]' for averages, 'Min[...]' and
  'Max[...]' for firsts and lasts, '... || ... &], GroupBy["day"], Total, ...' for two compared,
  'GroupBy[#x >= ... &], Mean, "hours"' for habits, a nested 'First[...]' for a day named by what
  happened on it; no question mark of his own, no brace (no Wolfram lists); his follow-ups rerun his
  last output with one rule changed ('ReplaceAll[%, day -> DayPlus[day, -1]]');
- a woman who gathers oysters in the mangroves of the Geba estuary, who starts with a remark from her
  work (the tide and the mud flats, the mangrove roots, the canoe, the knife and the baskets, the
  smoking fire and its racks, the flask of coffee, the pickers' cooperative, the market at Bandim)
  before she asks;
- a retired typesetter in Bafata, who writes formal sentences with formulas of his own: "I desire to be
  apprised of ...", often closed with "Your faithful enquirer.", and his follow-ups "Kindly apply the
  same enquiry to ...".

Of the Kriol words, those another module holds as a word are short ordinary ones, English words or
words another language happens to share, kept ("avion", "bai", "bisikleta", "di", "dia", "durmi",
"el", "es", "filmi", "gaba", "i", "kafe", "ke", "ki", "kin", "ku", "kuma", "kuri", "mal", "mas",
"media", "menus", "metru", "minutu", "muda", "n", "na", "nomi", "o", "ora", "pa", "Sabadu", "si",
"sport", "ta", "tene", "tera", "ti", "un"); no other module holds "Kriol", "Bissau", "Geba",
"Bandim", "cashew", "mangrove", "typesetter", "Dataset", "DayPlus", "I desire to be apprised", "faithful
enquirer" or "apply the same enquiry", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev112 life lives in Africa/Bissau, the zone Guinea-Bissau keeps, in Bissau, from Monday 5
January 2037 to 20 January 2037; Guinea-Bissau keeps Greenwich Mean Time all year, with no summer
time (zoneinfo gives one offset over its 16 days), so no clock changes inside it. Dates are written
as people in Bissau write them, in the Portuguese manner: day first, with slashes, both padded, and
the year in full ("05/01/2037"), or the day and month alone the same way ("05/01"); in words the
day's number before the month, in English ("5 January"), with the year after them for a day that may
lie outside the life ("5 January 2037"). Weekdays are in Kriol, with capitals: "Sigunda-fera" for
Monday, "Tersa-fera", "Kuarta-fera", "Kinta-fera", "Sesta-fera", "Sabadu" and "Dumingu" for Sunday: a
day as its weekday and the slashed day ("Sigunda-fera 05/01"), as "dia" (day), the slashed day and
its weekday in brackets ("dia 05/01 (Sigunda-fera)"), as its weekday and the date in words
("Sigunda-fera 5 January"), or as "na" (on), its weekday and the slashed day ("na Sigunda-fera
05/01"); for a day that may lie outside the life always with the year ("Sigunda-fera 05/01/2037",
"dia 05/01/2037 (Sigunda-fera)", or "Sigunda-fera 5 January 2037"); today and yesterday alone, or as
"aos" (today) and "onti" (yesterday) with the slashed day after them. A night is named as "noti di"
(the night of), the weekday it starts on and its two slashed days joined by "pa" (to) ("noti di
Sigunda-fera 05/01 pa 06/01"), or as "noti di" and the date in words ("noti di 5 January"); last
night alone, "last night", or as "onti noti" with its two slashed days. No day's name ends in a dot,
so that no question ends in two dots. Workouts are named with places in Guinea-Bissau: along the
Pidjiguiti quay, round the Amura fort, on the beach at Varela; out to Quinhamel, up the road to Safim,
out to Prabis; at a hotel pool in Bissau and off the beach at Bubaque; a hall in Bissau Velho and a
studio in Bafata; an indoor wall in Bissau and a bouldering wall in Gabu.
"""


from __future__ import annotations

from datetime import date, timedelta

KRIOL = ("Sigunda-fera", "Tersa-fera", "Kuarta-fera", "Kinta-fera", "Sesta-fera", "Sabadu", "Dumingu")
"""Guinea-Bissau Kriol weekdays as this set names them, Monday to Sunday, with a capital (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Pidjiguiti quay", "run round the Amura fort", "run on the beach at Varela"),
         "cycle": ("ride out to Quinhamel", "ride up the road to Safim", "ride out to Prabis"),
         "swim": ("swim at a hotel pool in Bissau", "swim off the beach at Bubaque"),
         "yoga": ("yoga class in a hall in Bissau Velho", "yoga session at a studio in Bafata"),
         "climb": ("climb at an indoor wall in Bissau", "climb at a bouldering wall in Gabu")}
"""What this set's questions call a workout of each activity: places in Guinea-Bissau."""

PHRASES: dict[str, list[str]] = {
    "book": ["kal libru ku {who} fala pa n lei, kal nomi di libru?",
             "recs[Select[#from == \"{who}\" && #medium == \"book\" &], \"title\"]",
             "The tide leaves me hours of waiting on the mud before the oysters show. Which book did {who} say I should read in those hours?",
             "I desire to be apprised of the book that {who} put forward for my reading. Your faithful enquirer."],
    "film": ["{who} fala pa n odja un filmi, kal filmi?",
             "recs[Select[#from == \"{who}\" && #medium == \"film\" &], \"title\"]",
             "After smoking the oysters all day my eyes want a screen and nothing more. Which film was it that {who} praised to me?",
             "I desire to be apprised of the film that {who} held up to me as worth my while."],
    "offsite": ["{who} muda offsite pa nunde, kal tera?",
                "First[events[Select[#event == \"offsite\" && #changedBy == \"{who}\" &], \"town\"]]",
                "Plans shift like the channels in the mangroves. To which town has the offsite gone now that {who} changed it?",
                "I desire to be apprised of the town whither {who} has transferred the offsite. Your faithful enquirer."],
    "restaurant": ["kal restauranti ku {who} gaba, kal nomi?",
                   "recs[Select[#from == \"{who}\" && #medium == \"restaurant\" &], \"name\"]",
                   "I sell my oysters to cooks, so I hear which kitchens are good. Which eating place did {who} speak so well of?",
                   "I desire to be apprised of the name of the eating house that {who} praised."],
    "flight": ["avion di {who} na dismanta ki ora?",
               "flights[Select[#passenger == \"{who}\" &], \"arrival\"]",
               "From the mud flats I watch planes come down over the estuary. At what hour is the aeroplane of {who} due to land?",
               "I desire to be apprised of the hour at which the aeroplane carrying {who} arrives. Your faithful enquirer."],
    "dog": ["{who} tene un kacur pikininu novu, kuma ki si nomi?",
            "pets[Select[#owner == \"{who}\" && #species == \"dog\" && #ageMonths < 12 &], \"name\"]",
            "Village dogs follow my canoe along the bank barking at the crabs. The puppy {who} has just got answers to what name?",
            "I desire to be apprised of the name given to the young dog belonging to {who}."],
    "launch": ["{who} muda launch di {project}, pa kal dia gosi?",
               "launches[Select[#project == \"{project}\" && #changedBy == \"{who}\" &], \"newDate\"]",
               "A late tide moves my whole day back, and {who} has moved the {project} launch back too. On which date does it fall now?",
               "I desire to be apprised of the date to which {who} has deferred the launch of {project}. Your faithful enquirer."],
    "age": ["fiju femia di {who} na kumpleta kantu anu?",
            "family[Select[#parent == \"{who}\" && #relation == \"daughter\" &], #age + 1 &]",
            "My granddaughter already helps me carry the baskets home. How old does the daughter of {who} turn on her next birthday?",
            "I desire to be apprised of the age that the daughter of {who} is to reach on her coming birthday."],
    "podcast": ["{who} fala pa n sinta un podcast, kal podcast?",
                "recs[Select[#from == \"{who}\" && #medium == \"podcast\" &], \"title\"]",
                "Paddling back up the creek is long and quiet. Which podcast did {who} suggest to keep me company on the water?",
                "I desire to be apprised of the podcast that {who} urged upon me. Your faithful enquirer."],
    "breakfast_food": ["{day} ke ku n kume na matabicu?",
                       "meals[Select[#meal == \"breakfast\" && #day == \"{day}\" &], \"food\"]",
                       "At low tide I am in the mud before the sun is up, so breakfast is a hurried thing. What did I have for it {day}?",
                       "I desire to be apprised of what I took at breakfast {day}."],
    "lunch_food": ["{day} ke ku n kume na almosu?",
                   "meals[Select[#meal == \"lunch\" && #day == \"{day}\" &], \"food\"]",
                   "Midday I eat in the shade of the canoe with the knife still in my belt. What food made up my lunch {day}?",
                   "I desire to be apprised of the food that composed my midday meal {day}. Your faithful enquirer."],
    "dinner_food": ["{day} ke ku n kume na janta?",
                    "meals[Select[#meal == \"dinner\" && #day == \"{day}\" &], \"food\"]",
                    "By evening my hands smell of smoke from the oyster fire. What went into my supper {day}?",
                    "I desire to be apprised of what was served to me for supper {day}."],
    "lunch_place": ["{day} nunde ku n kume almosu?",
                    "meals[Select[#meal == \"lunch\" && #day == \"{day}\" &], \"place\"]",
                    "Some days I eat at the market in Bandim after selling the catch. Where did I take lunch {day}?",
                    "I desire to be apprised of the place where I lunched {day}. Your faithful enquirer."],
    "dinner_place": ["{day} nunde ku n kume janta?",
                     "meals[Select[#meal == \"dinner\" && #day == \"{day}\" &], \"place\"]",
                     "Now and then my sister feeds me so I need not light the fire again. At whose table or which stall did I sup {day}?",
                     "I desire to be apprised of the house or table at which I supped {day}."],
    "workout_kind": ["{day} ke sport ku n fasi?",
                     "workouts[Select[#day == \"{day}\" &], \"activity\"]",
                     "Bending over the roots all morning stiffens my back like old rope. What exercise took the stiffness out {day}?",
                     "I desire to be apprised of the manner of exercise I undertook {day}. Your faithful enquirer."],
    "heart_rate": ["{day} na {noun}, kantu ki heart rate media?",
                   "Mean[workouts[Select[#session == \"{noun}\" && #day == \"{day}\" &], \"bpm\"]]",
                   "Hauling a full basket through the mud sets my chest pounding. What was my mean pulse over the {noun} {day}?",
                   "I desire to be apprised of the mean beat of my heart during the {noun} {day}."],
    "sleep_quality": ["{night} n durmi diritu o mal?",
                      "sleep[Select[#night == \"{night}\" &], \"quality\"]",
                      "When the tide turns before dawn I sleep with one ear open. Was my sleep deep or full of waking {night}?",
                      "I desire to be apprised of whether my slumber was sound or troubled {night}. Your faithful enquirer."],
    "sleep_night": ["{night} kantu ora ku n durmi?",
                    "Total[sleep[Select[#night == \"{night}\" &], \"hours\"]]",
                    "The frogs in the mangroves sing half the night. How long was I asleep in hours {night}?",
                    "I desire to be apprised of the number of hours I spent asleep {night}."],
    "exercise_duration": ["{day} {noun} tarda kantu minutu?",
                          "Total[workouts[Select[#session == \"{noun}\" && #day == \"{day}\" &], \"minutes\"]]",
                          "One low tide gives me about two hours before the water comes back. How many minutes did the {noun} swallow {day}?",
                          "I desire to be apprised of the minutes occupied by the {noun} {day}. Your faithful enquirer."],
    "meeting_duration": ["{day} runion {title} tarda kantu minutu?",
                         "Total[meetings[Select[#title == \"{title}\" && #day == \"{day}\" &], \"minutes\"]]",
                         "Our pickers' group meets under the mango tree and nobody hurries. How many minutes of talk did the {title} hold me for {day}?",
                         "I desire to be apprised of how many minutes the {title} lasted {day}."],
    "distance_run": ["{day} kantu km ku n kuri?",
                     "Total[workouts[Select[#activity == \"run\" && #day == \"{day}\" &], \"km\"]]",
                     "Walking the mud is harder than running on the road. How many km of running did I put in {day}?",
                     "I desire to be apprised of the kilometres I ran {day}. Your faithful enquirer."],
    "distance_cycle": ["{day} kantu km ku bisikleta?",
                       "Total[workouts[Select[#activity == \"cycle\" && #day == \"{day}\" &], \"km\"]]",
                       "My nephew lends me his bicycle to take oysters up the road. How many km did those pedals carry me {day}?",
                       "I desire to be apprised of the kilometres I travelled by bicycle {day}."],
    "distance_swim": ["{day} kantu metru ku n nada?",
                      "Total[workouts[Select[#activity == \"swim\" && #day == \"{day}\" &], \"metres\"]]",
                      "Salt water is my workplace, but swimming in it is another thing. What tally of metres did I swim {day}?",
                      "I desire to be apprised of the metres I swam {day}. Your faithful enquirer."],
    "attendees": ["{day} kin ku staba na runion {title}?",
                  "meetings[Select[#title == \"{title}\" && #day == \"{day}\" &], \"attendees\"]",
                  "Half the women are out on the flats when a meeting is called. Who came along to the {title} {day}?",
                  "I desire to be apprised of the company that assembled for the {title} {day}."],
    "coffee_count": ["{day} kantu kafe ku n bibi?",
                     "Length[drinks[Select[#drink == \"coffee\" && #day == \"{day}\" &]]]",
                     "A flask of coffee rides in the canoe with the baskets. How many coffees had I drunk {day}?",
                     "I desire to be apprised of the number of coffees I consumed {day}. Your faithful enquirer."],
    "caffeine": ["{day} kantu mg di caffeine tudu djuntu?",
                 "Total[drinks[Select[#day == \"{day}\" &], \"caffeineMg\"]]",
                 "Early tides are only bearable with strong coffee. Adding every cup together, what was my caffeine in mg {day}?",
                 "I desire to be apprised of the milligrams of caffeine I took in, every cup counted, {day}."],
    "meeting_count": ["{day} kantu runion ku n tene?",
                      "Length[meetings[Select[#day == \"{day}\" &]]]",
                      "The cooperative calls meetings whenever the oyster price drops. How many meetings did the cooperative and the rest pull me into {day}?",
                      "I desire to be apprised of the tally of meetings I attended {day}. Your faithful enquirer."],
    "km_week": ["es simana kantu km di {activity} ku n fasi?",
                "Total[workouts[Select[#activity == \"{activity}\" && #day >= ThisMonday &], \"km\"]]",
                "I count baskets by the week and now my kilometres as well. How far has my {activity} taken me since Monday?",
                "I desire to be apprised of the kilometres of {activity} I have covered since Monday last."],
    "workouts_week": ["es simana kantu bias ku n fasi sport?",
                      "Length[workouts[Select[#day >= ThisMonday &]]]",
                      "Spring tides this week kept me on the flats from dawn. Since Monday how many workouts have I managed?",
                      "I desire to be apprised of the number of exercise sessions I have held since Monday last. Your faithful enquirer."],
    "first_coffee": ["{day} ki ora ku n bibi purmeru kafe?",
                     "Min[drinks[Select[#drink == \"coffee\" && #day == \"{day}\" &], \"time\"]]",
                     "The first cup is poured in the dark while I load the canoe. At what hour did that first dark cup reach my lips {day}?",
                     "I desire to be apprised of when the first coffee of the day was taken by me {day}."],
    "last_coffee": ["{day} ki ora ku n bibi ultimu kafe?",
                    "Max[drinks[Select[#drink == \"coffee\" && #day == \"{day}\" &], \"time\"]]",
                    "I try to stop coffee once the smoking racks are lit. At what hour did my final cup go down {day}?",
                    "I desire to be apprised of the hour of my final coffee {day}. Your faithful enquirer."],
    "first_meeting": ["{day} purmeru runion kumsa ki ora?",
                      "Min[meetings[Select[#day == \"{day}\" &], \"start\"]]",
                      "The buyers like to talk prices before the tide goes out. What hour did the earliest meeting open {day}?",
                      "I desire to be apprised of when the earliest of my meetings opened {day}."],
    "wake": ["{day} ki ora ku n korda?",
             "sleep[Select[#wokeOn == \"{day}\" &], \"wakeTime\"]",
             "The tide table decides when I rise, not the rooster. At what hour was I up off the sleeping mat {day}?",
             "I desire to be apprised of the hour at which I awoke {day}. Your faithful enquirer."],
    "bedtime": ["{night} ki ora ku n bai durmi?",
                "sleep[Select[#night == \"{night}\" &], \"bedTime\"]",
                "When the smoke has died down I can finally lie down. When did I stretch out on the mat {night}?",
                "I desire to be apprised of the hour at which I withdrew to bed {night}."],
    "dinner_on_distance": ["dia ku n {past} {km} km, ke ku n kume na janta?",
                           "meals[Select[#meal == \"dinner\" && #day == First[workouts[Select[#km == {km} && #verb == \"{past}\" &], \"day\"]] &], \"food\"]",
                           "My legs are used to mud, not to distance. The supper after I {past} {km} km, what did the pot hold that evening?",
                           "I desire to be apprised of what I supped upon on the day I {past} {km} km. Your faithful enquirer."],
    "meeting_after_workout": ["{day} dipus di {noun}, kin ku staba na runion?",
                              "meetings[Select[#day == \"{day}\" && #afterWorkout == \"{noun}\" &], \"attendees\"]",
                              "I often walk into meetings with mud still on my feet. Who sat in the meeting held after the {noun} {day}?",
                              "I desire to be apprised of who was present at the meeting that followed the {noun} {day}."],
    "lunch_on_meeting_day": ["dia di runion {title}, nunde ku n kume almosu?",
                             "meals[Select[#meal == \"lunch\" && #day == First[meetings[Select[#title == \"{title}\" &], \"day\"]] &], \"place\"]",
                             "A meeting in town means no lunch by the canoe. The {title} took me to town one day; at which spot did I lunch then?",
                             "I desire to be apprised of the place of my luncheon on the day of the {title}. Your faithful enquirer."],
    "sleep_after_meeting": ["dipus di {title}, kantu ora ku n durmi es noti?",
                            "Total[sleep[Select[#night == First[meetings[Select[#title == \"{title}\" &], \"day\"]] &], \"hours\"]]",
                            "Arguments over prices follow me into bed like mosquitoes. When the {title} let me go, how many hours of sleep did that night give me?",
                            "I desire to be apprised of how long my rest lasted on the night that came after the {title}."],
    "dinner_on_said_day": ["dia ku {who} fala di {value}, ke ku n kume na janta?",
                           "meals[Select[#meal == \"dinner\" && #day == First[talk[Select[#speaker == \"{who}\" && StringContainsQ[#text, \"{value}\"] &], \"day\"]] &], \"food\"]",
                           "At the landing everyone talks while the baskets are counted. {who} got going about {value} one day there. Which supper did I have that same day?",
                           "I desire to be apprised of what I supped upon on the day {who} made mention of {value}. Your faithful enquirer."],
    "compare_sleep": ["entre {n1} ku {n2}, kal ku n durmi mas?",
                      "sleep[Select[#night == \"{n1}\" || #night == \"{n2}\" &], GroupBy[\"night\"], Total, \"hours\"]",
                      "Night tides cut some of my nights in two. Set {n1} against {n2}: which night kept me asleep longer?",
                      "I desire to be apprised of whether I slept longer {n1} or {n2}."],
    "compare_caffeine": ["entre {d1} ku {d2}, kal dia ku n bibi mas caffeine?",
                         "drinks[Select[#day == \"{d1}\" || #day == \"{d2}\" &], GroupBy[\"day\"], Total, \"caffeineMg\"]",
                         "Some mornings the flask gets filled twice. Did {d1} put more caffeine in me than {d2} did?",
                         "I desire to be apprised of whether my caffeine was greater {d1} or {d2}. Your faithful enquirer."],
    "compare_duration": ["entre {d1} ku {d2}, kal dia ku n fasi sport mas tempu?",
                         "workouts[Select[#day == \"{d1}\" || #day == \"{d2}\" &], GroupBy[\"day\"], Total, \"minutes\"]",
                         "Neap tides leave me more free hours for training. Did I exercise more minutes {d1} or {d2}?",
                         "I desire to be apprised of whether I exercised at greater length {d1} or {d2}."],
    "compare_coffee_weeks": ["es simana n bibi mas kafe ku simana pasadu?",
                             "drinks[Select[#drink == \"coffee\" && #day >= LastMonday &], GroupBy[\"week\"], Length]",
                             "The cold season makes the flask empty faster. Is my coffee this week ahead of what it was the week before?",
                             "I desire to be apprised of whether my coffee this week exceeds that of the preceding week. Your faithful enquirer."],
    "late_coffee_sleep": ["si n bibi kafe dipus di {t}, n ta durmi menus?",
                          "nights[GroupBy[#lastCoffee >= \"{t}\" &], Mean, \"hours\"]",
                          "Evening tides keep me up and the coffee with them. On nights my last cup falls at {t} or after, is the sleep that follows cut shorter?",
                          "I desire to be apprised of whether taking coffee at {t} or later curtails my sleep."],
    "late_dinner_sleep": ["si n kume janta dipus di {t}, n ta durmi menus?",
                          "nights[GroupBy[#dinnerTime >= \"{t}\" &], Mean, \"hours\"]",
                          "When the smoking runs late supper waits until the racks are covered. Does eating at {t} or later leave me with fewer hours of sleep?",
                          "I desire to be apprised of whether supping at {t} or later curtails my sleep. Your faithful enquirer."],
    "exercise_sleep": ["dia ku n fasi sport, n ta durmi mas?",
                       "nights[GroupBy[\"trained\"], Mean, \"hours\"]",
                       "Picking wears me out one way and training another. Is my sleep any longer after a day on which I trained?",
                       "I desire to be apprised of whether a day of exercise lengthens the sleep that follows."],
    "caffeine_sleep": ["dia ku {mg} mg caffeine o mas, kuma ku n ta durmi?",
                       "nights[GroupBy[#caffeineDay >= {mg} &], Mean, \"hours\"]",
                       "On the coldest mornings I drink coffee like water. After a day with {mg} mg of caffeine or above, how does my sleep turn out?",
                       "I desire to be apprised of how I sleep following days with {mg} mg of caffeine or above. Your faithful enquirer."],
    "exercise_coffee": ["dia ku n fasi sport, n ta bibi mas kafe?",
                        "days[GroupBy[\"trained\"], Mean, \"cups\"]",
                        "A training day seems to send me back to the flask again and again. Do I get through more cups on days I trained?",
                        "I desire to be apprised of whether I take more coffee on days given to exercise."],
    "fu_day_before": ["i dia antis di el?",
                      "ReplaceAll[%, day -> DayPlus[day, -1]]",
                      "Go one tide back, to the day before.",
                      "Kindly apply the same enquiry to the preceding day."],
    "fu_meeting_length": ["i es runion, kantu minutu?",
                          "Total[ReplaceAll[%, field -> \"minutes\"]]",
                          "Meetings under the mango tree can run and run. What was the length of that one in minutes?",
                          "I desire to be apprised of the length of that meeting in minutes. Your faithful enquirer."],
    "fu_other_day": ["i {day} nbin?",
                     "ReplaceAll[%, day -> \"{day}\"]",
                     "Take it to {day} the way the tide takes the canoe.",
                     "Kindly apply the same enquiry to {day}."],
    "fu_other_person": ["i {who} nbin?",
                        "ReplaceAll[%, who -> \"{who}\"]",
                        "Take it to {who} the way the tide takes the canoe.",
                        "Kindly apply the same enquiry to {who}."],
    "fu_night_before": ["i noti antis di el?",
                        "ReplaceAll[%, night -> DayPlus[night, -1]]",
                        "Go one tide back, to the night before.",
                        "Kindly apply the same enquiry to the preceding night."],
    "fu_today": ["i aos, ti gosi?",
                 "ReplaceAll[%, day -> Today, upTo -> Now]",
                 "Take it to today, only what has happened so far on the flats.",
                 "Kindly apply the same enquiry to today, as much of it as has elapsed."],
}
"""Every key's four templates, in the four voices' order: code-switch, terse, remark, formal."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = KRIOL[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"dia {_full(day)} ({wd})", f"{wd} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"aos {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"onti {_slash(day)}"]
    return [f"{wd} {_slash(day)}", f"dia {_slash(day)} ({wd})", f"{wd} {_words(day)}", f"na {wd} {_slash(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"noti di {KRIOL[day.weekday()]} {_slash(day)} pa {_slash(after)}",
               f"noti di {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"onti noti {_slash(day)} pa {_slash(after)}"]
    return options
