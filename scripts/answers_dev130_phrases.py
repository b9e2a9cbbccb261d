"""Question phrasings of the answers benchmark's one hundred and thirtieth tuning set, ``dev130`` (docs/benchmarks.md, "Answers").

``dev130`` was the held-out set until 2026-12-07, when, after its measurement at fa6cbd5 (grounded
accuracy 0.356; worst category multi-hop 0.0; unsupported 0.0; abstention 0.773; p95 0.035 s), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev129``, answers_dev129_phrases.py) on 2026-12-07, and was written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order). All four live on Santa Cruz, in the Galápagos Islands,
Ecuador:

- a young Kichwa woman from Salasaka, of the highland families that settled in Puerto Ayora, who
  types English in lower case and switches between English and Kichwa inside a sentence, the Kichwa
  in the unified alphabet Ecuador's bilingual schools teach, every number in a question a number.
  Kichwa is of the Quechuan family, of which no earlier set has a language (no earlier module names
  Kichwa, Quichua, Quechua or Aymara, and no earlier set lives in South America or switches into a
  language of the Americas). The Kichwa here is the writer's own approximation, checked by no speaker:
  ima/imatak what, maypitak where, pikunatak who (of several), ima horastak at what time, mashna/
  mashnatak how many or how much, maykan which, shutin its name, nirka (he or she) said, rimarka spoke,
  -manta about or from, rikuy watch, uyay listen, kamu book, allku dog, ushushi daughter, wata year,
  mikuna wasi restaurant (eating house), chayamunka will arrive, kanka will be, karka was, mikurkani I
  ate, upyarkani I drank, puñurkani I slept, kallparkani I ran, waytarkani I swam, rurarkani I did,
  rikcharirkani I woke, puñunaman rirkani I went to sleep, kallarirka it began, tantanakuy meeting,
  tutamanta in the morning, chawpi punlla midday, chishi evening, kallarik first, puchukak last,
  shamuk next, kipa after, ñawpa former, ñawpaman back (earlier), shuk one, ashtawan more, ashalla
  less (a little), unay long, alli good, mana not, tukuy all, kay this, chay that, hunkay week,
  kunankama until now, -pi in or on, -pak of, -wan with, -pash and (what about), -chu ... -chu ... or,
  -tak and -chu question endings, -ka topic; weekdays Killachaw, Atichaw, Quyllurchaw, Illapachaw,
  Chaskachaw, Kuychichaw, Intichaw (Monday to Sunday, the names Ecuador's Kichwa schools use), today
  kunan punlla, yesterday kayna, night tuta, day punlla, last night kayna tuta, at night tutapi;
- an ocean modeller at a research station in Puerto Ayora, who keeps the diary as arrays and types
  every question as one line of modern free-form Fortran, lower case, as at a gfortran prompt: "print *,
  meal_food(findloc(meal_day == '...' .and. meal_kind == 'lunch', .true., dim=1))" for a value,
  pack(...) for a second way, sum(..., mask = ...) and count(...) for sums and counts, minval/maxval
  with a mask for firsts and lasts, two sums or two means (sum over count, with .not. for the other
  side) for comparisons and habits, "j = findloc(...); print *, ..." for a day named by a meeting or by
  what was said on it, a variable monday (with a "! monday = this week's" comment) for the week; no
  brace and no two dots in a row; follow-ups a comment that reruns the last line ("! same again with
  day = '...'") or print the meeting last found. Earlier sets typed SQL dialects, q, ABAP, Access, M,
  Lisp, AppleScript, Spark/Scala, FoxPro, PHP, SPSS, DAX, MATLAB, Rust, Prolog (dev91), R's tidyverse
  (dev97), pandas, Excel (dev109), Rails (dev115), Pig (dev117), ABL (dev129), ldapsearch with grep
  (dev99) and more, none of them Fortran: no other module holds "Fortran", "findloc", "minval",
  "maxval", "print *" or ".true."; the operator ".and." is FoxPro's too (dev125's ".AND.");
- a water-taxi driver in Academy Bay, who ferries people between the landing in Puerto Ayora, the
  yachts at anchor and the Itabaca Channel, and makes a remark from that working life before each
  question (the landing steps and the kiosk there, sea lions on his seats, frigatebirds on the mast,
  the port captain's and the drivers' cooperative's meetings, night charters and the captain's flask,
  the swell, Baltra's planes); his follow-ups open "One more while the water taxi idles:". No other
  module holds "water taxi", "Academy Bay", "Itabaca", "sea lion", "frigatebird" or "Baltra" ("skipper"
  and "pier", in two modules each, were set aside);
- a lichenologist who surveys the Scalesia forest of the Santa Cruz highlands and writes formal
  sentences with formulas found in no other module ("For the lichenologist's register, let the diary
  declare ...", the sign-off "Entered among the Scalesia, Santa Cruz.", follow-ups "Of the same thallus,
  let the diary further declare ..."), his calling found in none either (no module holds
  "lichenologist", "thallus", "Scalesia", "let the diary" or "Entered among"; "Set down at" (six
  modules) and "respectfully" (five) were set aside before writing).

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev130 life lives in Pacific/Galapagos, the zone of Ecuador's Galápagos province, six hours
behind Greenwich all year, with no summer time (zoneinfo gives one offset over its 16 days), on Santa
Cruz, from Monday 11 May 2037 to 26 May 2037. Dates are written as people in Ecuador write them: day
first, with slashes and the year in full, padded ("11/05/2037") or not ("11/5/2037"), a day named with
its Kichwa weekday before the padded date ("Killachaw 11/05/2037") or with "punlla" (day) and a comma
before the unpadded one ("Killachaw punlla, 11/5/2037"); today and yesterday alone, or as kunan punlla
(today) with the date in brackets or kayna (yesterday) with its weekday in brackets. A night is named
as its weekday, "tuta" and the padded date ("Killachaw tuta 11/05/2037") or as the unpadded date,
"tutapi" (at night) and its weekday in brackets ("11/5/2037 tutapi (Killachaw)"); last night alone or
as kayna tuta with the date in brackets. No day's name ends in a dot. Workouts are named with places on
Santa Cruz: Tortuga Bay, the road up to Bellavista, Charles Darwin Avenue; the Santa Rosa highlands and
the Itabaca Channel; Las Grietas and the beach at Tortuga Bay; a rooftop in Puerto Ayora and Pelican
Bay; the crag near El Chato and the lava walls at Garrapatero.
"""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("Killachaw", "Atichaw", "Quyllurchaw", "Illapachaw", "Chaskachaw", "Kuychichaw", "Intichaw")
"""Weekdays as this set's Kichwa writer types them, Monday to Sunday, with a capital."""

NOUNS = {"run": ("run out to Tortuga Bay", "run up the road to Bellavista", "run along Charles Darwin Avenue"),
         "cycle": ("ride up to the Santa Rosa highlands", "ride out to the Itabaca Channel"),
         "swim": ("swim at Las Grietas", "swim off the beach at Tortuga Bay"),
         "yoga": ("yoga session on the rooftop in Puerto Ayora", "yoga class by Pelican Bay"),
         "climb": ("climb at the crag near El Chato", "climb on the lava walls at Garrapatero")}
"""What this set's questions call a workout of each activity: places on Santa Cruz, Galápagos."""

G = "For the lichenologist's register, let the diary declare"
S = "Entered among the Scalesia, Santa Cruz."
F = "One more while the water taxi idles:"
D = "Of the same thallus, let the diary further declare"

PHRASES: dict[str, list[str]] = {
    "book": ["{who} nirka chay kamu, imatak shutin? name gone from my head",
             "print *, tip_title(findloc(tip_giver == '{who}' .and. tip_kind == 'book', .true., dim=1))",
             "Tourists leave paperbacks under the seats of my water taxi all the time. The book {who} kept pressing on me, what title does it carry?",
             f"{G} the title of the volume {{who}} commended to him. {S}"],
    "film": ["{who} rikuy nirka film, imatak?",
             "print *, pack(tip_title, tip_kind == 'film' .and. tip_giver == '{who}')",
             "On windy nights nobody wants a boat, so I watch films in the cabin. Name the film {who} swore was worth my evening.",
             f"{G} the motion picture {{who}} judged worth the viewing."],
    "offsite": ["{who} nirka offsite kunanka maypitak?",
                "print *, news_venue(findloc(news_teller == '{who}', .true., dim=1, back=.true.))",
                "The harbour office moves the taxi rank every season; the offsite shifts just as much. Since {who} brought word of the change, at which venue does it gather these days?",
                "For the lichenologist's register, let the diary declare the present venue of the offsite, {who} having brought the news. Entered among the Scalesia, Santa Cruz."],
    "restaurant": ["{who} alli nirka mikuna wasi, maypitak?",
                   "print *, tip_place(findloc(tip_kind == 'restaurant' .and. tip_giver == '{who}', .true., dim=1))",
                   "Between runs I eat empanadas on the landing steps, but I want a proper table one night. Which eatery got a good word from {who}?",
                   f"{G} the dining room that {{who}} spoke well of."],
    "flight": ["{who}-pak flight ima horastak chayamunka?",
               "print *, flight_arrival(findloc(flight_traveller == '{who}', .true., dim=1))",
               "Every plane lands on Baltra and then half its passengers want my boat. The plane carrying {who}, when do its wheels hit the runway?",
               f"{G} the hour of arrival of the aircraft bearing {{who}}. {S}"],
    "dog": ["{who}-pak allku, imatak shutin?",
            "print *, pet_name(findloc(pet_owner == '{who}' .and. pet_species == 'dog', .true., dim=1))",
            "The sea lions sleep on my seats and I have given every one a name. And the dog belonging to {who}, what name goes with it?",
            f"{G} the name given to the hound kept by {{who}}."],
    "launch": ["{project} launch {who} nirka, kunanka ima punllatak?",
               "print *, launch_date(findloc(launch_project == '{project}' .and. launch_teller == '{who}', .true., dim=1, back=.true.))",
               "A swell can keep my boat tied up for days, so I know how dates slide. {who} reports that {project} has been pushed back; on what date does it go out now?",
               "For the lichenologist's register, let the diary declare the date to which the launch of {project} has been moved, {who} having related it. Entered among the Scalesia, Santa Cruz."],
    "age": ["{who}-pak ushushi birthday kipa mashna watatak kanka?",
            "print *, child_age_next(findloc(child_parent == '{who}' .and. child_tie == 'daughter', .true., dim=1))",
            "My own girl turns nine and wants a party on the boat. Now {who} has a daughter with a birthday close; what age is she about to reach?",
            "For the lichenologist's register, let the diary declare the age the girl of {who} attains at her coming anniversary."],
    "podcast": ["{who} uyay nirka podcast, imatak?",
                "print *, pack(tip_title, tip_giver == '{who}' .and. tip_kind == 'podcast')",
                "The crossing to the Itabaca Channel is long and the engine is loud, so I wear earphones. The podcast {who} wanted in my earphones, which show was that?",
                f"{G} the podcast {{who}} proposed for his ears. {S}"],
    "breakfast_food": ["{day} tutamanta imatak mikurkani?",
                       "print *, meal_food(findloc(meal_day == '{day}' .and. meal_kind == 'breakfast', .true., dim=1))",
                       "First boat leaves at six when the bay is still flat. Before I cast off, what did breakfast consist of, {day}?",
                       f"{G} the morning meal taken, {{day}}."],
    "lunch_food": ["{day} chawpi punlla lunch imatak mikurkani?",
                   "print *, pack(meal_food, meal_kind == 'lunch' .and. meal_day == '{day}')",
                   "Noon is the busiest hour at the landing, with day trippers coming back. What midday food did I manage to grab, {day}?",
                   f"{G} the midday fare, {{day}}. {S}"],
    "dinner_food": ["{day} chishi dinner imatak mikurkani?",
                    "print *, meal_food(findloc(meal_kind == 'dinner' .and. meal_day == '{day}', .true., dim=1))",
                    "After the last run my wife grills whatever the fishermen sold cheap. What ended up on my evening plate, {day}?",
                    f"{G} the evening fare, {{day}}."],
    "lunch_place": ["{day} lunch maypitak mikurkani?",
                    "print *, meal_place(findloc(meal_day == '{day}' .and. meal_kind == 'lunch', .true., dim=1))",
                    "Some days I eat in the boat, some days at a stall up the street. At which spot did the midday meal happen, {day}?",
                    f"{G} the place of the midday meal, {{day}}. {S}"],
    "dinner_place": ["{day} dinner maypitak mikurkani?",
                     "print *, pack(meal_place, meal_day == '{day}' .and. meal_kind == 'dinner')",
                     "When the yachts stay late I eat wherever I am tied up. Where was my supper had, {day}?",
                     "For the lichenologist's register, let the diary declare the table at which supper was taken, {day}."],
    "workout_kind": ["{day} ima workouttak rurarkani?",
                     "print *, pack(wo_activity, wo_day == '{day}')",
                     "Hauling the bow line all day is no workout, my cousin says. Which real exercise got done, {day}?",
                     f"{G} the form of exercise undertaken, {{day}}. {S}"],
    "heart_rate": ["{day} {noun}-pi heart rate average mashnatak karka?",
                   "print *, wo_avg_hr(findloc(wo_day == '{day}' .and. wo_name == '{noun}', .true., dim=1))",
                   "The equator sun makes my heart race before I even start. The {noun} {day} had my watch logging a pulse; where did the average land?",
                   "For the lichenologist's register, let the diary declare the mean pulse across the {noun}, {day}."],
    "sleep_quality": ["{night} alli puñurkanichu? or mana alli",
                      "print *, rest_quality(findloc(rest_night == '{night}', .true., dim=1))",
                      "The generator on the next mooring hums all night. Did the bay let me sleep soundly or did I toss about, {night}?",
                      f"{G} whether repose proved sound or fitful, {{night}}. {S}"],
    "sleep_night": ["{night} mashna horastak puñurkani?",
                    "print *, rest_hours(findloc(rest_night == '{night}', .true., dim=1))",
                    "Early ferries to Baltra eat into my nights. Put a number of hours on my sleep, {night}.",
                    f"{G} the duration of sleep in hours, {{night}}."],
    "exercise_duration": ["{day} {noun} mashna minutostak karka?",
                          "print *, wo_minutes(findloc(wo_name == '{noun}' .and. wo_day == '{day}', .true., dim=1))",
                          "I squeeze training in while the tide is wrong for the boat. Put a count of minutes on the {noun}, {day}.",
                          f"{G} the span in minutes of the {{noun}}, {{day}}. {S}"],
    "meeting_duration": ["{day} {title} mashna minutostak karka?",
                         "print *, mtg_minutes(findloc(mtg_title == '{title}' .and. mtg_day == '{day}', .true., dim=1))",
                         "The cooperative meets in a hot room above the hardware shop. The {title} {day} kept us up there; put that in minutes for me.",
                         "For the lichenologist's register, let the diary declare the minutes the {title} occupied, {day}."],
    "distance_run": ["{day} mashna km kallparkani?",
                     "print *, sum(wo_km, mask = wo_day == '{day}' .and. wo_activity == 'run')",
                     "I run when the boat is hauled out for painting. On foot, what stretch in km did my legs take me, {day}?",
                     f"{G} the distance covered running, {{day}}. {S}"],
    "distance_cycle": ["{day} bicicletawan mashna km?",
                       "print *, sum(wo_km, mask = wo_activity == 'cycle' .and. wo_day == '{day}')",
                       "The road up to the highlands climbs the whole way from the harbour. On the bike, what km did the bike computer show, {day}?",
                       f"{G} the distance covered by bicycle, {{day}}."],
    "distance_swim": ["{day} mashna metrostak waytarkani?",
                      "print *, sum(wo_metres, mask = wo_activity == 'swim' .and. wo_day == '{day}')",
                      "I drive boats all day but I still like a swim myself. Tally the metres I swam, {day}.",
                      f"{G} the metres swum, {{day}}. {S}"],
    "attendees": ["{day} {title}-pi pikunatak karka?",
                  "print *, pack(att_person, att_meeting == '{title}' .and. att_day == '{day}')",
                  "Half the cooperative skips meetings when the cruise ships are in. Which faces did the {title} get, {day}?",
                  "For the lichenologist's register, let the diary declare the persons present at the assembly styled {title}, {day}."],
    "coffee_count": ["{day} mashna coffeetak upyarkani?",
                     "print *, count(cup_day == '{day}')",
                     "The kiosk at the landing sells coffee in paper cups that burn your fingers. Tally the cups I bought there and elsewhere, {day}.",
                     "For the lichenologist's register, let the diary declare a count of the coffees consumed, {day}. Entered among the Scalesia, Santa Cruz."],
    "caffeine": ["{day} caffeine mg tukuy mashnatak?",
                 "print *, sum(cup_mg, mask = cup_day == '{day}')",
                 "Island coffee from the highlands is strong stuff. Adding up every paper cup, what caffeine went into me in mg, {day}?",
                 f"{G} the total of caffeine in mg, {{day}}."],
    "meeting_count": ["{day} mashna tantanakuytak karka?",
                      "print *, count(mtg_day == '{day}')",
                      "The port captain calls the taxi drivers in whenever a rule changes. Tally the meetings that kept me off the water, {day}.",
                      f"{G} the count of meetings attended, {{day}}. {S}"],
    "km_week": ["kay hunkay {activity} mashna km? Killachawmanta",
                "print *, sum(wo_km, mask = wo_activity == '{verb}' .and. wo_date >= monday)  ! monday = this week's",
                "Low season means fewer runs to the yachts and more time to {verb}. Since the week began on Monday, what km does that make?",
                f"{G} the distance in {{activity}} reckoned from Monday until now."],
    "workouts_week": ["kay hunkay mashna workouttak rurarkani? Killachawmanta kunankama",
                      "print *, count(wo_date >= monday)  ! monday = this week's",
                      "My daughter keeps a chart on the fridge of my training. Since the week began on Monday, what tally of sessions goes on it?",
                      f"{G} the number of workouts reckoned from Monday until now. {S}"],
    "first_coffee": ["{day} kallarik coffee ima horastak?",
                     "print *, minval(cup_time, mask = cup_day == '{day}')",
                     "The kiosk opens before the first boat goes out. What was the time when that first paper cup landed in my hand, {day}?",
                     f"{G} the hour of the opening cup, {{day}}."],
    "last_coffee": ["{day} puchukak coffee ima horastak upyarkani?",
                    "print *, maxval(cup_time, mask = cup_day == '{day}')",
                    "On a night charter the captain keeps a flask going. When did the flask give me its final pour, {day}?",
                    f"{G} the hour of the final cup, {{day}}. {S}"],
    "first_meeting": ["{day} kallarik tantanakuy ima horastak kallarirka?",
                      "print *, minval(mtg_start, mask = mtg_day == '{day}')",
                      "Meetings at the harbour office tend to start early, before the heat. Of the ones I had {day}, when did the earliest open?",
                      f"{G} the hour at which the earliest meeting began, {{day}}."],
    "wake": ["{day} ima horastak rikcharirkani?",
             "print *, rest_woke(findloc(rest_morning == '{day}', .true., dim=1))",
             "The frigatebirds on the mast start screeching before dawn. When did the birds have me up, {day}?",
             f"{G} the hour of waking, {{day}}. {S}"],
    "bedtime": ["{night} ima horastak puñunaman rirkani?",
                "print *, rest_bed(findloc(rest_night == '{night}', .true., dim=1))",
                "Some nights I stay on the boat until the last yacht crew is ashore. When did the mattress finally get me, {night}?",
                f"{G} the hour of going to bed, {{night}}."],
    "dinner_on_distance": ["{km} km {past} punlla dinner imatak mikurkani?",
                           "print *, day_dinner(findloc(day_km == {km} .and. day_activity_past == '{past}', .true., dim=1))",
                           "A long session makes me hungrier than a day at the wheel. Whichever day it was that I went and {past} {km} km, what did my wife feed me at night?",
                           "For the lichenologist's register, let the diary declare the evening fare of the day whereon he {past} {km} km. Entered among the Scalesia, Santa Cruz."],
    "meeting_after_workout": ["{day} {noun} kipa shamuk tantanakuypi pikunatak karka?",
                              "j = findloc(wo_name == '{noun}' .and. wo_day == '{day}', .true., dim=1); print *, mtg_people(minloc(mtg_start, dim=1, mask = mtg_start > wo_end(j)))",
                              "Sometimes I go from training straight to a meeting still salty. Once I was out of the {noun} {day}, who sat around the table at my following meeting?",
                              f"{G} those present at the first meeting to follow the {{noun}}, {{day}}."],
    "lunch_on_meeting_day": ["{title} karka punlla lunch maypitak mikurkani?",
                             "j = findloc(mtg_title == '{title}', .true., dim=1); print *, meal_place(findloc(meal_day == mtg_day(j) .and. meal_kind == 'lunch', .true., dim=1))",
                             "Meeting days throw my whole schedule off. Whichever day had the {title}, where was my midday meal eaten?",
                             "For the lichenologist's register, let the diary declare the place of the midday meal on the date that saw the {title} convened. Entered among the Scalesia, Santa Cruz."],
    "sleep_after_meeting": ["{title} kipa chay tuta mashna horastak puñurkani?",
                            "j = findloc(mtg_title == '{title}', .true., dim=1); print *, rest_hours(findloc(rest_night == mtg_day(j), .true., dim=1))",
                            "Arguments at the cooperative follow me home to bed. The {title} wore me out; in hours, what sleep did that night hold?",
                            "For the lichenologist's register, let the diary declare the hours slept in the night that closed the {title}'s date."],
    "dinner_on_said_day": ["{who} {value}-manta rimarka punlla dinner imatak mikurkani?",
                           "j = findloc(said_speaker == '{who}' .and. said_text == '{value}', .true., dim=1); print *, meal_food(findloc(meal_day == said_day(j) .and. meal_kind == 'dinner', .true., dim=1))",
                           "Passengers tell me all sorts on the crossing. Whichever day {who} got onto {value}, what did the grill give me that night?",
                           f"{G} the evening fare on the day {{who}} made mention of {{value}}. {S}"],
    "compare_sleep": ["{n1}-chu {n2}-chu, maykan tutapitak ashtawan puñurkani?",
                      "print *, rest_hours(findloc(rest_night == '{n1}', .true., dim=1)), rest_hours(findloc(rest_night == '{n2}', .true., dim=1))",
                      "Night charters leave me short on some nights and not others. Pit {n1} against {n2}: which one kept me asleep longer?",
                      f"{G} which, {{n1}} or {{n2}}, granted the more sleep. {S}"],
    "compare_caffeine": ["{d1}-chu {d2}-chu, maykan punllapitak ashtawan caffeine?",
                         "print *, sum(cup_mg, mask = cup_day == '{d1}'), sum(cup_mg, mask = cup_day == '{d2}')",
                         "Busy days at the landing mean more trips to the kiosk. Pit {d1} against {d2}: which one poured more caffeine into me?",
                         f"{G} which, {{d1}} or {{d2}}, bore the heavier dose of caffeine."],
    "compare_duration": ["{d1}-chu {d2}-chu, maykan punllapitak workout ashtawan unay?",
                         "print *, sum(wo_minutes, mask = wo_day == '{d1}'), sum(wo_minutes, mask = wo_day == '{d2}')",
                         "Whether I train depends on the swell and the bookings. Pit {d1} against {d2}: which one saw me train for more minutes?",
                         f"{G} which, {{d1}} or {{d2}}, held the longer exercise. {S}"],
    "compare_coffee_weeks": ["kay hunkay ashtawan coffee upyarkanichu ñawpa hunkaymanta?",
                             "print *, count(cup_date >= monday), count(cup_date >= monday - 7 .and. cup_date < monday)  ! monday = this week's",
                             "The kiosk started a loyalty card this week, which may be a bad sign. Are my cups this week outnumbering the week before?",
                             f"{G} whether this week's cups exceed those of the week preceding."],
    "late_coffee_sleep": ["{t} kipa coffee upyakpi, ashalla puñunichu?",
                          "print *, sum(nt_hours, mask = nt_last_cup >= '{t}') / count(nt_last_cup >= '{t}'), sum(nt_hours, mask = nt_last_cup < '{t}') / count(nt_last_cup < '{t}')",
                          "The captain's flask on night charters is hard to turn down. If that flask catches me at {t} or any later hour, does my sleep come out thinner?",
                          "For the lichenologist's register, let the diary declare whether coffee taken at {t} or beyond curtails the night's sleep. Entered among the Scalesia, Santa Cruz."],
    "late_dinner_sleep": ["{t} kipa dinner mikukpi, ashalla puñunichu?",
                          "print *, sum(nt_hours, mask = nt_dinner >= '{t}') / count(nt_dinner >= '{t}'), sum(nt_hours, mask = nt_dinner < '{t}') / count(nt_dinner < '{t}')",
                          "My wife waits to eat until I tie up, however late that is. If we sit down to eat at {t} or any later hour, does my sleep shrink?",
                          "For the lichenologist's register, let the diary declare whether an evening meal at {t} or beyond diminishes the sleep that follows."],
    "exercise_sleep": ["workout rurashka punllakunapi, chay tuta ashtawan puñunichu?",
                       "print *, sum(nt_hours, mask = nt_trained) / count(nt_trained), sum(nt_hours, mask = .not. nt_trained) / count(.not. nt_trained)",
                       "My cousin says a hard session is the best cure for a rocking bed. Does a day of training buy me a longer night?",
                       f"{G} whether the nights after a day of exercise yield more sleep. {S}"],
    "caffeine_sleep": ["{mg} mg caffeine or ashtawan upyashka punllapi, chay tuta ashalla puñunichu?",
                       "print *, sum(nt_hours, mask = nt_day_mg >= {mg}) / count(nt_day_mg >= {mg}), sum(nt_hours, mask = nt_day_mg < {mg}) / count(nt_day_mg < {mg})",
                       "Highland coffee adds up fast over a long day on the water. When my cups of a day carry {mg} mg of caffeine or more between them, does that night come up short?",
                       f"{G} whether a day of {{mg}} mg of caffeine or more precedes a briefer night."],
    "exercise_coffee": ["workout punllakunapi ashtawan coffee upyanichu?",
                        "print *, sum(dy_cups, mask = dy_trained) / count(dy_trained), sum(dy_cups, mask = .not. dy_trained) / count(.not. dy_trained)",
                        "Training leaves me dragging by the afternoon runs. On a day with training in it, do the paper cups pile up?",
                        "For the lichenologist's register, let the diary declare whether days of exercise bring a greater tally of coffees. Entered among the Scalesia, Santa Cruz."],
    "fu_day_before": ["shuk punlla ñawpaman?",
                      "! same again, day shifted back one",
                      "One more while the water taxi idles: same thing, a single day back from there?",
                      "Of the same thallus, let the diary further declare the same, moved back by a day."],
    "fu_meeting_length": ["chay tantanakuy mashna minutostak karka?",
                          "print *, mtg_minutes(j)  ! j still the meeting found before",
                          "One more while the water taxi idles: that meeting, how long in minutes?",
                          "Of the same thallus, let the diary further declare the length of the meeting last in question."],
    "fu_other_day": ["{day}-pash?",
                     "! same again with day = '{day}'",
                     "One more while the water taxi idles: and {day}?",
                     "Of the same thallus, let the diary further declare the same touching {day}."],
    "fu_other_person": ["{who}-pash?",
                        "! same again with who = '{who}'",
                        "One more while the water taxi idles: and {who}?",
                        "Of the same thallus, let the diary further declare the same where {who} is concerned."],
    "fu_night_before": ["shuk tuta ñawpaman?",
                        "! same again, night shifted back one",
                        "One more while the water taxi idles: same thing, a single night back from there?",
                        "Of the same thallus, let the diary further declare the same, moved back by a night."],
    "fu_today": ["kunan punllaka?",
                 "! same again with day = today",
                 "One more while the water taxi idles: and today, with the day still running?",
                 "Of the same thallus, let the diary further declare the same for this present day, unfinished though it be."],
}


def _dmy(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _short(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_dmy(day)}", f"{wd} punlla, {_short(day)}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"kunan punlla ({_dmy(day)})"]
    if back == 1:
        return ["yesterday", f"kayna ({wd})"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} tuta {_dmy(day)}", f"{_short(day)} tutapi ({wd})"]
    if (today - day).days == 1:
        options += ["last night", f"kayna tuta ({_dmy(day)})"]
    return options
