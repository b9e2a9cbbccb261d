"""Question phrasings of the answers benchmark's one hundred and thirty-fifth tuning set, ``dev135`` (docs/benchmarks.md, "Answers").

``dev135`` was the held-out set until 2026-12-07, when, after its measurement at 0fb7584 (grounded
accuracy 0.511; worst category follow-up 0.045; unsupported 0.023; abstention 0.909; p95 0.11 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev134``, answers_dev134_phrases.py) on 2026-12-07, and was written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order). All four winter over at Port-aux-Français, the French
research base on the Kerguelen Islands (Terres australes et antarctiques françaises):

- the base's boat mechanic, from Douarnenez in Brittany, who types English in lower case and
  switches between English and Breton (brezhoneg) inside a sentence, every number in a question a
  number. Breton is a Celtic language of the Brythonic branch (with Welsh and Cornish); no earlier
  module names it or either of its sisters (the Goidelic branch, of Irish and Manx, is the other
  Celtic branch). The Breton here is this writer's own approximation of the standard written form
  (peurunvan), checked by no speaker, kept to a small stock of words: petra what, piv who, pelec'h
  where, pegoulz when, pet how many, pegement how much, pegeit how long, peseurt which kind, pehini
  which one, da bet eur at what time, anv name, levr book, ki dog, merc'h daughter, bloaz year,
  preti restaurant, emvod meeting, nijerez aeroplane, diskenn land, debret eaten, evet drunk,
  kousket slept, dihunet woken, aet da gousket gone to bed, redet run, neuñv swim, marc'h-houarn
  bicycle, dijuni breakfast, lein lunch, koan supper, kafe coffee (ar c'hafe, ma c'hoan after the
  article and "my"), tasad cupful, sport sport, taol-kalon heartbeat, keitad average, padout last,
  kentañ first, diwezhañ last, muioc'h more, nebeutoc'h less, hiroc'h longer, diwezhatoc'h later,
  mat good, fall bad, ivez too, hag and, pe or, goude after, a-raok before, abaoe since, betek
  until, bremañ now, eno there, sizhun week (ar sizhun-mañ this week, ar sizhun tremenet last
  week), deiz day, noz night, hiziv today, dec'h yesterday, neizhour last night; weekdays dilun,
  dimeurzh, dimerc'her, diriaou, digwener, disadorn and disul. The words this writer is least sure
  a speaker would type so are the verb forms (em eus, e oa, e padas, e krogas, e tiskenn), the
  mutations, and "da-heul" for the next one;
- the base's data manager, who keeps the station diary as an XML database (BaseX) and types every
  question as one XQuery expression: paths with predicates ("//meal[@day="..."][@kind="lunch"]/food")
  for a value, "sum(...)" and "count(...)" for totals and counts, "for $c in ... order by $c/@time
  ascending return ..." with "[1]" or "[last()]" for first and last, "let $d := ..." for a day another
  record names, "avg(...)" on both sides of a condition for habits, "current-date()" less the
  days since Monday ("format-date(current-date(), "[F1]")") for this week, and his own module function "local:ask-again(...)" for
  follow-ups; no brace and no two dots in a row. Earlier sets typed SQL dialects, q, ABAP, Access,
  M, Lisp, AppleScript, Spark/Scala, FoxPro, PHP, SPSS, DAX, ABL, Fortran, OCaml, Erlang, Miller,
  AQL (dev134), Cypher, Gremlin and more: no other module holds "XQuery", "BaseX", "for $",
  "current-date", "format-date" or "local:";
- a meteorological technician who launches the weather balloon twice a day from the base's launch
  hut and makes a remark from that working life before each question (the helium bottles, the
  balloon torn by a gust, the westerlies of the fifties, the balloon lost over the Golfe du Morbihan,
  the launch at midnight Greenwich time); his follow-ups open "Between launches:". No other module
  holds "weather balloon", "helium", "launch hut" or "Between launches";
- the district chief of Kerguelen, who writes formal sentences with formulas found in no other module
  ("Entry requested for the district register: ...", the sign-off "The district chief, at
  Port-aux-Français.", follow-ups "Addendum for the district register: ..."), his calling found
  in none either (no module holds "district chief", "district register", "Entry requested",
  "addendum" or "Kerguelen").

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev135 life lives in Indian/Kerguelen, the zone of the Kerguelen Islands, five hours ahead of
Greenwich all year, with no summer time (zoneinfo gives one offset over its 16 days), at
Port-aux-Français, from Monday 15 June 2037 to 30 June 2037. Dates are written as people in France
write them: day first, with slashes, padded, with the year in full ("15/06/2037"), or, in passing,
the day and month alone, padded too ("15/06"); a day is named with its Breton weekday before the
full date ("dilun 15/06/2037") or after the short one in brackets ("15/06 (dilun)"); today and
yesterday alone, or as hiziv and the short date ("hiziv 15/06") or dec'h and the weekday ("dec'h,
dilun"). A night is named as its weekday with "da noz" (at night) and the full date ("dilun da noz
15/06/2037") or as noz and the short date ("noz 15/06"); last night alone or as neizhour with the
short date in brackets. No day's name ends in a dot. Workouts are named with places around the
base: the shore road of Port-aux-Français and Pointe Molloy; the Péninsule Courbet and the track
towards Cap Ratmanoff; the Golfe du Morbihan and the jetty; the base gym and the mess hall; the crags
above the base and the lower ridge of Mont Ross.
"""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("dilun", "dimeurzh", "dimerc'her", "diriaou", "digwener", "disadorn", "disul")
"""Weekdays in Breton, Monday to Sunday, in lower case, as this set's Breton writer types them."""

NOUNS = {"run": ("run along the shore road at Port-aux-Français", "run out to Pointe Molloy"),
         "cycle": ("ride across the Péninsule Courbet", "ride along the track towards Cap Ratmanoff"),
         "swim": ("swim in the Golfe du Morbihan", "swim off the base jetty"),
         "yoga": ("yoga session in the base gym", "yoga class in the mess hall"),
         "climb": ("climb on the crags above the base", "scramble on the lower ridge of Mont Ross")}
"""What this set's questions call a workout of each activity: places around Port-aux-Français."""

R = "Entry requested for the district register:"
S = "The district chief, at Port-aux-Français."
F = "Between launches:"
D = "Addendum for the district register:"

PHRASES: dict[str, list[str]] = {
    "book": ["al levr {who} swore by, petra eo an titl?",
            '//tip[@from="{who}"][@kind="book"]/title/string()',
            "Winter nights here last sixteen hours and the launch hut keeps a shelf of paperbacks. {who} pressed a novel on me; its title?",
            "Entry requested for the district register: the title of the volume {who} held up to me as worth my evenings. " + S],
    "film": ["ar film {who} never shuts up about, anv?",
            '//tip[@kind="film"][@from="{who}"]/title/string()',
            "Cinema night in the mess is our one ritual besides the balloon. {who} talked up a film; its title, please?",
            "Entry requested for the district register: the film {who} urged upon me, by its name."],
    "offsite": ["{who} says the offsite changed place, pelec'h bremañ?",
               '(for $n in //news[@topic="offsite"][@source="{who}"] order by $n/@ts descending return $n/@venue/string())[1]',
               "The supply ship keeps shifting dates; now, per {who}, the offsite has wandered too. Its new venue?",
               "Entry requested for the district register: the venue now fixed for the offsite, on the latest word from {who}. " + S],
    "restaurant": ["ar preti {who} raved about, petra eo e anv?",
                  '//tip[@kind="restaurant"][@from="{who}"]/place/string()',
                  "Eleven months of base cooking make a man dream of restaurants. Which eatery did {who} steer me to?",
                  "Entry requested for the district register: the restaurant put forward to me by {who}."],
    "flight": ["nijerez {who}, da bet eur e tiskenn?",
              '//flight[@passenger="{who}"]/@arrives/string()',
              "No plane has ever landed on these islands, so I track everyone else's. The aircraft bringing {who}: what time does it set down?",
              "Entry requested for the district register: the landing hour of the aircraft carrying {who}. " + S],
    "dog": ["ki {who}, petra eo e anv?",
           '//pet[@owner="{who}"][@species="dog"]/@name/string()',
           "Dogs are banned on the islands to protect the birds, so I collect other people's. The dog {who} owns: its name?",
           "Entry requested for the district register: the name borne by the dog in the keeping of {who}."],
    "launch": ["{project} launch, {who} says pegoulz bremañ?",
              '(for $n in //news[@project="{project}"][@source="{who}"] order by $n/@ts descending return $n/@launch_date/string())[1]',
              "My own launches go up twice a day, whatever the wind. {project} has slipped, {who} says; pushed back until when?",
              "Entry requested for the district register: the date now fixed for launching {project}, {who} reporting. " + S],
    "age": ["merc'h {who}, pet bloaz on her birthday to come?",
           '//kid[@parent="{who}"][@relation="daughter"]/@age + 1',
           "The children back home grow a year while we sit out here. The girl in {who}'s house: her age at the birthday ahead?",
           "Entry requested for the district register: the age the daughter of the {who} household attains at her forthcoming birthday."],
    "podcast": ["ar podcast {who} said to put on, petra eo e anv?",
               '//tip[@from="{who}"][@kind="podcast"]/title/string()',
               "I listen to podcasts while the helium fills the envelope. {who} tipped one for those minutes; its name?",
               "Entry requested for the district register: the podcast {who} commended to my ears. " + S],
    "breakfast_food": ["{day}, petra em eus debret for dijuni?",
                      '//meal[@day="{day}"][@kind="breakfast"]/food/string()',
                      "Breakfast comes after the morning launch at the earliest. {Day}, the plate at breakfast held what?",
                      "Entry requested for the district register: the contents of my breakfast plate, {day}."],
    "lunch_food": ["lein {day}: petra e oa on my plate?",
                  '//meal[@kind="lunch"][@day="{day}"]/food/string()',
                  "The cook bakes bread every morning, which helps. {Day}, lunch consisted of which dish?",
                  "Entry requested for the district register: the dish I lunched on, {day}. " + S],
    "dinner_food": ["koan {day}, petra was served?",
                   '//meal[@day="{day}"][@kind="dinner"]/food/string()',
                   "Supper is the warm hour before the night reports. {Day}, the supper table offered me what?",
                   "Entry requested for the district register: the fare of my supper, {day}."],
    "lunch_place": ["{day}, lein pelec'h?",
                   '//meal[@kind="lunch"][@day="{day}"]/place/string()',
                   "Some days I eat in the mess, some days out at a field hut. {Day}, I lunched in which spot?",
                   "Entry requested for the district register: the spot where I lunched, {day}. " + S],
    "dinner_place": ["pelec'h e oa ma c'hoan {day}?",
                    '//meal[@day="{day}"][@kind="dinner"]/place/string()',
                    "If a gale pins me at the hut I eat there. {Day}, supper was taken in which spot?",
                    "Entry requested for the district register: the spot of my supper, {day}."],
    "workout_kind": ["peseurt sport, {day}?",
                    '//workout[@day="{day}"]/@sport/string()',
                    "Hauling helium bottles is exercise, though not the loggable kind. {Day}, which discipline went in the log?",
                    "Entry requested for the district register: the discipline I exercised in, {day}. " + S],
    "heart_rate": ["{noun} {day}, keitad ar galon, bpm?",
                  '//workout[@day="{day}"][@label="{noun}"]/@avg_bpm/string()',
                  "My watch logs my pulse as faithfully as the balloon logs the wind. The {noun} {day}: my mean pulse came to what?",
                  "Entry requested for the district register: my mean pulse, {noun}, {day}."],
    "sleep_quality": ["{night}, kousket mat pe fall?",
                     '//sleep[@night="{night}"]/@quality/string()',
                     "The wind shakes the dormitory on some nights. {Night}: sound rest, or a ragged one?",
                     "Entry requested for the district register: the character of my rest, {night}, sound or broken. " + S],
    "sleep_night": ["{night}, pet eur em eus kousket?",
                   '//sleep[@night="{night}"]/@hours/string()',
                   "The midnight launch cuts every night in two. {Night}: sleep, in hours, all told?",
                   "Entry requested for the district register: my tally of sleeping hours, {night}."],
    "exercise_duration": ["{noun} {day}, pegeit e padas, minutes?",
                         '//workout[@label="{noun}"][@day="{day}"]/@minutes/string()',
                         "Daylight is short in June here, so sessions are too. The {noun} {day} ran to what count of minutes?",
                         "Entry requested for the district register: the span in minutes of the {noun}, {day}. " + S],
    "meeting_duration": ["emvod {title} {day}, pet munutenn?",
                        '//meeting[@title="{title}"][@day="{day}"]/@minutes/string()',
                        "A meeting by satellite link always runs long. The {title} {day}: minutes swallowed?",
                        "Entry requested for the district register: the minutes consumed by the {title}, {day}."],
    "distance_run": ["{day}, pet km em eus redet?",
                    'sum(//workout[@sport="run"][@day="{day}"]/@km)',
                    "Running into the westerlies counts double, I tell myself. {Day}, my running came to what, in km?",
                    "Entry requested for the district register: the kilometres run by me, {day}. " + S],
    "distance_cycle": ["{day} war varc'h-houarn, pet km total?",
                      'sum(//workout[@sport="cycle"][@day="{day}"]/@km)',
                      "The base bikes are rusty but they roll. {Day}, pedalling took me over what stretch, in km?",
                      "Entry requested for the district register: the kilometres ridden by me, {day}."],
    "distance_swim": ["{day} neuñv, pet metr?",
                     'sum(//workout[@sport="swim"][@day="{day}"]/@km) * 1000',
                     "The water here is four degrees, so I swim in a thick wetsuit. {Day}, metres swum, please?",
                     "Entry requested for the district register: the metres swum by me, {day}. " + S],
    "attendees": ["emvod {title} {day}, piv a oa eno?",
                 '//meeting[@day="{day}"][@title="{title}"]/attendee/string()',
                 "On the satellite link faces freeze and voices drop. The {title} {day}: list me the people on it.",
                 "Entry requested for the district register: the full roll, {title}, {day}."],
    "coffee_count": ["{day}, pet tasad kafe em eus evet?",
                    'count(//coffee[@day="{day}"])',
                    "Coffee is the fuel of the midnight launch. {Day}, tally my cups.",
                    "Entry requested for the district register: the tally of coffees taken by me, {day}. " + S],
    "caffeine": ["caffeine {day}, pegement a mg en holl?",
                'sum(//coffee[@day="{day}"]/@mg)',
                "The base coffee is strong enough to lift a balloon. {Day}, caffeine in mg, summed?",
                "Entry requested for the district register: the caffeine absorbed by me, {day}, summed in milligrams."],
    "meeting_count": ["{day}, pet emvod?",
                     'count(//meeting[@day="{day}"])',
                     "Even at the end of the world there are meetings. {Day}, give me their number.",
                     "Entry requested for the district register: the tally of meetings held with me, {day}. " + S],
    "km_week": ["ar sizhun-mañ, abaoe dilun, pet km of {activity}?",
               'sum(//workout[@sport="{verb}"][xs:date(@date) ge current-date() - xs:dayTimeDuration("P" || (number(format-date(current-date(), "[F1]")) - 1) || "D")]/@km)',
               "When the weather allows I {verb} between soundings. Monday onward, this week, km summed?",
               "Entry requested for the district register: the kilometres of {activity} accrued this week, Monday to the present."],
    "workouts_week": ["pet sport session abaoe dilun, ar sizhun-mañ?",
                     'count(//workout[xs:date(@date) ge current-date() - xs:dayTimeDuration("P" || (number(format-date(current-date(), "[F1]")) - 1) || "D")])',
                     "Keeping fit is an order from the base doctor. Sessions logged, this week, Monday onward?",
                     "Entry requested for the district register: the tally of sports sessions this week, Monday to the present. " + S],
    "first_coffee": ["{day}, ar c'hafe kentañ, da bet eur?",
                    '(for $c in //coffee[@day="{day}"] order by $c/@time ascending return $c/@time/string())[1]',
                    "I drink my first cup while the balloon fills. {Day}, that opening cup: its hour?",
                    "Entry requested for the district register: the hour my coffee drinking opened, {day}."],
    "last_coffee": ["{day}, ar c'hafe diwezhañ, pe eur?",
                   '(for $c in //coffee[@day="{day}"] order by $c/@time ascending return $c/@time/string())[last()]',
                   "After the night launch I swear off coffee, mostly. {Day}, the closing cup: its hour?",
                   "Entry requested for the district register: the hour my coffee drinking closed, {day}. " + S],
    "first_meeting": ["{day}, an emvod kentañ, da bet eur e krogas?",
                     '(for $m in //meeting[@day="{day}"] order by $m/@start ascending return $m/@start/string())[1]',
                     "The morning briefing follows the sounding report. {Day}, the opening meeting: its hour?",
                     "Entry requested for the district register: the hour my meetings opened, {day}."],
    "wake": ["{day}, da bet eur on dihunet?",
            '//sleep[@woke_on="{day}"]/@woke/string()',
            "The alarm for the morning sounding is merciless. {Day}, my rising hour?",
            "Entry requested for the district register: the hour of my rising, {day}. " + S],
    "bedtime": ["{night}, da bet eur on aet da gousket?",
               '//sleep[@night="{night}"]/@bed/string()',
               "Some nights I stay up for the midnight balloon. {Night}, my hour for the bunk?",
               "Entry requested for the district register: the hour I took to my bunk, {night}."],
    "dinner_on_distance": ["an deiz ma {past} {km} km, petra e oa ma c'hoan?",
                          'let $d := //workout[@km="{km}"][@did="{past}"]/@day return //meal[@day=$d][@kind="dinner"]/food/string()',
                          "Long outings leave me hungry for days. That outing where I {past} {km} km: its supper was what?",
                          "Entry requested for the district register: the supper eaten by me on the date I {past} {km} km. " + S],
    "meeting_after_workout": ["goude {noun} {day}, piv e oa en emvod da-heul?",
                             'let $w := //workout[@label="{noun}"][@day="{day}"] return (for $m in //meeting[@start gt $w/@end] order by $m/@start ascending return $m/attendee/string())[1]',
                             "I often go straight from exercise to the radio room. Once the {noun} {day} was over, the meeting straight after it gathered whom?",
                             "Entry requested for the district register: the roll of whichever meeting came first once the {noun}, {day}, had ended."],
    "lunch_on_meeting_day": ["deiz an {title}, lein pelec'h?",
                            'let $d := //meeting[@title="{title}"]/@day return //meal[@day=$d][@kind="lunch"]/place/string()',
                            "Meeting days I grab lunch where I can. On the {title} date, my midday meal took place in which spot?",
                            "Entry requested for the district register: the spot where I lunched on the {title}'s date. " + S],
    "sleep_after_meeting": ["noz goude ar {title}, pet eur kousket?",
                           'let $d := //meeting[@title="{title}"]/@day return //sleep[@night=$d]/@hours/string()',
                           "Some meetings keep me awake longer than the wind does. The {title} done, that night's sleep totalled what?",
                           "Entry requested for the district register: my sleeping hours once the {title} was behind me, that night."],
    "dinner_on_said_day": ["an deiz {who} brought up {value}, petra e oa ma c'hoan?",
                          'let $d := //said[@who="{who}"][@what="{value}"]/@day return //meal[@day=$d][@kind="dinner"]/food/string()',
                          "Gossip crosses the base faster than a gust. {who} dropped {value} into conversation once; that evening's supper was what?",
                          "Entry requested for the district register: my supper on the date {who} made mention of {value}. " + S],
    "compare_sleep": ["{n1} pe {n2}, pehini hiroc'h for sleep?",
                     '(for $s in //sleep[@night = ("{n1}", "{n2}")] order by number($s/@hours) descending return $s/@night/string())[1]',
                     "Launch duty wrecks my sleep one night in two. {n1}, {n2}: which gave me more hours?",
                     "Entry requested for the district register: whether {n1} or {n2} gave me the greater sleep."],
    "compare_caffeine": ["{d1} pe {d2}, pehini muioc'h caffeine?",
                        '(for $d in ("{d1}", "{d2}") order by sum(//coffee[@day=$d]/@mg) descending return $d)[1]',
                        "Storm days mean more coffee. {D1}, {d2}: which carried the heavier caffeine load?",
                        "Entry requested for the district register: whether {d1} or {d2} bore the greater caffeine. " + S],
    "compare_duration": ["{d1} pe {d2}, sport hiroc'h pehini?",
                        '(for $d in ("{d1}", "{d2}") order by sum(//workout[@day=$d]/@minutes) descending return $d)[1]',
                        "Some weeks the wind leaves room for long sessions. {D1}, {d2}: which held more minutes of exercise?",
                        "Entry requested for the district register: whether {d1} or {d2} bore the lengthier exercise."],
    "compare_coffee_weeks": ["muioc'h kafe ar sizhun-mañ than ar sizhun tremenet?",
                            'count(//coffee[xs:date(@date) gt current-date() - xs:dayTimeDuration("P7D")]) gt count(//coffee[xs:date(@date) le current-date() - xs:dayTimeDuration("P7D")][xs:date(@date) gt current-date() - xs:dayTimeDuration("P14D")])',
                            "Night launches push my coffee up. Cups this week: do they outnumber last week's?",
                            "Entry requested for the district register: whether this week's coffees outnumber those of the week prior. " + S],
    "late_coffee_sleep": ["kafe da {t} pe diwezhatoc'h, nebeutoc'h a gousk?",
                         'avg(//night[@last_coffee ge "{t}"]/@hours) lt avg(//night[@last_coffee lt "{t}"]/@hours)',
                         "A cup before the midnight balloon seems harmless. A final cup at {t} or beyond: does my sleep get cut?",
                         "Entry requested for the district register: whether a final coffee at {t} or beyond curtails my sleep."],
    "late_dinner_sleep": ["koan da {t} pe diwezhatoc'h, noz berroc'h?",
                         'avg(//night[@dinner_start ge "{t}"]/@hours) lt avg(//night[@dinner_start lt "{t}"]/@hours)',
                         "A late sounding pushes supper back. Supper starting at {t} or beyond: does my sleep get cut?",
                         "Entry requested for the district register: whether starting supper at {t} or beyond curtails my sleep. " + S],
    "exercise_sleep": ["deizioù gant sport, noz hiroc'h?",
                      'avg(//night[@trained_before="true"]/@hours) gt avg(//night[@trained_before="false"]/@hours)',
                      "Fresh air and exercise should knock me out. Nights after an exercise day: do they stretch out?",
                      "Entry requested for the district register: whether nights after a day of exercise run longer."],
    "caffeine_sleep": ["deiz gant {mg} mg caffeine pe muioc'h, nebeutoc'h a gousk?",
                      'avg(//night[number(@mg_day) ge {mg}]/@hours) lt avg(//night[number(@mg_day) lt {mg}]/@hours)',
                      "On double-launch days I live on coffee. A day at {mg} mg of caffeine or beyond: does my sleep get cut?",
                      "Entry requested for the district register: whether a day at {mg} mg of caffeine or beyond curtails my sleep. " + S],
    "exercise_coffee": ["deizioù sport, muioc'h kafe?",
                       'avg(//day[@trained="true"]/@coffees) gt avg(//day[@trained="false"]/@coffees)',
                       "I wonder whether exercise sends me to the pot. Exercise days: more cups than the rest?",
                       "Entry requested for the district register: whether exercise days see more coffees than the rest."],
    "fu_day_before": ["hag an deiz a-raok?",
                     'local:ask-again($day - xs:dayTimeDuration("P1D"))',
                     F + " back by a day?",
                     D + " the figure, shifted back by a day."],
    "fu_meeting_length": ["an emvod-se, pegeit e padas?",
                         '//meeting[@id=$last-meeting]/@minutes/string()',
                         F + " minutes swallowed by that meeting?",
                         D + " the span of that meeting."],
    "fu_other_day": ["ha {day}, ivez?",
                    'local:ask-again("{day}")',
                    F + " same again with {day} in the frame?",
                    D + " the figure for {day}."],
    "fu_other_person": ["ha {who}, ivez?",
                       'local:ask-again-for("{who}")',
                       F + " same again with {who} in the frame?",
                       D + " the figure for {who}."],
    "fu_night_before": ["hag an noz a-raok?",
                       'local:ask-again($night - xs:dayTimeDuration("P1D"))',
                       F + " back by a night?",
                       D + " the figure, shifted back by a night."],
    "fu_today": ["ha hiziv, betek bremañ?",
                'local:ask-again(format-date(current-date(), "[D01]/[M01]/[Y0001]"))',
                F + " same again with today in the frame, still going?",
                D + " the figure for today, still unfinished."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _short(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_full(day)}", f"{_short(day)} ({wd})"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"hiziv {_short(day)}"]
    if back == 1:
        return ["yesterday", f"dec'h, {wd}"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} da noz {_full(day)}", f"noz {_short(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"neizhour ({_short(day)})"]
    return options
