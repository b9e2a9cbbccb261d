"""Question phrasings of the answers benchmark's one hundred and eighth tuning set, ``dev108`` (docs/benchmarks.md, "Answers").

``dev108`` was the held-out set until 2026-12-06, when, after its measurement at ab1aa3c (grounded
accuracy 0.506; worst category comparison 0.227; unsupported 0.011; abstention 0.864; p95 0.028 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev107``, answers_dev107_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young welder at a pipe works in Izhevsk, who types lower case, switching between English and
  Udmurt (udmurt kyl, a Permic language of the Uralic family, spoken in Udmurtia, a republic of
  Russia; no earlier set's language nor a close relative of one: no earlier set is in a Permic
  language, and Finnish, Estonian and Hungarian, earlier sets' languages, are Uralic relatives only
  at a great distance, of other branches) inside a sentence, in Latin letters. The Udmurt here is
  the writer's own approximation from the language's commonest words (question words, today,
  yesterday, night, weekdays, meals, sleep, how many, where, who); no speaker has checked it. What
  the set tests is how the planner reads English mixed with a language it has never seen;
- a metrologist at a calibration laboratory in Izhevsk, who types every question as one MATLAB
  expression with logical indexing: a table's field indexed by a comparison of its fields
  ('meals.food(meals.kind=="lunch" & meals.day=="...")'), 'nnz(...)' for counts, 'sum(...)' for
  totals, 'min(...)' and 'max(...)' for firsts and lasts, a two-element string array indexed by
  'argmax' for two compared, a difference of two 'mean(...)'s for habits; no question mark of his
  own, no brace; his follow-ups call 'rerun(q, ...)' with name=value arguments;
- an attendant at a public bathhouse in Izhevsk, who starts with a remark from her work (the
  heater and its stones, the firebox and the stoker, splitting firewood, the birch besoms, the
  steam room, the ladle, the regular bathers, closing time) before she asks;
- a retired choirmaster in Izhevsk, who writes formal sentences with formulas of his own: "I ask
  you to be good enough to find ...", closed with "I remain your obedient correspondent.", and
  "I beg the favour of learning ..."; his follow-ups open with "I put that very question again,
  this time of ...".

Of the Udmurt words, those another module holds as a word are short ordinary ones, English words or
words another language happens to share, kept (listed in the commit that wrote this set); no other
module holds "Udmurt", "Udmurtia", "Izhevsk", "MATLAB", "nnz(", "argmax", "rerun(q", "welder",
"metrologist", "bathhouse", "besom", "firebox", "steam room", "choirmaster", "I ask you to be good
enough", "I remain your obedient correspondent", "I beg the favour of learning" or "I put that very
question", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev108 life lives in Europe/Samara, the zone Udmurtia keeps, in Izhevsk, from Monday 8
December 2036 to 23 December; Udmurtia has kept Samara Time (UTC+4) all year since 2014, with no
summer time (zoneinfo gives one offset over its 16 days), so no clock changes inside it. Dates are written as
people in Izhevsk write them: day first, mostly with dots, both padded, and the year in full
("08.12.2036"), or the day and month alone the same way ("08.12"), sometimes with slashes instead
("08/12", "08/12/2036"), as people there type them in messages; in words the day's number before
the month, in English ("8 December"), with the year after them for a day that may lie outside the
life ("8 December 2036"). Weekdays are in Udmurt, with capitals: "Vordiskon" for Monday, "Pukson",
"Virnunal", "Pokchiarna", "Udmurtarna", "Kosnunal" and "Arnyanunal" for Sunday: a day as its
weekday and the dotted day ("Vordiskon 08.12"), as the slashed day and its weekday in brackets
("08/12 (Vordiskon)"), as its weekday and the date in words ("Vordiskon 8 December"), or as its
weekday, "nunal" (day) and the dotted day ("Vordiskon nunal 08.12"); for a day that may lie outside
the life always with the year ("Vordiskon 08.12.2036", "08/12/2036 (Vordiskon)", or "Vordiskon 8
December 2036"); today and yesterday alone, or as "tunne" (today) and "tolon" (yesterday) with the
dotted day after them. A night is named by the weekday it starts on, "uy" (night) and its two
dotted days ("Vordiskon uy 08.12-09.12"), or as "the uy of" and the date in words ("the uy of 8
December"); last night alone, "last night", or as "tolon uy" with its two dotted days. No day's
name ends in a dot, so that no question ends in two dots. Workouts are named with places in
Udmurtia: along the embankment of the Izhevsk pond, through the Summer Garden in Izhevsk, round the
pond at Votkinsk; out to the open-air museum at Ludorvay, to Zavyalovo and back, along the Kama at
Sarapul; at a sports pool in Izhevsk and in an ice-hole cut in the Izhevsk pond; a school hall in
Glazov and a studio near the Kalashnikov museum; a bouldering gym in Izhevsk and an indoor wall in
Votkinsk.
"""


from __future__ import annotations

from datetime import date, timedelta

UDMURT = ("Vordiskon", "Pukson", "Virnunal", "Pokchiarna", "Udmurtarna", "Kosnunal", "Arnyanunal")
"""Udmurt weekdays as this set names them, Monday to Sunday, with a capital, in Latin letters (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the embankment of the Izhevsk pond", "run through the Summer Garden in Izhevsk",
                 "run round the pond at Votkinsk"),
         "cycle": ("ride out to the open-air museum at Ludorvay", "ride to Zavyalovo and back",
                   "ride along the Kama at Sarapul"),
         "swim": ("swim at a sports pool in Izhevsk", "swim in the ice-hole cut in the Izhevsk pond"),
         "yoga": ("yoga class in a school hall in Glazov", "yoga session at a studio near the Kalashnikov museum"),
         "climb": ("climb at a bouldering gym in Izhevsk", "climb at an indoor wall in Votkinsk")}
"""What this set's questions call a workout of each activity: places in Udmurtia."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} mynym kudiz kniga lyddyny shuiz?",
             "books.title(books.recommended_by==\"{who}\")",
             "Between stoking the heater and hanging the besoms there is an hour for reading. Which book did {who} press on me?",
             "I ask you to be good enough to find the book that {who} counselled me to read. I remain your obedient correspondent."],
    "film": ["{who} mynym kudiz kino uchkyny shuiz?",
             "films.title(films.recommended_by==\"{who}\")",
             "After the last bathers leave I mop the benches and then want a screen. What film was it that {who} told me to watch?",
             "I beg the favour of learning which picture {who} put forward for my viewing."],
    "offsite": ["{who} offsite-ez kytchy vuttiz, kudiz gurt?",
                "offsites.town(offsites.moved_by==\"{who}\" & offsites.latest)",
                "Our manager moved the staff party to the lakeside banquet hall once and nobody came. And the offsite, which town did {who} shift it to?",
                "I ask you to be good enough to find the town to which {who} transferred the offsite. I remain your obedient correspondent."],
    "restaurant": ["{who} mynym kudiz restaurant-ez shuiz, kytyn siyon umoy?",
                   "places.name(places.kind==\"restaurant\" & places.praised_by==\"{who}\")",
                   "Bathers talk of food the whole time they sit in the steam. Which restaurant did {who} say was worth my money?",
                   "I beg the favour of learning the name of the eating place {who} spoke so well of."],
    "flight": ["{who} samolet-en kuke lyktoz?",
               "flights.lands_at(flights.passenger==\"{who}\")",
               "Travellers come straight from the airport to sweat off the journey. What is the landing time of the plane that brings {who}?",
               "I ask you to be good enough to find at what hour the aircraft carrying {who} is due to come down. I remain your obedient correspondent."],
    "dog": ["{who} pinal puny basytiz, solen nimyz mar?",
            "pets.name(pets.owner==\"{who}\" & pets.kind==\"puppy\")",
            "The stoker's dog sleeps by the warm wall of the firebox all winter. What did {who} name the puppy that is new to the house?",
            "I beg the favour of learning what name has been given to the young dog {who} acquired."],
    "launch": ["{who} {project} launch-ez kudiz date-e vuttiz?",
               "launches.new_date(launches.project==\"{project}\" & launches.moved_by==\"{who}\")",
               "When the boiler fails the whole bathhouse opens a day late. And the {project} launch, what date did {who} slide it to?",
               "I ask you to be good enough to find the date to which {who} put off the launch of {project}. I remain your obedient correspondent."],
    "age": ["{who} nylyz vordskem nunal-e köny ares luoz?",
            "kids.age(kids.parent==\"{who}\" & kids.sex==\"F\") + 1",
            "Little girls come in with their mothers on women's day and count the ladle-fulls of water. How old will the daughter of {who} be once her birthday arrives?",
            "I beg the favour of learning the age the daughter of {who} reaches at her next birthday."],
    "podcast": ["{who} mynym kudiz podcast kylzyny shuiz?",
                "podcasts.title(podcasts.recommended_by==\"{who}\")",
                "Splitting firewood for the heater goes faster with something in my ears. What podcast did {who} put my way?",
                "I ask you to be good enough to find the podcast {who} recommended that I hear. I remain your obedient correspondent."],
    "breakfast_food": ["{day} chukna mar sii mon?",
                       "meals.food(meals.kind==\"breakfast\" & meals.day==\"{day}\")",
                       "The stove has to be lit two hours before the doors open, so I eat standing. What did the stove-side breakfast consist of {day}?",
                       "I beg the favour of learning of what my morning repast consisted {day}."],
    "lunch_food": ["{day} nunaz mar sii mon?",
                   "meals.food(meals.kind==\"lunch\" & meals.day==\"{day}\")",
                   "Midday is quiet at the bathhouse, only the old men in the steam. Which food filled that quiet hour {day}?",
                   "I ask you to be good enough to find what was served to me at luncheon {day}. I remain your obedient correspondent."],
    "dinner_food": ["{day} zhyt siyon mar val?",
                    "meals.food(meals.kind==\"dinner\" & meals.day==\"{day}\")",
                    "By closing time I smell of birch leaves and woodsmoke. Which dish came home with me from the kitchen for dinner {day}?",
                    "I beg the favour of learning what I ate at my evening meal {day}."],
    "lunch_place": ["{day} nunaz siyon kytyn sii mon?",
                    "meals.place(meals.kind==\"lunch\" & meals.day==\"{day}\")",
                    "Some days I eat in the boiler room, some days at the canteen over the road. Which of the two got my lunch money {day}?",
                    "I ask you to be good enough to find the place where I took my midday meal {day}. I remain your obedient correspondent."],
    "dinner_place": ["{day} zhyt siyon kytyn sii mon?",
                     "meals.place(meals.kind==\"dinner\" & meals.day==\"{day}\")",
                     "On late shifts I eat wherever is still open when the last bather goes. At which place did I have dinner {day}?",
                     "I beg the favour of learning at what establishment I dined {day}."],
    "workout_kind": ["{day} kudiz sport-en mon vetli?",
                     "workouts.activity(find(workouts.day==\"{day}\", 1))",
                     "Carrying wet besoms up the stairs all day is exercise of a sort. Leaving the stairs aside, which proper sport got done {day}?",
                     "I ask you to be good enough to find the form of exercise I took {day}. I remain your obedient correspondent."],
    "heart_rate": ["{noun} {day} dyrya, average heart rate köny val?",
                   "mean(workouts.hr(workouts.name==\"{noun}\" & workouts.day==\"{day}\"))",
                   "In the steam room my heart pounds and I never count it. Give me the heart rate the {noun} averaged {day}, beats a minute.",
                   "I beg the favour of learning the mean heart rate I kept through the {noun} {day}."],
    "sleep_quality": ["{night} umoy izi-a ug-a?",
                      "nights.quality(nights.name==\"{night}\")",
                      "The smell of smoke stays in my hair through the night. Did the smoke let me rest decently {night}, or not?",
                      "I ask you to be good enough to find whether I slept soundly or fitfully {night}. I remain your obedient correspondent."],
    "sleep_night": ["{night} köny chas izi mon?",
                    "nights.hours(nights.name==\"{night}\")",
                    "Tending a firebox from six to ten leaves me dead on my feet. For how many hours was I out {night}?",
                    "I beg the favour of learning how many hours of sleep I obtained {night}."],
    "exercise_duration": ["{day} {noun} köny minut val?",
                          "workouts.minutes(workouts.name==\"{noun}\" & workouts.day==\"{day}\")",
                          "A proper steaming lasts twenty minutes, no longer. Against those twenty, what did the {noun} {day} last in minutes?",
                          "I ask you to be good enough to find the length in minutes of the {noun} {day}. I remain your obedient correspondent."],
    "meeting_duration": ["{day} {title} köny minut munditiz?",
                         "meetings.minutes(meetings.title==\"{title}\" & meetings.day==\"{day}\")",
                         "The director's talks with the staff run on while the water cools. Tell me in minutes how long the {title} took {day}.",
                         "I beg the favour of learning how many minutes were occupied by the {title} {day}."],
    "distance_run": ["{day} köny km bizi mon?",
                     "sum(workouts.km(workouts.activity==\"run\" & workouts.day==\"{day}\"))",
                     "Running in the frost is the opposite of my working day. Tell me the km my legs ran {day}.",
                     "I ask you to be good enough to find the kilometres I ran {day}. I remain your obedient correspondent."],
    "distance_cycle": ["{day} velik-en köny km?",
                       "sum(workouts.km(workouts.activity==\"cycle\" & workouts.day==\"{day}\"))",
                       "My bicycle stands in the woodshed between the log piles. What did the bicycle carry me, km by km, {day}?",
                       "I beg the favour of learning the kilometres I rode on my bicycle {day}."],
    "distance_swim": ["{day} köny metr ujai mon?",
                      "sum(workouts.metres(workouts.activity==\"swim\" & workouts.day==\"{day}\"))",
                      "Cold water after the steam is my trade, but swimming laps is my own choice. The length of my laps {day}, added up in metres?",
                      "I ask you to be good enough to find the number of metres I covered swimming {day}. I remain your obedient correspondent."],
    "attendees": ["{day} {title}-e kin lyktiz?",
                  "meetings.attendees(meetings.title==\"{title}\" & meetings.day==\"{day}\")",
                  "I know the regulars by the towels they bring. Whose faces were round the table at the {title} {day}?",
                  "I beg the favour of learning the names of those present at the {title} {day}."],
    "coffee_count": ["{day} köny kofe juy mon?",
                     "nnz(coffees.day==\"{day}\")",
                     "The samovar in the rest room is meant for tea but I brew coffee on the heater. How many cups did the heater brew for me {day}?",
                     "I ask you to be good enough to find the number of coffees I drank {day}. I remain your obedient correspondent."],
    "caffeine": ["{day} köny mg caffeine?",
                 "sum(coffees.mg(coffees.day==\"{day}\"))",
                 "Heat and coffee together make my head swim by the afternoon. Total up my caffeine {day} in mg.",
                 "I beg the favour of learning the total caffeine in milligrams I took in {day}."],
    "meeting_count": ["{day} köny meeting val?",
                      "nnz(meetings.day==\"{day}\")",
                      "Each meeting means the stoker minds the fire without me. Count the meetings that dragged me from the firebox {day}.",
                      "I ask you to be good enough to find how many meetings I attended {day}. I remain your obedient correspondent."],
    "km_week": ["Vordiskon-ysen {activity} köny km?",
                "sum(workouts.km(workouts.activity==\"{activity}\" & workouts.day>=this_vordiskon))",
                "The bathhouse is shut on Vordiskon, on Monday, so that is when my week begins. How many km of {activity} since that day?",
                "I beg the favour of learning the kilometres of {activity} I have accumulated since Monday."],
    "workouts_week": ["tu arna köny workout?",
                      "nnz(workouts.week==week(today))",
                      "Hauling logs to the heater is not training, sadly. Real sessions, not logs: how many since the week opened?",
                      "I ask you to be good enough to find how many times I have trained this week. I remain your obedient correspondent."],
    "first_coffee": ["{day} nyrysetiez kofe kuke juy?",
                     "min(coffees.time(coffees.day==\"{day}\"))",
                     "The first cup is drunk while the stones are still heating. When did that first cup go down {day}?",
                     "I beg the favour of learning when I took my earliest cup of coffee {day}."],
    "last_coffee": ["{day} berpumetiez kofe kuke juy?",
                    "max(coffees.time(coffees.day==\"{day}\"))",
                    "The last cup comes when the ash is raked out. What o'clock was the last cup {day}?",
                    "I ask you to be good enough to find at what time my last coffee was drunk {day}. I remain your obedient correspondent."],
    "first_meeting": ["{day} nyrysetiez meeting kuke kutskiz?",
                      "min(meetings.start(meetings.day==\"{day}\"))",
                      "Meetings never wait until the heater is going. When did my earliest meeting start {day}?",
                      "I beg the favour of learning the hour at which my first meeting commenced {day}."],
    "wake": ["{day} kuke sayki mon?",
             "days.woke(days.name==\"{day}\")",
             "The heater needs a match long before daylight. At what hour was I up and reaching for the matches {day}?",
             "I ask you to be good enough to find the hour of my waking {day}. I remain your obedient correspondent."],
    "bedtime": ["{night} kuke izyny vydi?",
                "nights.bed(nights.name==\"{night}\")",
                "After a closing shift I still smell of the steam as I lie down. What time did I turn in {night} by the clock?",
                "I beg the favour of learning the hour at which I went to bed {night}."],
    "dinner_on_distance": ["{km} km {past} nunal-e zhyt siyon mar val?",
                           "meals.food(meals.kind==\"dinner\" & meals.day==workouts.day(workouts.verb==\"{past}\" & workouts.distance_km=={km}))",
                           "A long outing leaves me hungrier than ten hours at the firebox. When the outing was {km} km {past}, which dinner closed that day?",
                           "I ask you to be good enough to find my evening meal on the day I {past} {km} km. I remain your obedient correspondent."],
    "meeting_after_workout": ["{day} {noun} bere meeting-e kin lyktiz?",
                              "meetings.attendees(meetings.day==\"{day}\" & meetings.begins>workouts.ends(workouts.name==\"{noun}\"))",
                              "I come from exercise red in the face, as if straight from the steam. Which people faced me in the meeting once the {noun} {day} was over?",
                              "I beg the favour of learning who attended the meeting that followed the {noun} {day}."],
    "lunch_on_meeting_day": ["{title} nunal-e nunaz siyon kytyn val?",
                             "meals.place(meals.kind==\"lunch\" & meals.day==meetings.day(meetings.title==\"{title}\"))",
                             "On meeting days the stoker covers for me at noon and I eat out. While he covered for me on the date of the {title}, which place fed me at noon?",
                             "I ask you to be good enough to find where I lunched on the day of the {title}. I remain your obedient correspondent."],
    "sleep_after_meeting": ["{title} bere uy köny chas izi?",
                            "nights.hours(nights.start==meetings.day(meetings.title==\"{title}\"))",
                            "After a bad meeting I lie awake listening to the pipes tick. Once the {title} had let me go, how many hours of sleep did the ticking pipes leave me that night?",
                            "I beg the favour of learning the length of my sleep on the night after the {title}."],
    "dinner_on_said_day": ["{who} {value} syarys verashkem nunal-e zhyt siyon mar val?",
                           "meals.food(meals.kind==\"dinner\" & meals.day==remarks.day(remarks.by==\"{who}\" & remarks.about==\"{value}\"))",
                           "Bathers tell each other everything once the steam has loosened them. {who} went on and on about {value} one day. Which dinner did I sit down to the evening of that talk?",
                           "I ask you to be good enough to find my dinner on the day {who} talked about {value}. I remain your obedient correspondent."],
    "compare_sleep": ["{n1} yake {n2}, kudiz uy tros izi?",
                      "[\"{n1}\" \"{n2}\"](argmax([nights.hours(nights.name==\"{n1}\") nights.hours(nights.name==\"{n2}\")]))",
                      "Some nights the heat of the day still hums in me and some nights it drains away. Weigh {n1} up with {n2}: which one had more hours of sleep in it?",
                      "I beg the favour of learning which of {n1} and {n2} afforded me the longer sleep."],
    "compare_caffeine": ["{d1} yake {d2}, kudiz nunal caffeine tros?",
                         "[\"{d1}\" \"{d2}\"](argmax([sum(coffees.mg(coffees.day==\"{d1}\")) sum(coffees.mg(coffees.day==\"{d2}\"))]))",
                         "Double shifts before a holiday mean double coffee. Which of the two days put more caffeine in me: {d1}, {d2}?",
                         "I ask you to be good enough to find which day held more caffeine for me, as between {d1} and {d2}. I remain your obedient correspondent."],
    "compare_duration": ["{d1} yake {d2}, kudiz nunal workout kuzyn?",
                         "[\"{d1}\" \"{d2}\"](argmax([sum(workouts.minutes(workouts.day==\"{d1}\")) sum(workouts.minutes(workouts.day==\"{d2}\"))]))",
                         "Some days the shift leaves time for a long session and some days barely any. Line up {d1} with {d2}: on which did my exercise run longer?",
                         "I beg the favour of learning which of the two days saw me exercise longer, {d1} being the one and {d2} the other."],
    "compare_coffee_weeks": ["tu arna kofe tros-a, ortchem arna-les?",
                             "nnz(coffees.week==week(today)) > nnz(coffees.week==week(today)-1)",
                             "The coffee tin behind the heater empties faster in winter. Is this week's coffee count above last week's?",
                             "I ask you to be good enough to find whether I have drunk more coffee this week than in the week before it. I remain your obedient correspondent."],
    "late_coffee_sleep": ["{t} bere kofe juy ke, izem ichi luo-a?",
                          "mean(nights.hours(nights.last_coffee>=\"{t}\")) - mean(nights.hours(nights.last_coffee<\"{t}\"))",
                          "A cup by the heater at the end of a late shift is hard to refuse. Does a coffee at {t} or later cut my sleep short?",
                          "I beg the favour of learning whether coffee taken at {t} or afterwards diminishes my sleep."],
    "late_dinner_sleep": ["{t} bere zhyt siyon sii ke, izem ichi luo-a?",
                          "mean(nights.hours(nights.dinner_at>=\"{t}\")) - mean(nights.hours(nights.dinner_at<\"{t}\"))",
                          "On late shifts I eat after the doors are locked. Does a dinner at {t} or past it trim my night?",
                          "I ask you to be good enough to find whether a dinner at {t} or later leaves me with less sleep. I remain your obedient correspondent."],
    "exercise_sleep": ["workout nunal bere uy tros izi-a?",
                       "mean(nights.hours(nights.after_workout)) - mean(nights.hours(~nights.after_workout))",
                       "The old men swear a good sweat is the best sleeping draught. Does a day with a workout buy me more sleep on the night that follows?",
                       "I beg the favour of learning whether my nights are longer following the days on which I exercise."],
    "caffeine_sleep": ["{mg} mg caffeine yake tros nunal bere, izem kyzy?",
                       "mean(nights.hours(nights.prior_mg>={mg})) - mean(nights.hours(nights.prior_mg<{mg}))",
                       "Too much coffee and the steam room feels like an oven to me. What becomes of my sleep after days with {mg} mg of caffeine or more?",
                       "I ask you to be good enough to find how I sleep after days on which my caffeine comes to {mg} mg or more. I remain your obedient correspondent."],
    "exercise_coffee": ["workout nunal-yos kofe tros juo-a mon?",
                        "mean(days.coffees(days.has_workout)) - mean(days.coffees(~days.has_workout))",
                        "The heater gets its wood whether I train or not. Do my exercise days come with more coffee than the rest?",
                        "I beg the favour of learning whether I drink more coffee on days when I exercise."],
    "fu_day_before": ["soles azvyl nunal?",
                      "rerun(q, day=q.day - 1)",
                      "Shift it one day earlier, please.",
                      "I put that very question again, this time of the day before."],
    "fu_meeting_length": ["so meeting köny minut val?",
                          "meetings.minutes(meetings.id==q.meeting)",
                          "That meeting kept me away from the fire. For how many minutes?",
                          "I ask you to be good enough to find how many minutes that meeting ran. I remain your obedient correspondent."],
    "fu_other_day": ["{day} ke?",
                     "rerun(q, day=\"{day}\")",
                     "Swap the day for {day}.",
                     "I put that very question again, this time of {day}."],
    "fu_other_person": ["{who} ke?",
                        "rerun(q, who=\"{who}\")",
                        "Swap the person for {who}.",
                        "I put that very question again, this time of {who}."],
    "fu_night_before": ["soles azvyl uy?",
                        "rerun(q, night=q.night - 1)",
                        "Shift it one night earlier, please.",
                        "I put that very question again, this time of the night before."],
    "fu_today": ["tunne, ali vylem?",
                 "rerun(q, day=\"today\", upto=datetime(\"now\"))",
                 "Swap in today, counting until the present hour.",
                 "I put that very question again, this time of today, counting only until the present."],
}
"""Every key's four templates, in the four voices' order: code-switch, terse, remark, formal."""


def _full(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _dots(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = UDMURT[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_slash(day)}/{day.year} ({wd})", f"{wd} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"tunne {_dots(day)}"]
    if back == 1:
        return ["yesterday", f"tolon {_dots(day)}"]
    return [f"{wd} {_dots(day)}", f"{_slash(day)} ({wd})", f"{wd} {_words(day)}", f"{wd} nunal {_dots(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{UDMURT[day.weekday()]} uy {_dots(day)}-{_dots(after)}",
               f"the uy of {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"tolon uy {_dots(day)}-{_dots(after)}"]
    return options
