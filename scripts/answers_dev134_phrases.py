"""Question phrasings of the answers benchmark's one hundred and thirty-fourth tuning set, ``dev134`` (docs/benchmarks.md, "Answers").

``dev134`` was the held-out set until 2026-12-07, when, after its measurement at c61347d (grounded
accuracy 0.641; worst category follow-up 0.182; unsupported 0.0; abstention 0.909; p95 0.04 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev133``, answers_dev133_phrases.py) on 2026-12-07, and was written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order). All four live on São Tomé, the larger island of São
Tomé and Príncipe:

- a young palaiê (a market seller) at the municipal market of São Tomé city, who types English in
  lower case and switches between English and Forro (Santome, lungwa santomé) inside a sentence,
  every number in a question a number. Forro is a creole of the Gulf of Guinea, Portuguese in most
  of its words, of the branch of Santome, Angolar, Principense and Fa d'Ambô; no earlier module
  names it or any of them. The only creole with Portuguese words of an earlier set, the Kriol of
  dev112 (Guinea-Bissau), is an Upper Guinea creole, another branch, with another history and
  other African languages beneath it. The Forro here is this writer's own approximation, checked by
  no speaker, kept to a small stock of words, the English carrying most of each sentence: kê what
  (kê ngê who, kê ora what time, kê dja which day, kê notxi which night), kuantu how many, how much,
  nomi name, livlu book, kafé coffee, kumé eat, dlumi sleep, fla say, ouvi hear, fé do, mudá move,
  dula last (of time), sa be, pasa pass, tê have, dá give, come to, ka (habitual), bwa good, mal
  badly, maxi more, maxi tardi later, ku at, anu year, dja day, ojé today, onte yesterday, notxi
  night, pasadu past, també too, pa for, di of, ê it, he, she, n I;
  weekdays sigunda-fela, tlesa-fela, kwatlu-fela, kinta-fela, sesta-fela, sabadu and dumingu. The
  words this writer is least sure a speaker would type so are kê ngê, dula, pasa, dá, maxi, maxi
  tardi, també, the spelling of ojé and of the weekdays, and the order of "n kumé kê";
- a back-end developer for a mobile payments firm in the city, who keeps his diary in ArangoDB and
  types every question as one AQL query: "FOR m IN meals FILTER m.day == "..." AND m.meal ==
  "lunch" RETURN m.food" for a value, "COLLECT AGGREGATE km = SUM(w.km)" for totals, "COLLECT WITH
  COUNT INTO n" for counts, "SORT c.time ASC LIMIT 1" (or DESC) for first and last, nested FOR
  loops for a day named by another record, "COLLECT late = ... AGGREGATE h = AVERAGE(...)" for a
  habit, "DATE_ISOWEEK(DATE_NOW())" for this week, and his own helper for follow-ups
  ("rerun_with("day", ...)", "DATE_SUBTRACT(@day, 1, "day")"); no brace and no two dots in a row.
  Earlier sets typed SQL dialects, q, ABAP, Access, M, Lisp, AppleScript, Spark/Scala, FoxPro, PHP,
  SPSS, DAX, ABL, Fortran, OCaml, Erlang, Miller (dev133), Cypher (dev96), Gremlin and more: no
  other module holds "AQL", "ArangoDB", "COLLECT", "AGGREGATE", "WITH COUNT INTO",
  "DATE_SUBTRACT", "DATE_NOW" or "rerun_with";
- a sea turtle monitor, who walks the nesting beaches of the south and east coasts at night for a
  conservation programme, counting and tagging nesting females, moving clutches to the hatchery and
  releasing hatchlings, and makes a remark from that working life before each question (night
  patrols under a red torch, egg counts, tags, hatchlings, volunteers, village dogs at the nests,
  the children of Morro Peixe); his follow-ups open "Sand still on my boots:". No other module
  holds "turtle", "hatchling", "nesting", "tagging" or "Sand still";
- an orchid botanist of the Obô forest at the Bom Sucesso botanical garden who writes formal
  sentences with formulas found in no other module ("Kindly note in the orchid register ...", the
  sign-off "From the orchid house at Bom Sucesso, with respect.", follow-ups "Continuing the orchid
  register, note also ..."), her calling found in none either (no module holds "orchid", "botanist",
  "Obô", "Bom Sucesso", "Kindly note" or "note also").

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev134 life lives in Africa/Sao_Tome, the zone of São Tomé and Príncipe, on Greenwich Mean
Time all year, with no summer time (zoneinfo gives one offset over its 16 days; the country's one
year on West Africa Time ended on 1 January 2019), in São Tomé city, from Monday 8 June 2037 to 23
June 2037. Dates are written as people in São Tomé and Príncipe write them, as in Portugal: day
first, with slashes, padded, with the year in full ("08/06/2037"), or, in passing, the day and month
alone ("8/6"); a day is named with its Forro weekday before the padded date ("sigunda-fela
08/06/2037") or after the short one in brackets ("8/6 (sigunda-fela)"); today and yesterday alone,
or as ojé and the short date ("ojé 8/6") or onte and the weekday ("onte, sigunda-fela"). A night is
named as notxi, its weekday and the padded date ("notxi sigunda-fela 08/06/2037") or as "notxi di"
and the short date ("notxi di 8/6"); last night alone or as notxi onte with the short date in
brackets. No day's name ends in a dot. Workouts are named with places on and around the island: the
seafront to Praia Gamboa and Pantufo; Guadalupe and Monte Café; Praia Lagarto and the bay of Ana
Chaves; Praia Pomba and the Casa da Cultura; the Boca do Inferno rocks and Pico de São Tomé.
"""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("sigunda-fela", "tlesa-fela", "kwatlu-fela", "kinta-fela", "sesta-fela", "sabadu", "dumingu")
"""Weekdays in Forro (Santome), Monday to Sunday, in lower case, as this set's Forro writer types them."""

NOUNS = {"run": ("run along the seafront to Praia Gamboa", "run out past Pantufo"),
         "cycle": ("ride to Guadalupe", "ride up towards Monte Café"),
         "swim": ("swim off Praia Lagarto", "swim session in the bay at Ana Chaves"),
         "yoga": ("yoga class at Praia Pomba", "yoga session at the Casa da Cultura"),
         "climb": ("climb at the Boca do Inferno rocks", "scramble up Pico de São Tomé")}
"""What this set's questions call a workout of each activity: places on and around São Tomé island."""

R = "Kindly note in the orchid register"
S = "From the orchid house at Bom Sucesso, with respect."
F = "Sand still on my boots:"
D = "Continuing the orchid register, note also"

PHRASES: dict[str, list[str]] = {
    "book": ["{who} fla one livlu bwa, kê nomi?",
             'FOR t IN tips FILTER t.from == "{who}" AND t.kind == "book" RETURN t.title',
             "Long hours on the nesting beach need something to read under a red torch. Which novel did {who} insist I pick up?",
             R + " the title of the book {who} set before me as worth reading. " + S],
    "film": ["the film {who} ka fla all the time, nomi ê kê?",
             'FOR t IN tips FILTER t.kind == "film" AND t.from == "{who}" RETURN t.title',
             "Out of season I finally have evenings for cinema. {who} keeps praising a picture; by what name?",
             R + " the motion picture {who} counselled me to view."],
    "offsite": ["{who} fla offsite mudá, it's where now?",
                'FOR n IN news FILTER n.topic == "offsite" AND n.source == "{who}" SORT n.ts DESC LIMIT 1 RETURN n.venue',
                "Tides rearrange our beach camps every month. {who} reports the offsite got rearranged too; to which venue?",
                R + " the present venue of the offsite, per the account given by {who}. " + S],
    "restaurant": ["restaurant {who} fla bwa pa kumé, kê nomi?",
                   'FOR t IN tips FILTER t.kind == "restaurant" AND t.from == "{who}" RETURN t.place',
                   "After a dawn egg count I could eat a whole grouper. {who} named an eating house for me; its name?",
                   R + " the eating establishment which {who} put forward to me."],
    "flight": ["{who} plane, kê ora ê ka landing?",
               'FOR f IN flights FILTER f.passenger == "{who}" RETURN f.arrives',
               "Our volunteers arrive on the weekly plane from Lisbon. {who} arrives that way too; what hour does it come down?",
               R + " the hour at which the aeroplane bearing {who} is due upon the runway. " + S],
    "dog": ["dog of {who}, kê nomi?",
            'FOR p IN pets FILTER p.owner == "{who}" AND p.species == "dog" RETURN p.name',
            "Village dogs dig up nests, so I learn every dog by name. What is the one belonging to {who} called?",
            R + " by what name the hound kept by {who} answers."],
    "launch": ["{project} launch, {who} fla kê dja now?",
               'FOR n IN news FILTER n.project == "{project}" AND n.source == "{who}" SORT n.ts DESC LIMIT 1 RETURN n.launch_date',
               "Our tagging season never opens on its planned date either. {who} says {project} has shifted; to when?",
               R + " the revised date for launching {project}, as conveyed by {who}. " + S],
    "age": ["{who} daughter, next birthday kuantu anu?",
            'FOR k IN kids FILTER k.parent == "{who}" AND k.relation == "daughter" RETURN k.age + 1',
            "Children from Morro Peixe help me carry hatchlings to the water. One is the girl of {who}; which age does she turn next?",
            R + " the age to be attained by the girl whom {who} is bringing up, upon her birthday to come."],
    "podcast": ["podcast {who} fla n ouvi, kê nomi?",
                'FOR t IN tips FILTER t.from == "{who}" AND t.kind == "podcast" RETURN t.title',
                "Headphones keep me awake on the sand until sunrise. {who} put forward a podcast for those nights; called what?",
                R + " the podcast {who} advised me to hear. " + S],
    "breakfast_food": ["breakfast {day}, kê n kumé?",
                       'FOR m IN meals FILTER m.day == "{day}" AND m.meal == "breakfast" RETURN m.food',
                       "Coming off a night patrol I eat whatever is closest to hand. {Day}, breakfast on the beach consisted of what?",
                       R + " the composition of my first repast, {day}."],
    "lunch_food": ["lunch {day} n kumé kê?",
                   'FOR m IN meals FILTER m.meal == "lunch" AND m.day == "{day}" RETURN m.food',
                   "At noon the beach is too hot to do anything but eat in the shade. {Day}, what did that midday meal consist of?",
                   R + " the dishes of my repast at noon, {day}. " + S],
    "dinner_food": ["{day} dinner, kê kumé?",
                    'FOR m IN meals FILTER m.day == "{day}" AND m.meal == "dinner" RETURN m.food',
                    "Supper comes before the night shift starts. {Day}, which food made up that supper?",
                    R + " the dishes of my repast at dusk, {day}."],
    "lunch_place": ["{day} lunch, n kumé where?",
                    'FOR m IN meals FILTER m.meal == "lunch" AND m.day == "{day}" RETURN m.place',
                    "Midday might find me in Neves or under a palm at Jalé. {Day}, noon found me eating at which spot?",
                    R + " the location of my repast at noon, {day}. " + S],
    "dinner_place": ["dinner {day} n sa where?",
                     'FOR m IN meals FILTER m.day == "{day}" AND m.meal == "dinner" RETURN m.place',
                     "Some evenings I eat at the ranger hut, some in town. {Day}, supper happened at which place?",
                     R + " the location of my repast at dusk, {day}."],
    "workout_kind": ["{day} kê workout n fé?",
                     'FOR w IN workouts FILTER w.day == "{day}" RETURN w.sport',
                     "Walking soft sand all night is training of a sort, but I do real sessions too. {Day}, what kind was mine?",
                     R + " the variety of exercise I performed, {day}. " + S],
    "heart_rate": ["{noun} {day}, pulse ê sa kuantu, average?",
                   'FOR w IN workouts FILTER w.day == "{day}" AND w.label == "{noun}" RETURN w.avg_bpm',
                   "I wear the watch on patrol and in training alike. Over the course of the {noun} {day}, what mean pulse did it record?",
                   R + " the cardiac rate, averaged, logged in the course of the {noun}, {day}."],
    "sleep_quality": ["{night} n dlumi bwa, or n dlumi mal?",
                      'FOR s IN sleep FILTER s.night == "{night}" RETURN s.quality',
                      "Nesting season turns my nights upside down. {Night}: was it restful, or a wreck?",
                      R + " whether the slumber of {night} deserves to be called sound, or otherwise. " + S],
    "sleep_night": ["{night}, n dlumi kuantu hours?",
                    'FOR s IN sleep FILTER s.night == "{night}" RETURN s.hours',
                    "Daytime sleep after patrol rarely lasts. {Night}: count the hours I actually slept.",
                    R + " the count of hours passed asleep, {night}."],
    "exercise_duration": ["{noun} {day}, kuantu minutes ê dula?",
                          'FOR w IN workouts FILTER w.label == "{noun}" AND w.day == "{day}" RETURN w.minutes',
                          "Training has to squeeze in between beach shifts. The {noun} {day} lasted for what number of minutes?",
                          R + " the minutes occupied by the {noun}, {day}. " + S],
    "meeting_duration": ["{title} {day}, kuantu minutes?",
                         'FOR m IN meetings FILTER m.title == "{title}" AND m.day == "{day}" RETURN m.minutes',
                         "Programme meetings drag on when the egg counts are low. The {title} {day} ate up what number of minutes?",
                         R + " the minutes occupied by the {title}, {day}."],
    "distance_run": ["{day} run, kuantu km?",
                     'FOR w IN workouts FILTER w.sport == "run" AND w.day == "{day}" COLLECT AGGREGATE km = SUM(w.km) RETURN km',
                     "Running on hard sand at low tide is my favourite. {Day}, my legs carried me how far, in km?",
                     R + " the kilometres I ran, {day}. " + S],
    "distance_cycle": ["{day} bike kuantu km?",
                       'FOR w IN workouts FILTER w.sport == "cycle" AND w.day == "{day}" COLLECT AGGREGATE km = SUM(w.km) RETURN km',
                       "The coast road north is potholed but flat. {Day}, the bike took me how far, in km?",
                       R + " the kilometres covered by bicycle, {day}."],
    "distance_swim": ["{day} swim, kuantu metres?",
                      'FOR w IN workouts FILTER w.sport == "swim" AND w.day == "{day}" COLLECT AGGREGATE m = SUM(w.km * 1000) RETURN m',
                      "I swim where the hatchlings swim, only slower. {Day}, how many metres did I manage?",
                      R + " the metres I swam, {day}. " + S],
    "attendees": ["{title} {day}, kê ngê sa inside?",
                  'FOR m IN meetings FILTER m.day == "{day}" AND m.title == "{title}" RETURN m.attendees',
                  "I remember every turtle by her tag but people escape me. The {title} {day}: name everyone in the room.",
                  R + " the names of all persons seated round the {title} table, {day}."],
    "coffee_count": ["{day} kafé kuantu cups?",
                     'FOR c IN coffees FILTER c.day == "{day}" COLLECT WITH COUNT INTO n RETURN n',
                     "Island coffee keeps the patrol going past three in the morning. {Day}, count my cups for me.",
                     R + " the cups of coffee consumed by me, {day}, as a count. " + S],
    "caffeine": ["caffeine of {day}, kuantu mg ê dá?",
                 'FOR c IN coffees FILTER c.day == "{day}" COLLECT AGGREGATE mg = SUM(c.mg) RETURN mg',
                 "The beans from the hills are strong. Total my caffeine for {day} in mg.",
                 R + " the caffeine ingested on {day}, totalled in milligrams."],
    "meeting_count": ["{day}, kuantu meetings n tê?",
                      'FOR m IN meetings FILTER m.day == "{day}" COLLECT WITH COUNT INTO n RETURN n',
                      "The NGO loves a meeting almost as much as it loves turtles. {Day}, meetings totalled how many?",
                      R + " the count of meetings convened on {day}. " + S],
    "km_week": ["this week, sigunda-fela until ojé, {activity} kuantu km?",
                'FOR w IN workouts FILTER w.sport == "{verb}" AND DATE_ISOWEEK(w.ts) == DATE_ISOWEEK(DATE_NOW()) COLLECT AGGREGATE km = SUM(w.km) RETURN km',
                "Even in a busy week I try to {verb} a bit. Since Monday, what distance have I piled up, in km?",
                R + " the kilometres of {activity} from the Monday of this week to now."],
    "workouts_week": ["kuantu workouts since sigunda-fela, this week?",
                      'FOR w IN workouts FILTER DATE_ISOWEEK(w.ts) == DATE_ISOWEEK(DATE_NOW()) COLLECT WITH COUNT INTO n RETURN n',
                      "My off hours go to training when no nests are due. Since this Monday, what is my tally of sessions?",
                      R + " the number of exercise sessions from the Monday of this week to now. " + S],
    "first_coffee": ["{day} first kafé, kê ora?",
                     'FOR c IN coffees FILTER c.day == "{day}" SORT c.time ASC LIMIT 1 RETURN c.time',
                     "The first cup is brewed on a camp stove before dawn. {Day}, which hour did it get poured?",
                     R + " the time of my earliest coffee, {day}."],
    "last_coffee": ["kafé di {day}, the final one kê ora?",
                    'FOR c IN coffees FILTER c.day == "{day}" SORT c.time DESC LIMIT 1 RETURN c.time',
                    "Night shifts mean coffee at odd hours. {Day}, when did the final cup happen?",
                    R + " the time at which coffee was taken for the final occasion, {day}. " + S],
    "first_meeting": ["{day}, meeting number 1 ê start kê ora?",
                      'FOR m IN meetings FILTER m.day == "{day}" SORT m.start ASC LIMIT 1 RETURN m.start',
                      "Mornings after patrol are for reports and calls. {Day}, the earliest meeting got going at which hour?",
                      R + " the hour at which the earliest meeting commenced, {day}."],
    "wake": ["{day} n wake up kê ora?",
             'FOR s IN sleep FILTER s.woke_on == "{day}" RETURN s.woke',
             "After a night on the beach I wake at all hours. {Day}, when did I open my eyes?",
             R + " the hour of my rising, {day}. " + S],
    "bedtime": ["{night}, kê ora n lie down?",
                'FOR s IN sleep FILTER s.night == "{night}" RETURN s.bed',
                "Some nights I sleep in the hut between rounds. {Night}, at which hour did my head meet the pillow?",
                R + " the hour I retired, {night}."],
    "dinner_on_distance": ["dja n {past} {km} km, dinner kê?",
                           'FOR w IN workouts FILTER w.km == {km} AND w.did == "{past}" FOR m IN meals FILTER m.day == w.day AND m.meal == "dinner" RETURN m.food',
                           "Some training days wear me out more than a night of digging nests. The {km} km I {past} once: supper that evening was which dish?",
                           R + " my repast at dusk on the date whereon my log shows {km} km {past}. " + S],
    "meeting_after_workout": ["after {noun} {day}, next meeting ngê sa?",
                              'FOR w IN workouts FILTER w.label == "{noun}" AND w.day == "{day}" FOR m IN meetings FILTER m.start > w.end SORT m.start ASC LIMIT 1 RETURN m.attendees',
                              "I often rush from training to a programme call still sweating. When the {noun} {day} had ended, whom did the following meeting bring together?",
                              R + " the attendance of the earliest meeting subsequent to the {noun}, {day}."],
    "lunch_on_meeting_day": ["dja di {title}, n kumé lunch which place?",
                             'FOR x IN meetings FILTER x.title == "{title}" FOR m IN meals FILTER m.day == x.day AND m.meal == "lunch" RETURN m.place',
                             "Meeting days rarely leave time for a proper meal. On the date of the {title}, lunch was eaten at which spot?",
                             R + " where I took my midday meal on the date of the {title}. " + S],
    "sleep_after_meeting": ["{title} pasa, that notxi n dlumi kuantu?",
                            'FOR x IN meetings FILTER x.title == "{title}" FOR s IN sleep FILTER s.night == x.day RETURN s.hours',
                            "Budget talks keep me awake longer than any storm. When the {title} had ended, that night gave me what total of sleep, in hours?",
                            R + " the hours slept in the night subsequent to the {title}."],
    "dinner_on_said_day": ["dja {who} fla {value}, dinner kê?",
                           'FOR x IN said FILTER x.who == "{who}" AND x.what == "{value}" FOR m IN meals FILTER m.day == x.day AND m.meal == "dinner" RETURN m.food',
                           "News travels up and down the coast faster than the tide. {who} let {value} slip one day; supper that evening was which dish?",
                           R + " my repast at dusk on the date whereon {who} made reference to {value}. " + S],
    "compare_sleep": ["{n1} or {n2}, kê notxi n dlumi maxi?",
                      'FOR s IN sleep FILTER s.night IN ["{n1}", "{n2}"] SORT s.hours DESC LIMIT 1 RETURN s.night',
                      "Patrol rosters make my sleep uneven. {n1} versus {n2}: the longer sleep belongs to which?",
                      R + " which night, {n1} or {n2}, yielded the longer sleep."],
    "compare_caffeine": ["{d1} or {d2}, kê dja caffeine maxi?",
                         'FOR c IN coffees FILTER c.day IN ["{d1}", "{d2}"] COLLECT day = c.day AGGREGATE mg = SUM(c.mg) SORT mg DESC LIMIT 1 RETURN day',
                         "Rainy nights call for extra cups. {D1} versus {d2}: the heavier caffeine belongs to which?",
                         R + " which day, {d1} or {d2}, involved the greater caffeine. " + S],
    "compare_duration": ["{d1} or {d2}, workout longer kê dja?",
                         'FOR w IN workouts FILTER w.day IN ["{d1}", "{d2}"] COLLECT day = w.day AGGREGATE mins = SUM(w.minutes) SORT mins DESC LIMIT 1 RETURN day',
                         "When the turtles are busy I barely train. {D1} versus {d2}: the longer exercise belongs to which?",
                         R + " which day, {d1} or {d2}, involved the lengthier exercise."],
    "compare_coffee_weeks": ["kafé this week maxi than week pasadu?",
                             'FOR c IN coffees FILTER DATE_ISOWEEK(c.ts) >= DATE_ISOWEEK(DATE_NOW()) - 1 COLLECT wk = DATE_ISOWEEK(c.ts) WITH COUNT INTO n RETURN [wk, n]',
                             "Peak nesting has me brewing constantly. Is my coffee count up this week compared with the previous one?",
                             R + " whether this week exceeds the previous one in cups of coffee. " + S],
    "late_coffee_sleep": ["kafé ku {t} or maxi tardi, n dlumi less?",
                          'FOR n IN nights COLLECT late = n.last_coffee >= "{t}" AGGREGATE h = AVERAGE(n.sleep_h) RETURN [late, h]',
                          "Coffee after midnight is part of the job. When my final cup lands at {t} or beyond, does sleep shrink?",
                          R + " whether my slumber diminishes when coffee is last taken at {t} or afterwards."],
    "late_dinner_sleep": ["dinner ku {t} or maxi tardi, that notxi n dlumi less?",
                          'FOR n IN nights COLLECT late = n.dinner_start >= "{t}" AGGREGATE h = AVERAGE(n.sleep_h) RETURN [late, h]',
                          "Supper gets pushed back when a female comes ashore early. Supper begun at {t} or past it: does the night grow shorter?",
                          R + " whether my slumber diminishes when supper begins at {t} or afterwards. " + S],
    "exercise_sleep": ["dja with workout, notxi n dlumi longer?",
                       'FOR n IN nights COLLECT trained = n.trained_before AGGREGATE h = AVERAGE(n.sleep_h) RETURN [trained, h]',
                       "Training on top of patrol should flatten me. Nights that follow a day of training: are they longer?",
                       R + " whether my sleep lengthens in the night after a day of exercise."],
    "caffeine_sleep": ["dja {mg} mg caffeine or maxi, notxi n dlumi less?",
                       'FOR n IN nights COLLECT heavy = n.mg_day >= {mg} AGGREGATE h = AVERAGE(n.sleep_h) RETURN [heavy, h]',
                       "Some days I live on coffee alone. After a day of {mg} mg of caffeine or beyond, is the following night shorter?",
                       R + " whether my sleep shortens after a day holding {mg} mg of caffeine or above. " + S],
    "exercise_coffee": ["dja with workout, kafé maxi?",
                        'FOR d IN days COLLECT trained = d.trained AGGREGATE cups = AVERAGE(d.coffees) RETURN [trained, cups]',
                        "Training makes me thirsty for coffee, I suspect. Are training days also heavier coffee days?",
                        R + " whether days of exercise bring a greater consumption of coffee."],
    "fu_day_before": ["and dja before that?",
                      'rerun_with("day", DATE_SUBTRACT(@day, 1, "day"))',
                      F + " go back one day?",
                      D + " the particular for the date preceding that one."],
    "fu_meeting_length": ["that meeting, kuantu minutes ê dula?",
                          'FOR m IN meetings FILTER m._key == @last_meeting RETURN m.minutes',
                          F + " that meeting kept people seated how long?",
                          D + " the minutes which that meeting occupied."],
    "fu_other_day": ["{day} també?",
                     'rerun_with("day", "{day}")',
                     F + " same question, but {day}?",
                     D + " the corresponding particular for {day}."],
    "fu_other_person": ["{who} també?",
                        'rerun_with("who", "{who}")',
                        F + " same question, but {who}?",
                        D + " the corresponding particular for {who}."],
    "fu_night_before": ["notxi before that one?",
                        'rerun_with("night", DATE_SUBTRACT(@night, 1, "day"))',
                        F + " same question, but a night earlier?",
                        D + " the particular for the earlier night adjoining that one."],
    "fu_today": ["ojé, until now?",
                 'rerun_with("day", DATE_FORMAT(DATE_NOW(), "%dd/%mm/%yyyy"))',
                 F + " same question, but today, which is still running?",
                 D + " the corresponding particular for today, incomplete as yet."],
}


def _pad(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _short(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_pad(day)}", f"{_short(day)} ({wd})"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"ojé {_short(day)}"]
    if back == 1:
        return ["yesterday", f"onte, {wd}"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"notxi {wd} {_pad(day)}", f"notxi di {_short(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"notxi onte ({_short(day)})"]
    return options
