"""Question phrasings of the answers benchmark's held-out set, ``heldout`` (docs/benchmarks.md, "Answers").

Not to be read while tuning the planner. Written on 2026-12-07 to replace the former held-out set
(now ``dev135``, answers_dev135_phrases.py), from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order). All four live in Tórshavn, on the Faroe Islands:

- a nursing student from Sisimiut in West Greenland, on placement at the national hospital in
  Tórshavn, who types English in lower case and switches between English and Greenlandic
  (Kalaallisut, West Greenlandic) inside a sentence, every number in a question a number.
  Greenlandic is of the Eskimo-Aleut family (Inuit-Yupik-Unangan), of which no earlier set has a
  language: no earlier module names Greenlandic, Kalaallisut, Inuit, Inuktitut, Inupiaq, Yupik,
  Aleut, Unangan or Eskimo (the Faroes' own Faroese, a sister of dev70's Icelandic, is not used).
  The Greenlandic here is this writer's own approximation of the standard written form (the
  orthography of 1973), checked by no speaker, kept to a small stock of words: suna what, sumik
  with what (what, as the thing eaten), kikkut who (of several), sumi where, sumut where to, qaqugu
  when (to come), qassit how many, qassinik how many (as the thing had), qassinut at what time (to
  how many), qanoq how, sorleq which one, sorlermi on which one, aqqa its name, atuagaq book, filmi
  film, neriniartarfik restaurant, timmisartoq aeroplane, mittarpa does it land?, qimmeq dog, pania
  his or her daughter, ukioqalissaaq she will be (so many) years old, nuuppoq it has moved,
  ullaakkorsiorneq breakfast, ulloqeqqasiorneq lunch, unnukkorsiorneq supper, unnukkut in the
  evening, nerivunga I ate, kaffi coffee, kaffisorpunga I had coffee, sinippunga I slept,
  sinilluarpunga I slept well, sinik sleep, innarpunga I went to bed, iterpunga I woke, arpappunga I
  ran, timersorneq sport, exercise, uummat heart, qanoq sukkatigisoq how fast, ataatsimiinneq meeting
  (ataatsimiinnerit meetings), peqataapput they took part, aallartippa did it begin?, minutsit
  minutes, qanoq sivisutigisoq how long, qanoq sivisutigaa how long was it, sivisunerusoq the longer,
  amerlanerusoq and amerlanerusut more, katillugit in all, siulleq first, kingulleq last, kingorna
  after it, siuliani before it, taanna that one, massakkut now, massakkut tikillugu until now,
  aamma and, also, imaluunniit or, naamik no, taava then, ilaa isn't it?, ulloq day (ullut days),
  unnuaq night (alone, last night), ullumi today, ippassaq yesterday, sapaatip akunnera week
  (sapaatip akunnerani matumani this week, sapaatip akunnera kingulleq last week); weekdays
  ataasinngorneq, marlunngorneq, pingasunngorneq, sisamanngorneq, tallimanngorneq, arfininngorneq
  and sapaat. The words this writer is least sure a speaker would type so are the inflected verb
  forms (mittarpa, ukioqalissaaq, aallartippa, kaffisorpunga, sivisutigaa), aqqa for its name,
  neriniartarfik, ulloqeqqasiorneq, qassinut for at what time, qanoq sukkatigisoq, sorlermi, siuliani
  and tikillugu;
- a network engineer at the islands' telephone company, who keeps his diary as one JSON document
  and types every question as one JMESPath expression (the query language of the AWS CLI's
  "--query"), as he hands it to a small Python tool of his own over the jmespath library: filter
  projections with single-quoted strings ("meals[?day=='...' && slot=='lunch'].dish | [0]") for a
  value, "sum(...)" and "length(...)" for totals and counts, "min_by", "max_by" and "sort_by(...)[-1]"
  for first, last and latest, the root reference "$" (of JMESPath Community) in a parenthesised
  sub-expression for a day another record names, "avg(...)" on both sides of a comparison for habits,
  a list of two sums to compare two days, and functions he registered himself: in_this_week(day),
  in_last_week(day), shift(`-1`), today(), last_title() and, for follow-ups, again_with(field,
  value); no brace and no two dots in a row. Earlier sets typed SQL dialects, q, ABAP, Access, M,
  Lisp, AppleScript, Spark/Scala, FoxPro, PHP, SPSS, DAX, ABL, Fortran, OCaml, Erlang, Miller, AQL,
  XQuery (dev135), jq, KQL, Splunk, Cypher, Gremlin and more: no other module holds "JMESPath",
  "advice[", "sessions[", "cups[", "min_by(", "sort_by(", "in_this_week" or "again_with";
- a technician of the subsea road tunnel between Streymoy and Eysturoy, on the crew that washes
  its walls by night, who makes a remark from that working life before each question (wash nights,
  the seepage pumps, the gas sensors, the emergency lay-bys, the control room's coffee, the fire
  brigade's safety meetings, the sea above the roof); his follow-ups open "Up at the tunnel mouth:".
  No other module holds "tunnel", "wash night", "tunnel mouth", "lay-by" or "gas sensor";
- the churchwarden of Havnar kirkja, Tórshavn's cathedral, who writes formal sentences with
  formulas found in no other module ("Whereas I have need of it, I do ask ...", the sign-off "Given
  at the vestry of Havnar kirkja.", follow-ups "Whereas more is wanted, I do further ask ...", with
  "... being substituted"), his calling found in none either (no module holds "churchwarden",
  "vestry", "Whereas", "I do ask", "Given at" or "Havnar").

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The held-out life lives in Atlantic/Faroe, the zone of the Faroe Islands, on Western European
Summer Time in its days, one hour ahead of Greenwich (the islands change their clocks with the
European Union, in late March and late October; zoneinfo gives one offset over its 16 days), in
Tórshavn, from Monday 22 June 2037 to 7 July 2037. Dates are written as people in the Danish realm
write them by hand: day first, unpadded, a slash between day and month and a hyphen before the year
in full ("22/6-2037"), or, in passing, the day and month alone ("22/6"); a day is named with its
Greenlandic weekday before either ("ataasinngorneq 22/6-2037", "ataasinngorneq 22/6"); today and
yesterday alone, or as ullumi (today) and as ippassaq with the weekday ("ippassaq ataasinngorneq").
A night is named as its weekday with unnuaq and the short date ("ataasinngorneq unnuaq 22/6") or as
unnuaq and the full date ("unnuaq 22/6-2037"); last night alone or as unnuaq alone. No day's name
ends in a dot. Workouts are named with places around Tórshavn: the shore at Sandagerð and the old
path to Kirkjubøur; the mountain road to Kaldbak and the road out to Velbastaður; the Gundadalur
pool and the slipway on Nólsoy; Hoyvík and the Nordic House; the crags of Húsareyn and Sornfelli.
"""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("ataasinngorneq", "marlunngorneq", "pingasunngorneq", "sisamanngorneq", "tallimanngorneq",
            "arfininngorneq", "sapaat")
"""Weekdays in Greenlandic, Monday to Sunday, in lower case, as this set's Greenlandic writer types them."""

NOUNS = {"run": ("run along the shore at Sandagerð", "run on the old path to Kirkjubøur"),
         "cycle": ("ride over the mountain road to Kaldbak", "ride out to Velbastaður"),
         "swim": ("swim in the Gundadalur pool", "swim off the Nólsoy slipway"),
         "yoga": ("yoga class in Hoyvík", "yoga session at the Nordic House"),
         "climb": ("climb on the Húsareyn crags", "scramble up Sornfelli")}
"""What this set's questions call a workout of each activity: places around Tórshavn."""

S = "Given at the vestry of Havnar kirkja."
W = "Whereas I have need of it, I do ask"
FW = "Whereas more is wanted, I do further ask"
FU = "Up at the tunnel mouth:"

PHRASES: dict[str, list[str]] = {
    "book": ["atuagaq {who} said i must read, suna aqqa?",
             "advice[?giver=='{who}' && type=='book'].name | [0]",
             "Eleven kilometres of tunnel, and the breaks are long on wash nights. {who} handed me a novel for them, and the cover fell off; its title?",
             W + " the title of the book {who} commended to me. " + S],
    "film": ["filmi {who} can't stop talking about, aqqa?",
             "advice[?type=='film' && giver=='{who}'].name | [0]",
             "We watch films in the control room on the quiet nights. {who} swore by one; give me its title.",
             W + " which film {who} urged me to see."],
    "offsite": ["offsite nuuppoq, {who} says, sumut massakkut?",
                "sort_by(updates[?about=='offsite' && giver=='{who}'], &at)[-1].venue",
                "Plans shift about more than the sea above my tunnel does. Now the offsite is drifting too; {who} passed on the news. Drifting to where?",
                W + " the place now appointed for the offsite, {who} being my informant. " + S],
    "restaurant": ["neriniartarfik {who} recommended, sorleq?",
                   "advice[?giver=='{who}' && type=='restaurant'].name | [0]",
                   "After a night shift under the fjord I want a proper meal in town. Which eating place was it that {who} talked up?",
                   W + " the name of the eating house {who} put before me."],
    "flight": ["{who}'s timmisartoq, qassinut mittarpa?",
               "arrivals[?traveller=='{who}'].landing | [0]",
               "Flights into Vágar get held by fog more often than my tunnel gets closed. Fog or not, when does the aircraft {who} is on reach the runway?",
               W + " the hour of landing of the aeroplane bearing {who}. " + S],
    "dog": ["{who}'s qimmeq, aqqa suna?",
            "pets[?owner=='{who}' && species=='dog'].name | [0]",
            "No dogs are allowed down in the bore, not even the inspector's. {who} keeps one at home; name of the hound?",
            W + " the name given to the dog that {who} keeps."],
    "launch": ["{project} launch, {who} says qaqugu massakkut?",
               "sort_by(updates[?about=='{project}' && giver=='{who}'], &at)[-1].newDate",
               "Big openings slip; I have seen it with tunnels. {project} is off schedule, says {who}; when is it going up now?",
               W + " the date to which {project} has now been deferred, {who} being my informant. " + S],
    "age": ["{who}'s pania, qassinik ukioqalissaaq?",
            "children[?parent=='{who}' && sex=='f'].turning | [0]",
            "The youngest on our crew just turned twenty. {who}'s girl has a birthday on the way; which age does she reach?",
            W + " what years the daughter of the {who} household will number at her birthday now approaching."],
    "podcast": ["podcast {who} said to put on, suna aqqa?",
                "advice[?type=='podcast' && giver=='{who}'].name | [0]",
                "The radio reaches every metre of the tunnel, but podcasts are for the drive home. {who} recommended one; which?",
                W + " the name of the podcast {who} commended. " + S],
    "breakfast_food": ["{day} ullaakkorsiorneq, sumik nerivunga?",
                       "meals[?day=='{day}' && slot=='breakfast'].dish | [0]",
                       "Early shifts start at six at the tunnel mouth. {Day}, breakfast was what, before I went down?",
                       W + " what my breakfast consisted of {day}."],
    "lunch_food": ["sumik nerivunga ulloqeqqasiorneq {day}?",
                   "meals[?slot=='lunch' && day=='{day}'].dish | [0]",
                   "Lunch in the plant room is whatever fits in a lunchbox. {Day}, what did the lunchbox hold?",
                   W + " what I dined upon at noon {day}. " + S],
    "dinner_food": ["{day}, unnukkorsiorneq suna?",
                    "meals[?day=='{day}' && slot=='dinner'].dish | [0]",
                    "Evenings I cook, unless the pumps call me back. {Day}, supper was which dish?",
                    W + " what was set before me at supper {day}."],
    "lunch_place": ["ulloqeqqasiorneq {day}, sumi?",
                    "meals[?slot=='lunch' && day=='{day}'].venue | [0]",
                    "Some days I eat at the control centre, some days by the portal in the van. {Day}, lunch happened where?",
                    W + " where I dined at noon {day}. " + S],
    "dinner_place": ["sumi nerivunga unnukkorsiorneq {day}?",
                     "meals[?day=='{day}' && slot=='dinner'].venue | [0]",
                     "After a wash night I sometimes eat out in Runavík. {Day}, where was supper eaten?",
                     W + " at which place I took my supper {day}."],
    "workout_kind": ["{day}, sorleq timersorneq?",
                     "sessions[?day=='{day}'].sport",
                     "Walking the emergency lay-bys is not training, whatever my knees say. {Day}, which sport did the log get?",
                     W + " in what manner of exercise I engaged {day}. " + S],
    "heart_rate": ["{noun} {day}, uummat qanoq sukkatigisoq, bpm?",
                   "sessions[?label=='{noun}' && day=='{day}'].hrAvg | [0]",
                   "The gas sensors down there watch the air; my watch watches me. The {noun} {day}: where did my pulse average out?",
                   W + " the mean rate of my heart in the course of the {noun} {day}."],
    "sleep_quality": ["{night}, sinilluarpunga imaluunniit naamik?",
                      "nights[?night=='{night}'].quality | [0]",
                      "On call weeks the phone by the bed can ring for any alarm. {Night}, sound sleep or sleep in pieces?",
                      W + " whether I slept soundly or ill {night}. " + S],
    "sleep_night": ["{night}, qassit hours sinippunga?",
                    "nights[?night=='{night}'].hrs | [0]",
                    "Wash nights run until four in the morning. {Night}, sleep, totted up in hours?",
                    W + " the length of my slumber {night}, in hours."],
    "exercise_duration": ["{noun} {day}, qanoq sivisutigisoq, minutsit?",
                          "sessions[?day=='{day}' && label=='{noun}'].mins | [0]",
                          "Eight hours under the sea make me want the open air. The {noun} {day}: its minutes, warm-up and all?",
                          W + " the minutes occupied by the {noun} {day}. " + S],
    "meeting_duration": ["ataatsimiinneq {title} {day}, qassit minutsit?",
                         "meetings[?title=='{title}' && day=='{day}'].mins | [0]",
                         "The safety meetings with the fire brigade never end on time. {title}, {day}: minutes from open to close?",
                         W + " how long the {title} sat {day}."],
    "distance_run": ["{day} arpappunga, qassit km?",
                     "sum(sessions[?sport=='run' && day=='{day}'].km)",
                     "I run on the surface; the tunnel is for cars. {Day}, the kilometres I ran came to?",
                     W + " the kilometres covered on foot at a run {day}. " + S],
    "distance_cycle": ["{day} cycling, qassit km katillugit?",
                       "sum(sessions[?day=='{day}' && sport=='cycle'].km)",
                       "I keep my bike out of the tunnel and ride the old roads over the hills. {Day}, kilometres pedalled?",
                       W + " the kilometres covered by bicycle {day}."],
    "distance_swim": ["{day} swim, qassit meter?",
                      "sum(sessions[?sport=='swim' && day=='{day}'].metres)",
                      "Knowing how much sea sits above the tunnel roof makes swimming feel odd. {Day}, swimming distance, metres?",
                      W + " the metres covered in swimming {day}. " + S],
    "attendees": ["{title} {day}, kikkut peqataapput?",
                  "meetings[?day=='{day}' && title=='{title}'].people[]",
                  "Contractors, the fire service and the road authority all join these. {title}, {day}: name everyone present.",
                  W + " the names of those in attendance upon the {title} {day}."],
    "coffee_count": ["{day}, qassinik kaffisorpunga?",
                     "length(cups[?day=='{day}'])",
                     "The control room's machine makes the worst coffee in the islands. {Day}, cups from that machine: the count?",
                     W + " the coffees, by number, that passed my lips {day}. " + S],
    "caffeine": ["{day} caffeine katillugit, qassit mg?",
                 "sum(cups[?day=='{day}'].mg)",
                 "On a wash night coffee is what keeps the crew upright. {Day}, caffeine all together, milligrams?",
                 W + " the caffeine, in milligrams, consumed by me {day}."],
    "meeting_count": ["{day}, qassit ataatsimiinnerit?",
                      "length(meetings[?day=='{day}'])",
                      "Office days are mostly meetings about the next inspection. {Day}, their number?",
                      W + " the sum of meetings attended by me {day}. " + S],
    "km_week": ["sapaatip akunnerani matumani, qassit km {activity}?",
                "sum(sessions[?sport=='{verb}' && in_this_week(day)].km)",
                "This week the tunnel was shut two nights for washing. Since Monday, my {activity} adds up to what, in km?",
                W + " the kilometres of {activity} I have accomplished in the present week, reckoned from its Monday."],
    "workouts_week": ["sapaatip akunnerani matumani, qassit timersorneq sessions?",
                      "length(sessions[?in_this_week(day)])",
                      "My shift pattern leaves odd gaps for training. Sessions logged since Monday: the count?",
                      W + " how many times I have exercised this week, from Monday. " + S],
    "first_coffee": ["{day}, kaffi siulleq qassinut?",
                     "min_by(cups[?day=='{day}'], &at).at",
                     "The first cup is usually at the tunnel mouth before the shift. {Day}, its time?",
                     W + " the hour of the first coffee I partook of {day}."],
    "last_coffee": ["kaffi kingulleq {day}, qassinut?",
                    "max_by(cups[?day=='{day}'], &at).at",
                    "The crew swears off coffee before the night inspection, in theory. {Day}, my closing cup came at which time?",
                    W + " the hour of the last coffee I partook of {day}. " + S],
    "first_meeting": ["{day} ataatsimiinneq siulleq, qassinut aallartippa?",
                      "min_by(meetings[?day=='{day}'], &startsAt).startsAt",
                      "The day opens with the traffic report, then the meetings. {Day}, when did the first of them start?",
                      W + " the hour at which the first of my meetings began {day}."],
    "wake": ["{day}, qassinut iterpunga?",
             "nights[?wokeOn=='{day}'].wokeAt | [0]",
             "After a night alarm I sleep in if I can. {Day}, my eyes opened when?",
             W + " when I left my bed {day}. " + S],
    "bedtime": ["{night}, qassinut innarpunga?",
                "nights[?night=='{night}'].bedAt | [0]",
                "Wash crews finish at four; office weeks I am in bed by ten. {Night}, bedtime was when?",
                W + " the hour at which I retired {night}."],
    "dinner_on_distance": ["ulloq {past} {km} km, sumik nerivunga unnukkut?",
                           "meals[?slot=='dinner' && day==($.sessions[?km==`{km}` && did=='{past}'].day | [0])].dish | [0]",
                           "Long outings get the tunnel air out of my lungs. One evening the log says {past} {km} km; what went on the supper plate after?",
                           W + " what was served me at supper upon that day whereon my log records {past} {km} km. " + S],
    "meeting_after_workout": ["{noun} {day} kingorna, next ataatsimiinneq, kikkut?",
                              "sort_by(meetings[?startsAt > ($.sessions[?label=='{noun}' && day=='{day}'].endsAt | [0])], &startsAt)[0].people",
                              "Sometimes I go from training straight into a video call. The {noun} {day}: who sat in whichever meeting came after it?",
                              W + " the company at the meeting next following the {noun} {day}."],
    "lunch_on_meeting_day": ["{title} ulloq, ulloqeqqasiorneq sumi?",
                             "meals[?slot=='lunch' && day==($.meetings[?title=='{title}'].day | [0])].venue | [0]",
                             "Meeting days I eat wherever the meeting is. On the {title}'s date, lunch was had where?",
                             W + " where I lunched upon the day whereon the {title} met. " + S],
    "sleep_after_meeting": ["{title} kingorna, unnuaq taanna qassit hours sinippunga?",
                            "nights[?night==($.meetings[?title=='{title}'].day | [0])].hrs | [0]",
                            "Some meetings I replay in my head all night. The evening of the {title}, hours asleep?",
                            W + " what sleep I had, in hours, on the night of the day whereon the {title} met."],
    "dinner_on_said_day": ["ulloq {who} talked about {value}, unnukkorsiorneq suna?",
                           "meals[?slot=='dinner' && day==($.mentions[?giver=='{who}' && what==`\"{value}\"`].day | [0])].dish | [0]",
                           "Talk in the crew room jumps from football to films. {who} got going about {value} one day; my supper that evening?",
                           W + " what supper I had upon the day whereon {who} spoke to me of {value}. " + S],
    "compare_sleep": ["{n1} imaluunniit {n2}, sorleq sivisunerusoq sinik?",
                      "max_by(nights[?night=='{n1}' || night=='{n2}'], &hrs).night",
                      "On-call nights and free nights feel the same by Friday. {N1} against {n2}: more sleep in which?",
                      W + " which night, {n1} or {n2}, afforded me the more sleep."],
    "compare_caffeine": ["{d1} imaluunniit {d2}, sorlermi caffeine amerlanerusoq?",
                         "[sum(cups[?day=='{d1}'].mg), sum(cups[?day=='{d2}'].mg)]",
                         "Wash nights double my coffee. {D1} against {d2}: which held more caffeine?",
                         W + " which day, {d1} or {d2}, saw me take the more caffeine. " + S],
    "compare_duration": ["{d1} imaluunniit {d2}, timersorneq sorleq sivisunerusoq?",
                         "[sum(sessions[?day=='{d1}'].mins), sum(sessions[?day=='{d2}'].mins)]",
                         "Some weeks I train long, some weeks the tunnel eats my evenings. {D1} against {d2}: which got the bigger share of exercise minutes?",
                         W + " which day, {d1} or {d2}, saw the lengthier exercise."],
    "compare_coffee_weeks": ["kaffi sapaatip akunnerani matumani, amerlanerusut than sapaatip akunnera kingulleq?",
                             "length(cups[?in_this_week(day)]) > length(cups[?in_last_week(day)])",
                             "Inspection week means more coffee. This week versus the one before: am I ahead on cups?",
                             W + " whether I have taken more coffee this week than in the week before. " + S],
    "late_coffee_sleep": ["kaffi {t} aamma kingorna, taava less sinik, ilaa?",
                          "avg(nights[?lastCupAt >= '{t}'].hrs) < avg(nights[?lastCupAt < '{t}'].hrs)",
                          "The night crew drinks coffee at any hour and pays for it. When my final cup lands at {t} or past it, does sleep suffer?",
                          W + " whether coffee taken no earlier than {t} diminishes my sleep."],
    "late_dinner_sleep": ["unnukkorsiorneq start {t} aamma kingorna, taava less sinik?",
                          "avg(nights[?dinnerAt >= '{t}'].hrs) < avg(nights[?dinnerAt < '{t}'].hrs)",
                          "Late shifts push supper late. Supper starting at {t} or past it: does that cost me sleep?",
                          W + " whether a supper begun no earlier than {t} diminishes my sleep. " + S],
    "exercise_sleep": ["ullut with timersorneq, the unnuaq after, more sinik?",
                       "avg(nights[?afterTraining].hrs) > avg(nights[?!afterTraining].hrs)",
                       "Fresh air after the tunnel ought to make me tired. After a day with training, are my nights longer?",
                       W + " whether my nights lengthen after days whereon I exercised."],
    "caffeine_sleep": ["{mg} mg plus caffeine ullut, taava less sinik?",
                       "avg(nights[?mgThatDay >= `{mg}`].hrs) < avg(nights[?mgThatDay < `{mg}`].hrs)",
                       "Some days the control room coffee adds up fast. After days at {mg} mg of caffeine or over, is sleep the loser?",
                       W + " whether days whereon my caffeine reaches {mg} mg diminish my sleep. " + S],
    "exercise_coffee": ["timersorneq ullut, more kaffi?",
                        "avg(days[?trained].cups) > avg(days[?!trained].cups)",
                        "I suspect training makes me thirstier for coffee. Do the days with a session put more cups in me?",
                        W + " whether days of exercise see me take more coffee than others."],
    "fu_day_before": ["aamma ulloq siuliani?",
                      "again_with('day', shift(`-1`))",
                      FU + " shift it back one day?",
                      FW + " the same, the foregoing day being substituted."],
    "fu_meeting_length": ["taanna ataatsimiinneq, qanoq sivisutigaa?",
                          "meetings[?title==last_title()].mins | [0]",
                          FU + " that meeting, its running time?",
                          FW + " how long the said meeting sat."],
    "fu_other_day": ["aamma {day}?",
                     "again_with('day', '{day}')",
                     FU + " now {day}?",
                     FW + " the same, {day} being substituted."],
    "fu_other_person": ["aamma {who}?",
                        "again_with('person', '{who}')",
                        FU + " now {who}?",
                        FW + " the same, {who} being substituted."],
    "fu_night_before": ["aamma unnuaq siuliani?",
                        "again_with('night', shift(`-1`))",
                        FU + " shift it back one night?",
                        FW + " the same, the foregoing night being substituted."],
    "fu_today": ["aamma ullumi, massakkut tikillugu?",
                 "again_with('day', today())",
                 FU + " now today, counting only the hours gone?",
                 FW + " the same, today being substituted, insofar as it has run."],
}


def _full(day: date) -> str:
    return f"{day.day}/{day.month}-{day.year}"


def _short(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_full(day)}", f"{wd} {_short(day)}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", "ullumi"]
    if back == 1:
        return ["yesterday", f"ippassaq {wd}"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} unnuaq {_short(day)}", f"unnuaq {_full(day)}"]
    if (today - day).days == 1:
        options += ["last night", "unnuaq"]
    return options
