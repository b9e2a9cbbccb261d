"""Question phrasings of the answers benchmark's one hundred and thirty-third tuning set, ``dev133`` (docs/benchmarks.md, "Answers").

``dev133`` was the held-out set until 2026-12-07, when, after its measurement at 264909a (grounded
accuracy 0.591; worst category habit relation 0.318; unsupported 0.0; abstention 0.864; p95 0.038 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev132``, answers_dev132_phrases.py) on 2026-12-07, and was written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order). All four live in Longyearbyen, on Spitsbergen in
Svalbard, Norway:

- a young Sámi cashier at the grocery in Longyearbyen's centre, from Guovdageaidnu (Kautokeino) in
  Finnmark, who types English in lower case and switches between English and North Sámi
  (davvisámegiella) inside a sentence, every number in a question a number. North Sámi is of the
  Sámi branch of the Uralic family, a branch no earlier set switches into (no earlier module names a
  Sámi language; the Uralic languages of earlier sets, Estonian and Finnish (Finnic), Hungarian
  (Ugric), Udmurt (Permic) and Mari, are each of another branch). The North Sámi here is this
  writer's own approximation, in the standard orthography with its letters (á, č, đ, ŋ, š), checked
  by no speaker, and kept to a small stock of words, the English carrying most verbs: mii what, gii
  who (gii ja gii who all), gos where, goas when, galle how many, man guhká how long, man olu how
  much, man boaris how old, makkár what kind of, gaskamearálaš average, mielas in (one's) opinion,
  guhte which (of two), namma name, girji book, filbma film, girdi aeroplane, beana dog, nieida
  daughter, beaivi day, otne today, ikte yesterday, idja night, ihkku last night, dán vahkus this
  week, ovddit vahkus last week, ovddit the one before, gáffe coffee, iđitbiebmu breakfast,
  gaskabeaibiebmu lunch, eahketbiebmu dinner, borramuš food, čoahkkin meeting (čoahkkimat meetings),
  sihkkel bicycle, vuosttaš first, maŋimuš last, maŋŋel after, buorre good, heajos poor, eanet more,
  unnit less, guhkit longer, ja and, dahje or, dál now, dat that, lea is, ges (and) what of;
  weekdays vuossárga, maŋŋebárga, gaskavahkku, duorastat, bearjadat, lávvardat and sotnabeaivi. The
  words this writer is least sure a speaker would type so are ihkku, ges, heajos, maŋimuš,
  gaskamearálaš, "{who} mielas" and the uninflected nouns after galle (a speaker may inflect them);
- a data technician at the satellite ground station on Platåberget, who keeps his diary as CSV
  exports and types every question as one Miller (mlr) command line: "mlr --c2p filter '$field ==
  "..." && ...' then cut -f column file.csv" for a value, "then stats1 -a sum -f km" for totals,
  "then count" for counts, "then sort -f time then head -n 1" (or tail) for first and last times,
  "stats1 -a mean -f ... -g ..." for a habit, "join -j date -f ..." for a day named by another
  record, "strftime(systime(), "%V")" for this week, and his own script for follow-ups ("sh last.sh
  --date ...", "--back 1d", "--who ..."); no brace and no two dots in a row. Earlier sets typed SQL
  dialects, q, ABAP, Access, M, Lisp and Scheme, AppleScript, Spark/Scala, FoxPro, PHP, SPSS, DAX,
  MATLAB, Rust, Prolog, R, Excel, Rails, Pig, ABL, Elixir, Fortran, OCaml, Erlang (dev132),
  PowerShell, Stata, SAS, Wolfram, Splunk, KQL, jq, Haskell, Julia, Forth, ldapsearch and more: no
  other module holds "mlr", "Miller", "stats1", "--c2p", "cut -f", "head -n" or "last.sh";
- a polar bear guard, who escorts field parties and visitors out of Longyearbyen with a rifle and a
  flare gun and makes a remark from that working life before each question (field camps and scans of
  the ice, the midnight sun of June, boats to Pyramiden, the sled dogs' yard, thermos coffee,
  briefings before expeditions, bear tracks); his follow-ups open "Rifle still slung:". No other
  module holds "polar bear", "rifle", "flare", "midnight sun" or "Pyramiden";
- an ionospheric physicist at the radar on Breinosa who writes formal sentences with formulas found
  in no other module ("For the ionosonde ledger, kindly enter ...", the sign-off
  "Transmitted from the radar hut on Breinosa.", follow-ups "Adding to the ionosonde ledger, enter
  as well ..."), his calling found in none either (no module holds "ionosonde", "ionospher",
  "physicist", "Breinosa", "kindly enter", "enter as well" or "Transmitted from").

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev133 life lives in Arctic/Longyearbyen, the zone of Svalbard, on Central European Summer
Time, two hours ahead of Greenwich from late March to late October (Norway's summer time: zoneinfo
gives one offset over its 16 days), in Longyearbyen, from Monday 1 June 2037 to 16 June 2037. Dates
are written as people in Norway write them: day first, dotted with the year in full and padded
("01.06.2037"), or, as they write a day in passing, the day and month with a slash and no year
("1/6"); a day is named with its North Sámi weekday before either ("vuossárga 01.06.2037",
"vuossárga 1/6"); today and yesterday alone, or as otne (today) with the short date in brackets or
ikte (yesterday) with its weekday in brackets. A night is named as its weekday, "idja" and the
padded date ("vuossárga idja, 01.06.2037") or as "idja", the short date and its weekday in brackets
("idja 1/6 (vuossárga)"); last night alone or as ihkku with the short date in brackets. No day's
name ends in a dot. Workouts are named with places in and near Longyearbyen: the Adventdalen road
and Nybyen; Bjørndalen and Hotellneset; the pool in Svalbardhallen; Kulturhuset and the UNIS gym;
the climbing wall in Svalbardhallen and the Larsbreen glacier.
"""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("vuossárga", "maŋŋebárga", "gaskavahkku", "duorastat", "bearjadat", "lávvardat", "sotnabeaivi")
"""Weekdays in North Sámi, Monday to Sunday, in lower case, as this set's Sámi writer types them."""

NOUNS = {"run": ("run along the Adventdalen road", "run up to Nybyen"),
         "cycle": ("ride out to Bjørndalen", "ride round Hotellneset"),
         "swim": ("swim in the Svalbardhallen pool", "swim session at Svalbardhallen"),
         "yoga": ("yoga class at Kulturhuset", "yoga session in the UNIS gym"),
         "climb": ("climb on the Svalbardhallen wall", "ice climb on Larsbreen")}
"""What this set's questions call a workout of each activity: places in and near Longyearbyen."""

R = "For the ionosonde ledger, kindly enter"
S = "Transmitted from the radar hut on Breinosa."
F = "Rifle still slung:"
D = "Adding to the ionosonde ledger, enter as well"
M = "mlr --c2p"

PHRASES: dict[str, list[str]] = {
    "book": ["{who} recommended girji, mii namma?",
             f"{M} filter '$from == \"{{who}}\" && $kind == \"book\"' then cut -f title tips.csv",
             "On a long watch over a field camp I read between scans of the ice. The novel {who} swore by goes under what title?",
             f"{R} the title of the volume {{who}} commended to me. {S}"],
    "film": ["filbma mii, the one {who} was praising?",
             f"{M} filter '$kind == \"film\" && $from == \"{{who}}\"' then cut -f title tips.csv",
             "The midnight sun makes a film at night feel odd, but I watch one anyway. {who} kept pushing some picture on me; its name?",
             f"{R} which film {{who}} judged worthy of my evening."],
    "offsite": ["offsite gos dál, {who} says it's moved?",
                f"{M} filter '$teller == \"{{who}}\" && $topic == \"offsite\"' then tail -n 1 then cut -f venue news.csv",
                "Plans up here shift with the weather, and so do other people's. {who} brings word the offsite is off somewhere new; where?",
                f"{R} where the offsite is now to convene, as {{who}} relates. {S}"],
    "restaurant": ["restaurant {who} said buorre, gos dat lea?",
                   f"{M} filter '$from == \"{{who}}\" && $kind == \"restaurant\"' then cut -f place tips.csv",
                   "After a week in a tent anything cooked indoors tastes like a feast. {who} had an eatery in mind for me; which one?",
                   f"{R} the establishment {{who}} advised me to dine at."],
    "flight": ["{who} girdi, goas landing?",
               f"{M} filter '$traveller == \"{{who}}\"' then cut -f lands flights.csv",
               "Half the town meets the plane from Tromsø. {who} is on board; when do the wheels touch the runway?",
               f"{R} the expected touchdown hour of the aircraft carrying {{who}}. {S}"],
    "dog": ["{who} beana, mii namma?",
            f"{M} filter '$owner == \"{{who}}\" && $species == \"dog\"' then cut -f name pets.csv",
            "The sled dogs in the yard all know my voice. {who} has a dog too; what does it get called?",
            f"{R} the name borne by the dog of {{who}}."],
    "launch": ["{project} launch goas dál, {who} mielas?",
               f"{M} filter '$project == \"{{project}}\" && $teller == \"{{who}}\"' then tail -n 1 then cut -f date launches.csv",
               "Fog grounds the helicopter and every schedule slides. {who} reckons {project} has slid as well; where on the calendar now?",
               f"{R} the date when {{project}} is now expected to launch, on the testimony of {{who}}. {S}"],
    "age": ["{who} nieida, next birthday man boaris?",
            f"{M} filter '$parent == \"{{who}}\" && $rel == \"daughter\"' then put '$turning = $age + 1' then cut -f turning kids.csv",
            "My niece in Tromsø has just had a birthday of her own. {who} has a girl; which age comes up for her next?",
            f"{R} the age that the daughter reared by {{who}} will attain when next her birthday falls."],
    "podcast": ["podcast mii, {who} said I should hear it?",
                f"{M} filter '$kind == \"podcast\" && $from == \"{{who}}\"' then cut -f title tips.csv",
                "Boat rides to Pyramiden are long and cold. {who} gave me a podcast for them; its title?",
                f"{R} the podcast {{who}} commended for my listening. {S}"],
    "breakfast_food": ["iđitbiebmu {day}, mii I ate?",
                       f"{M} filter '$date == \"{{day}}\" && $meal == \"breakfast\"' then cut -f food meals.csv",
                       "I eat before the scientists wake, rifle by the door. {Day}, that early plate held what?",
                       f"{R} the content of my first meal, {{day}}."],
    "lunch_food": ["gaskabeaibiebmu {day}, mii I had?",
                   f"{M} filter '$meal == \"lunch\" && $date == \"{{day}}\"' then cut -f food meals.csv",
                   "Lunch on a glacier is whatever stays unfrozen. {Day}, which food kept me going at noon?",
                   f"{R} what constituted my noon repast, {{day}}. {S}"],
    "dinner_food": ["eahketbiebmu {day}, mii borramuš?",
                    f"{M} filter '$date == \"{{day}}\" && $meal == \"dinner\"' then cut -f food meals.csv",
                    "Back in town, supper is the best hour. {Day}, supper consisted of what?",
                    f"{R} what constituted my supper, {{day}}."],
    "lunch_place": ["{day} gaskabeaibiebmu gos?",
                    f"{M} filter '$meal == \"lunch\" && $date == \"{{day}}\"' then cut -f place meals.csv",
                    "Midday can find me in a hut or on a moraine. {Day}, at which spot did I stop to eat at noon?",
                    f"{R} the site of my noon repast, {{day}}. {S}"],
    "dinner_place": ["eahketbiebmu gos, {day}?",
                     f"{M} filter '$meal == \"dinner\" && $date == \"{{day}}\"' then cut -f place meals.csv",
                     "Some evenings I eat at the camp, some in Longyearbyen. {Day}, supper was eaten at which spot?",
                     f"{R} the site of my supper, {{day}}."],
    "workout_kind": ["{day} makkár workout?",
                     f"{M} filter '$date == \"{{day}}\"' then cut -f sport workouts.csv",
                     "The job keeps me fit, but I train on my own as well. {Day}, which sort of training did I do?",
                     f"{R} the category of physical exercise undertaken, {{day}}. {S}"],
    "heart_rate": ["{noun} {day}, gaskamearálaš pulse galle?",
                   f"{M} filter '$date == \"{{day}}\" && $label == \"{{noun}}\"' then cut -f avg_bpm workouts.csv",
                   "My watch logs my pulse even while I scan the slopes. The {noun} {day}: what mean did the watch settle on?",
                   f"{R} the averaged pulse of the {{noun}}, {{day}}."],
    "sleep_quality": ["{night} sleep buorre dahje heajos?",
                      f"{M} filter '$night == \"{{night}}\"' then cut -f quality sleep.csv",
                      "With the sun up all night, rest comes hard. {Night}: was the rest sound or broken?",
                      f"{R} whether the sleep of {{night}} is classed as sound or as poor. {S}"],
    "sleep_night": ["{night}, sleep galle hours?",
                    f"{M} filter '$night == \"{{night}}\"' then cut -f hours sleep.csv",
                    "Blackout curtains help only so much in June. {Night}: sum the hours I lay asleep.",
                    f"{R} the duration of sleep, {{night}}, expressed in hours."],
    "exercise_duration": ["{noun} {day}, man guhká in minutes?",
                          f"{M} filter '$label == \"{{noun}}\" && $date == \"{{day}}\"' then cut -f minutes workouts.csv",
                          "Training has to fit between escorts. The {noun} {day} used up what share of the clock, in minutes?",
                          f"{R} the {{noun}} of {{day}}, its span in minutes. {S}"],
    "meeting_duration": ["{title} {day}, man guhká dat lasted?",
                         f"{M} filter '$title == \"{{title}}\" && $date == \"{{day}}\"' then cut -f minutes meetings.csv",
                         "Safety briefings can run on and on. The {title} {day} ran on for what, in minutes?",
                         f"{R} the {{title}} convened {{day}}, its span in minutes."],
    "distance_run": ["{day} running galle km?",
                     f"{M} filter '$sport == \"run\" && $date == \"{{day}}\"' then stats1 -a sum -f km workouts.csv",
                     "Running here means carrying the flare gun too. {Day}, my run stretched to what, in km?",
                     f"{R} the running distance in kilometres, {{day}}. {S}"],
    "distance_cycle": ["{day} sihkkel, galle km I rode?",
                       f"{M} filter '$sport == \"cycle\" && $date == \"{{day}}\"' then stats1 -a sum -f km workouts.csv",
                       "Gravel roads end a few kilometres out of town. {Day}, the bike carried me how far, in km?",
                       f"{R} the cycling distance in kilometres, {{day}}."],
    "distance_swim": ["{day} swimming galle metres?",
                      f"{M} filter '$sport == \"swim\" && $date == \"{{day}}\"' then put '$metres = $km * 1000' then stats1 -a sum -f metres workouts.csv",
                      "The pool is the only warm water on the island. {Day}, my lengths added up to what, in metres?",
                      f"{R} the swimming distance in metres, {{day}}. {S}"],
    "attendees": ["{title} {day}, gii ja gii were there?",
                  f"{M} filter '$date == \"{{day}}\" && $title == \"{{title}}\"' then cut -f people meetings.csv",
                  "I can tell bear tracks apart but forget faces. The {title} {day} gathered whom?",
                  f"{R} the full roll of those present when the {{title}} assembled, {{day}}."],
    "coffee_count": ["{day} gáffe galle cups?",
                     f"{M} filter '$date == \"{{day}}\"' then count coffee.csv",
                     "Thermos coffee is half of what keeps a guard awake. {Day}, my cups numbered what?",
                     f"{R} the tally of coffees consumed, {{day}}. {S}"],
    "caffeine": ["{day} caffeine man olu mg, all together?",
                 f"{M} filter '$date == \"{{day}}\"' then stats1 -a sum -f mg coffee.csv",
                 "That thermos is stronger than it looks. Add up the caffeine for {day} in mg.",
                 f"{R} the caffeine intake in milligrams, summed over {{day}}."],
    "meeting_count": ["{day} čoahkkimat galle?",
                      f"{M} filter '$date == \"{{day}}\"' then count meetings.csv",
                      "Every expedition starts with briefings. {Day}, I sat through briefings and meetings; what was their count?",
                      f"{R} the tally of meetings convened, {{day}}. {S}"],
    "km_week": ["dán vahkus {activity} galle km, since vuossárga?",
                f"{M} filter '$sport == \"{{verb}}\" && $wk == strftime(systime(), \"%V\")' then stats1 -a sum -f km workouts.csv",
                "I try to {verb} even in the weeks with long escorts. This week, Monday included, what is my total in km?",
                f"{R} the kilometres of {{activity}} accumulated from Monday of the present week onward."],
    "workouts_week": ["dán vahkus galle workouts, vuossárga to otne?",
                      f"{M} filter '$wk == strftime(systime(), \"%V\")' then count workouts.csv",
                      "Between field trips I squeeze in training. Since Monday, my training sessions add up to what?",
                      f"{R} the tally of exercise sessions since Monday of the present week. {S}"],
    "first_coffee": ["{day} vuosttaš gáffe, goas?",
                     f"{M} filter '$date == \"{{day}}\"' then sort -f time then head -n 1 then cut -f time coffee.csv",
                     "The first cup is poured before I load the rifle. {Day}, when was that first coffee?",
                     f"{R} the hour at which coffee was first taken, {{day}}."],
    "last_coffee": ["{day} maŋimuš gáffe goas?",
                    f"{M} filter '$date == \"{{day}}\"' then sort -f time then tail -n 1 then cut -f time coffee.csv",
                    "Under a sun that never sets, I forget to stop drinking coffee. {Day}, the final cup came at which hour?",
                    f"{R} the hour at which coffee was last taken, {{day}}. {S}"],
    "first_meeting": ["{day} vuosttaš čoahkkin, goas started?",
                      f"{M} filter '$date == \"{{day}}\"' then sort -f start then head -n 1 then cut -f start meetings.csv",
                      "Briefings start early when the weather window is short. {Day}, the opening meeting started at which hour?",
                      f"{R} the hour the meetings of {{day}} commenced."],
    "wake": ["{day} goas I woke?",
             f"{M} filter '$woke_on == \"{{day}}\"' then cut -f woke sleep.csv",
             "The camp alarm is a tripwire flare, but I wake before it. {Day}, what time had me up and about?",
             f"{R} the time of waking, {{day}}. {S}"],
    "bedtime": ["{night} goas I lay down?",
                f"{M} filter '$night == \"{{night}}\"' then cut -f bed sleep.csv",
                "In June the light gives no hint of when to sleep. {Night}, at which hour did I turn in?",
                f"{R} the time of retiring to bed, {{night}}."],
    "dinner_on_distance": ["{km} km {past} beaivi, eahketbiebmu mii?",
                           f"{M} filter '$did == \"{{past}}\" && $km == {{km}}' then cut -f dinner days.csv",
                           "A long session on the gravel leaves me starving. {km} km is what I {past} one day; supper that evening was what?",
                           f"{R} the supper on the date my log shows {{km}} km {{past}}. {S}"],
    "meeting_after_workout": ["{noun} {day} maŋŋel, next čoahkkin gii were in it?",
                              f"{M} filter '$after_workout == \"{{noun}} {{day}}\"' then sort -f start then head -n 1 then cut -f people meetings.csv",
                              "I often go from training straight to a briefing. The {noun} {day} behind me, whom did the following meeting gather?",
                              f"{R} the attendance of the first meeting to succeed the {{noun}}, {{day}}."],
    "lunch_on_meeting_day": ["{title} beaivi, gaskabeaibiebmu gos?",
                             f"{M} join -j date -f meetings.csv then filter '$title == \"{{title}}\" && $meal == \"lunch\"' then cut -f place meals.csv",
                             "Meeting days leave little time to eat. The {title} fell on some date; at noon that date, my table stood where?",
                             f"{R} the site of the noon repast on the date the {{title}} convened. {S}"],
    "sleep_after_meeting": ["{title} maŋŋel, that idja galle hours sleep?",
                            f"{M} join -j night -f meetings.csv then filter '$title == \"{{title}}\"' then cut -f hours sleep.csv",
                            "Some briefings leave me uneasy about the ice. The {title} behind me, that night's sleep stretched to what?",
                            f"{R} the sleep, in hours, of the night that succeeded the {{title}}."],
    "dinner_on_said_day": ["beaivi {who} mentioned {value}, eahketbiebmu mii?",
                           f"{M} join -j date -f said.csv then filter '$who == \"{{who}}\" && $said == \"{{value}}\" && $meal == \"dinner\"' then cut -f food meals.csv",
                           "Gossip moves fast in a town of two thousand. {who} let slip {value} one day; which supper did I cook then?",
                           f"{R} the supper eaten on the date {{who}} made mention of {{value}}. {S}"],
    "compare_sleep": ["{n1} dahje {n2}, guhte eanet sleep?",
                      f"{M} filter '$night == \"{{n1}}\" || $night == \"{{n2}}\"' then sort -nr hours then head -n 1 then cut -f night sleep.csv",
                      "Sleep is the first thing the midnight sun takes. Which gave me more of it, {n1} or {n2}?",
                      f"{R} which night, {{n1}} or {{n2}}, furnished the greater sleep."],
    "compare_caffeine": ["{d1} dahje {d2}, guhte eanet caffeine?",
                         f"{M} filter '$date == \"{{d1}}\" || $date == \"{{d2}}\"' then stats1 -a sum -f mg -g date then sort -nr mg_sum coffee.csv",
                         "Cold days mean more thermos refills. {D1} or {d2}: which one ran higher in caffeine?",
                         f"{R} which day, {{d1}} or {{d2}}, carried the higher caffeine intake. {S}"],
    "compare_duration": ["{d1} dahje {d2}, guhte longer workout?",
                         f"{M} filter '$date == \"{{d1}}\" || $date == \"{{d2}}\"' then stats1 -a sum -f minutes -g date then sort -nr minutes_sum workouts.csv",
                         "Some days I train hard, some days the bears decide. {D1} or {d2}: on which did I exercise longer?",
                         f"{R} which day, {{d1}} or {{d2}}, carried the longer exercise."],
    "compare_coffee_weeks": ["dán vahkus eanet gáffe than ovddit vahkus?",
                             f"{M} filter '$wk >= strftime(systime() - 604800, \"%V\")' then count -g wk coffee.csv",
                             "The field season has me on the thermos constantly. This week against the one before it: has the coffee gone up?",
                             f"{R} whether the coffee tally of the present week exceeds that of the preceding week. {S}"],
    "late_coffee_sleep": ["gáffe {t} dahje maŋŋel, then unnit sleep?",
                          f"{M} put '$late = $last_coffee >= \"{{t}}\"' then stats1 -a mean -f sleep_h -g late nights.csv",
                          "Guards drink coffee at all hours. A last cup at {t} or past it: does the night shrink?",
                          f"{R} whether sleep is reduced on nights after a coffee taken at {{t}} or any hour beyond."],
    "late_dinner_sleep": ["eahketbiebmu {t} dahje maŋŋel, unnit sleep that idja?",
                          f"{M} put '$late = $dinner_start >= \"{{t}}\"' then stats1 -a mean -f sleep_h -g late nights.csv",
                          "Late boats mean late dinners. Supper begun at {t} or beyond: does it cut my rest?",
                          f"{R} whether sleep is reduced on nights when supper begins at {{t}} or any hour beyond. {S}"],
    "exercise_sleep": ["workout beaivi maŋŋel, idja guhkit sleep?",
                       f"{M} stats1 -a mean -f sleep_h -g trained_before nights.csv",
                       "Training on top of a day on the tundra should knock me out. Do nights that follow a day of training run longer?",
                       f"{R} whether sleep is prolonged on nights following a day of exercise."],
    "caffeine_sleep": ["beaivi {mg} mg caffeine dahje eanet, idja unnit sleep?",
                       f"{M} put '$heavy = $mg_day >= {{mg}}' then stats1 -a mean -f sleep_h -g heavy nights.csv",
                       "Some days the thermos never leaves my hand. With {mg} mg of caffeine in a day, or beyond it, does the night after come out shorter?",
                       f"{R} whether sleep is reduced after days bearing {{mg}} mg of caffeine or above. {S}"],
    "exercise_coffee": ["workout beaivi, eanet gáffe?",
                        f"{M} stats1 -a mean -f coffees -g trained days.csv",
                        "Training makes me reach for the thermos, I suspect. Do workout days bring more coffee?",
                        f"{R} whether more coffee is consumed on days of exercise."],
    "fu_day_before": ["ja ovddit beaivi?",
                      "sh last.sh --back 1d",
                      f"{F} step a day back?",
                      f"{D} for the day behind it."],
    "fu_meeting_length": ["ja dat čoahkkin, man guhká?",
                          f"{M} tail -n 1 then cut -f minutes last.csv",
                          f"{F} that meeting's length?",
                          f"{D} the span of that meeting."],
    "fu_other_day": ["{day} ges?",
                     "sh last.sh --date '{day}'",
                     f"{F} now {{day}}?",
                     f"{D} what holds for {{day}}."],
    "fu_other_person": ["{who} ges?",
                        "sh last.sh --who '{who}'",
                        f"{F} now {{who}}?",
                        f"{D} what holds for {{who}}."],
    "fu_night_before": ["ja ovddit idja?",
                        "sh last.sh --back 1n",
                        f"{F} step a night back?",
                        f"{D} for the night behind it."],
    "fu_today": ["otne ges, so far?",
                 "sh last.sh --date today",
                 f"{F} and today, unfinished as it is?",
                 f"{D} what holds for today, incomplete though it is."],
}


def _pad(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _short(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_pad(day)}", f"{wd} {_short(day)}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"otne ({_short(day)})"]
    if back == 1:
        return ["yesterday", f"ikte ({wd})"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} idja, {_pad(day)}", f"idja {_short(day)} ({wd})"]
    if (today - day).days == 1:
        options += ["last night", f"ihkku ({_short(day)})"]
    return options
