"""Question phrasings of the answers benchmark's eighty-fifth tuning set, ``dev85`` (docs/benchmarks.md, "Answers").

``dev85`` was the held-out set until 2026-12-06, when, after its measurement at a2fa443 (grounded
accuracy 0.58; worst category comparison 0.273; unsupported 0.049; abstention 0.864; p95 0.022 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev84``, answers_dev84_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or
its time parser and without copying the other sets' phrasing tables; where the disjointness checks
found a wording already used, it was reworded. Every key has four templates, one from each of four
people writing to an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young surf instructor at a surf school on the Côte des Basques in Biarritz who types lower case
  and switches between English and Basque inside a sentence (no earlier set's language, nor a close
  neighbour of one: Basque is a language isolate, kin to none of the languages around it), in its
  ordinary typed spelling, the standard written Basque (Batua) the ikastola schools teach, with the
  perfect ("dut", "ditut", "naiz", "da") for a day named by its date or weekday, gone by or not, as
  the north of the Basque Country uses it where the south would say "nuen", and the past ("nuen",
  "zeuden") for a day named by what happened on it: "zer" for what, "zein" for which, "non" for
  where, "nortzuk" for who all, "zenbat" for how many and how much, "zer ordutan" for at what time,
  "zenbat orduz" for how many hours, "gosaldu", "bazkaldu" and "afaldu" for having breakfast, lunch
  and dinner, "kafea hartu" for having a coffee, "bilera" for a meeting, "lo egin" for sleeping,
  "esnatu" for waking, "ohera joan" for going to bed, "korrika", "bizikletan" and "igerian" for
  running, cycling and swimming, "aste honetan" for this week, "astelehenetik hona" for since
  Monday, "ahaztu zait" for I forgot, "mesedez" for please, "ala" for or, English nouns and clauses
  where they come first to mind ("{who} recommended", "{who} said", a workout, a launch, "i ran ...
  km that day") with Basque endings on some ("offsite-a", "launch-a", "mg-ak"), her follow-ups opened
  with "eta" (and) or "orduan" (so);
- a sub-editor at the regional daily in Bayonne who types every question as a headline: each word
  capitalised, few articles, the thing asked first in headline words ("Tip", "Raves", "Slips",
  "Mystery", "Tally", "Clash", "Duel", "Marathon", "Watch", "Aftermath"), then, mostly after a colon,
  what she wants in the fewest words, often a bare participle ("Named?", "Revealed?", "Pinpointed?",
  "Clocked?", "Confirmed?"), and a question mark ("Cup Count Climbs {day}: Total Coffees?", "Lunch Spot
  {day} Pinpointed?", "Bedtime Watch {night}: Hour Of Lights-Out?"), "V" for versus ("Sleep Duel,
  {n1} V {n2}: Longer Night And Hours Apiece?"), her follow-ups opened with "Follow-Up:"
  ("Follow-Up: Rewind One Day?");
- a chocolatier with a shop and workshop under the arcades of Bayonne, writing in sentences with
  capitals, who makes a remark from her working life before or after the question (the tempering
  table and its marble slab, the roaster and the beans, the couverture, ganache and pralines, the
  moulds, the conche and the enrober, the cooling room, the frothy hot chocolate served in the
  salon, the summer heat that makes the chocolate sweat, the apprentice);
- a retired professor of Roman law, long at the university's campus in Bayonne, who writes formal
  sentences with formulas of his own: "Quaere: ...", "Let it be established ...", "I put the
  following question: ...", some closed with "I am obliged.", his follow-ups opened with "Mutatis
  mutandis," and "Item,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev85 life lives in Europe/Paris, from Monday 30 June 2036 to 15 July; France keeps Central
European Summer Time (UTC+2) from its change of 30 March 2036 to that of 26 October 2036, so no
clock changes inside its 16 days, 30 June to 15 July. Dates are written as people in the French
Basque Country write them: day first, with slashes, both padded, and the year in full
("30/06/2036"), or the day and month alone the same way ("30/06"); in words, as Basque writes them,
the month in the genitive, then the day's number with the ending "on" takes after that number's
Basque name ("ekainaren 30ean", on 30 June; "uztailaren 1ean", "uztailaren 2an", "uztailaren 11n"),
with the year before them for a day that may lie outside the life ("2036ko ekainaren 30ean").
Weekdays are in Basque ("astelehena", "asteartea", "asteazkena", "osteguna", "ostirala",
"larunbata", "igandea", Monday to Sunday), "on" a weekday by its ending ("astelehenean",
"asteartean", ...), with the slashed day in brackets or after it ("asteartean (01/07)", "asteartean
01/07"), or in brackets after a date in words ("uztailaren 1ean (asteartea)"); for a day that may lie
outside the life always with the year ("2036ko ekainaren 30ean (astelehena)", "astelehenean
30/06/2036"); today and yesterday alone, or as "gaur" (today) and "atzo" (yesterday) with the weekday
and the slashed day in brackets, and the day before yesterday also as "herenegun" the same way. A
night is named as Basque names it, from (-tik) the day it starts on to (-rako) the day it ends on
("astelehenetik astearterako gauean", in the night from Monday to Tuesday), with its two slashed days
in brackets ("astelehenetik astearterako gauean (30/06-01/07)"), or as the night of its first day
("asteleheneko gauean (30/06)"); last night alone, "last night", or as "bart" (last night) with its
two slashed days in brackets. No day's name ends in a dot, so that no question ends in two dots.
Workouts are named with places in and around Bayonne and Biarritz: along the Adour in Bayonne, round
the Lac de Mouriscot and on the sand of the Grande Plage in Biarritz; the roads up to Ainhoa, along
the corniche to Hendaye and out to Espelette; the sea at the Port-Vieux in Biarritz and off the
Chambre d'Amour beach in Anglet; a studio in Petit Bayonne and the Côte des Basques; the climbs up
Larrun (La Rhune) and the Mondarrain.
"""


from __future__ import annotations

from datetime import date, timedelta

EU = ("astelehena", "asteartea", "asteazkena", "osteguna", "ostirala", "larunbata", "igandea")
"""Basque weekdays, as named alone."""
EU_ON = ("astelehenean", "asteartean", "asteazkenean", "ostegunean", "ostiralean", "larunbatean", "igandean")
"""On each weekday (the inessive)."""
EU_OF = ("asteleheneko", "astearteko", "asteazkeneko", "osteguneko", "ostiraleko", "larunbateko", "igandeko")
"""Of each weekday (its night: "asteleheneko gauean")."""
EU_FROM = ("astelehenetik", "asteartetik", "asteazkenetik", "ostegunetik", "ostiraletik", "larunbatetik", "igandetik")
"""From each weekday (a night's first day)."""
EU_TO = ("astelehenerako", "astearterako", "asteazkenerako", "ostegunerako", "ostiralerako", "larunbaterako",
         "iganderako")
"""To each weekday (a night's last day)."""
MONTHS = ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren",
          "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren")
"""Basque months in the genitive, as a date in words names them ("ekainaren 30ean", on 30 June)."""
ON_DAY = {1: "ean", 5: "ean", 10: "ean", 11: "n", 15: "ean", 21: "ean", 25: "ean", 30: "ean", 31: "n"}
"""The ending "on" takes after a day's number, as its Basque name ends: "ean" after bat, bost and
hamar (1, 5, 10, 15, 21, 25, 30), "n" after hamaika (11, 31), "an" after the rest."""

NOUNS = {"run": ("run along the Adour in Bayonne", "run round the Lac de Mouriscot",
                 "run on the sand of the Grande Plage in Biarritz"),
         "cycle": ("ride up to Ainhoa", "ride along the corniche to Hendaye", "ride out to Espelette"),
         "swim": ("swim at the Port-Vieux in Biarritz", "swim off the Chambre d'Amour beach in Anglet"),
         "yoga": ("yoga class at a studio in Petit Bayonne", "yoga session on the Côte des Basques"),
         "climb": ("climb up Larrun", "climb up the Mondarrain")}
"""What this set's questions call a workout of each activity: places in and around Bayonne and Biarritz."""

CLOSE = " I am obliged."
"""The professor's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} recommended liburu bat, zein zen? izenburua ahaztu zait",
             "Book Tip From {who} Named?",
             "Between two tempering batches I manage a page or so; which book was it that {who} wanted me to pick "
             "up?",
             "Quaere: which book did {who} commend to my reading?"],
    "film": ["{who} said film bat ikusi behar dudala, nola du izena?",
             "{who}'s Must-See Film Named?",
             "Which film did {who} insist I should watch? The workshop keeps me late in summer, but I can spare one "
             "evening at the cinema.",
             "Let it be established which film {who} urged me to see." + CLOSE],
    "offsite": ["{who} says offsite-a aldatu egin dutela, zein hiritara orain?",
                "Offsite Moved On {who}'s Word: Destination Named?",
                "On {who}'s account, which city is the offsite going to now? I need to know before I plan the "
                "week's ganache.",
                "I put the following question: what city, on the report of {who}, is now to host the offsite?"],
    "restaurant": ["{who} said jatetxe bat oso ona dela, zein zen? izena ahaztu zait",
                   "{who} Raves Over Eatery: Name Sought?",
                   "Which restaurant was {who} so keen on? After a day breathing cocoa I want something savoury.",
                   "Quaere: what is the name of the restaurant of which {who} spoke with such approval?"],
    "flight": ["{who}'s flight zer ordutan lurreratzen da? Biarritzeko aireportura joan behar dut bila",
               "{who} Flies In: Touchdown Time?",
               "At what hour is {who}'s plane due to touch down? I must be off the marble slab by then.",
               "Let it be established at what hour the aircraft bearing {who} is to land." + CLOSE],
    "dog": ["{who}'s txakur berria, zer izen jarri dio?",
            "New Dog For {who}: Called What?",
            "What name did {who} settle on for the new dog? It had better keep its nose out of my praline trays.",
            "I put the following question: by what name has {who} called the dog lately acquired?"],
    "launch": ["{who} told me {project} launch-a atzeratu egin dutela, zein egunetara?",
               "{project} Launch Slips On {who}'s Word: New Date Set?",
               "{who} says the {project} launch has slipped again; where has it landed on the calendar? Even "
               "my Easter moulds keep better time.",
               "Quaere: what date has {who} given for the {project} launch, now deferred?"],
    "age": ["{who}'s daughter, zenbat urte beteko ditu hurrengo urtebetetzean?",
            "{who}'s Daughter Nears Birthday: Age To Be Reached?",
            "I am piping a name on a chocolate plaque for {who}'s daughter; what age does she turn at her next "
            "birthday?",
            "Let it be established what age the daughter of {who} will attain at her next birthday." + CLOSE],
    "podcast": ["{who} recommended podcast bat, zein zen? kotxean entzuteko",
                "{who} Tips Podcast: Show Named?",
                "I want something to listen to through the long hours at the enrober; which podcast was it that {who} "
                "suggested?",
                "I put the following question: what podcast was it that {who} thought fit for me?"],
    "breakfast_food": ["zer gosaldu dut {day}? ez naiz gogoratzen",
                       "Breakfast Mystery {day}: Plate Contents?",
                       "Before I lit the roaster {day}, what did I breakfast on?",
                       "Quaere: what did I take at breakfast {day}?"],
    "lunch_food": ["{day} bazkaltzeko zer jan dut?",
                   "Midday Meal {day}: Menu Revealed?",
                   "My lunch {day} was eaten on a stool behind the counter between customers; what did it consist of?",
                   "Let it be established what I ate at luncheon {day}."],
    "dinner_food": ["zer afaldu dut {day}? egia esan, ahaztuta daukat",
                    "Dinner Plate {day}: Dish Revealed?",
                    "By evening everything tastes of cocoa to me, so what was on my dinner plate {day}?",
                    "I put the following question: upon what did I dine {day}?" + CLOSE],
    "lunch_place": ["non bazkaldu dut {day}?",
                    "Lunch Spot {day} Pinpointed?",
                    "Once the morning's bonbons were boxed {day}, where did I head for lunch?",
                    "Quaere: in which establishment was my luncheon taken {day}?"],
    "dinner_place": ["{day} afaltzera non joan naiz?",
                     "Dinner Out {day}: Venue Pinpointed?",
                     "After locking the shutters under the arcades {day}, where did I end up for dinner?",
                     "Let it be established where I dined {day}."],
    "workout_kind": ["zer workout egin dut {day}? surfaz gain, noski",
                     "Workout Type {day} Confirmed?",
                     "Stirring a copper of ganache is a workout in itself, but what exercise did I actually do "
                     "{day}?",
                     "I put the following question: of what kind was the exercise I took {day}?" + CLOSE],
    "heart_rate": ["{noun} {day}, zein izan da nire average heart rate?",
                   "Heart Rate On The {noun} {day}: Average?",
                   "What did my heart rate average out at over the {noun} {day}? It never races like when a whole "
                   "tray of truffles slides off the bench.",
                   "Quaere: at what figure did my heart rate average over the {noun} {day}?"],
    "sleep_quality": ["ondo ala gaizki egin dut lo {night}?",
                      "Sleep Verdict {night}: Sound Or Poor?",
                      "With the cooling-room alarm going off twice {night}, did I get decent sleep or poor?",
                      "Let it be established whether I slept well or ill {night}."],
    "sleep_night": ["zenbat orduz egin dut lo {night}?",
                    "Sleep Clocked {night}: Hours?",
                    "Before the early batch of frothy chocolate for the salon, how many hours of sleep had I banked "
                    "{night}?",
                    "I put the following question: of how many hours did my sleep {night} consist?" + CLOSE],
    "exercise_duration": ["{noun} {day}, zenbat minutu iraun du?",
                          "Minutes Clocked On The {noun} {day}?",
                          "I slipped out while the couverture was melting; how many minutes did the {noun} {day} "
                          "come to?",
                          "Quaere: for how many minutes did the {noun} {day} continue?"],
    "meeting_duration": ["{title} bilerak zenbat iraun du {day}?",
                         "Meeting Clock Check On {title}, {day}: Minutes?",
                         "My caramel was on the stove the whole time, so how long did the {title} meeting go on "
                         "{day}?",
                         "Let it be established how long the {title} meeting lasted {day}."],
    "distance_run": ["zenbat kilometro egin ditut korrika {day}?",
                     "Run Tally {day}: Km Clocked?",
                     "My legs were still stiff from hours at the tempering table, so how far did I run {day}, in "
                     "kilometres?",
                     "I put the following question: over what distance did I run {day}?" + CLOSE],
    "distance_cycle": ["bizikletan zenbat km egin ditut {day}?",
                       "Cycling Log {day}: Km Clocked?",
                       "How much road did the bike cover {day}? I was back in time to unmould the pralines.",
                       "Quaere: how many kilometres did I cover by bicycle {day}?"],
    "distance_swim": ["{day} zenbat metro egin ditut igerian?",
                      "Pool And Sea Log {day}: Metres Swum?",
                      "In this heat even the cocoa butter sweats, so how many metres did I swim {day}?",
                      "Let it be established how many metres I swam {day}."],
    "attendees": ["nortzuk egon dira {title} bileran {day}?",
                  "Who Sat In On {title} Meeting {day}?",
                  "I joined the {title} meeting {day} with cocoa powder still on my apron; who else was there?",
                  "I put the following question: who were the persons present at the {title} meeting {day}?"
                  + CLOSE],
    "coffee_count": ["zenbat kafe hartu ditut {day}?",
                     "Cup Count Climbs {day}: Total Coffees?",
                     "A chocolatier lives on cocoa, but not only: how many coffees kept me going {day}?",
                     "Quaere: to how many coffees did I help myself {day}?"],
    "caffeine": ["{day} kafeina guztira, zenbat mg?",
                 "Caffeine Load {day}: Milligrams Tallied?",
                 "Counting every coffee but not the dark chocolate I tasted, what caffeine figure did I reach "
                 "{day}, in milligrams?",
                 "Let it be established what quantity of caffeine, in milligrams, I took in all {day}."],
    "meeting_count": ["zenbat bilera izan ditut {day}?",
                      "Meeting Marathon {day}: Count?",
                      "How many meetings dragged me out of the workshop {day}, away from the moulds?",
                      "I put the following question: in how many meetings did I sit {day}?" + CLOSE],
    "km_week": ["astelehenetik hona, zenbat km {activity}?",
                "{Activity} Since Monday: Km So Far?",
                "Around the shop hours, what distance in {activity} have I covered since Monday, in kilometres?",
                "Quaere: what is my tally of {activity} kilometres from Monday to this hour?"],
    "workouts_week": ["aste honetan zenbat workout egin ditut orain arte?",
                      "Week's Workout Count To Date?",
                      "The summer orders leave little room, so how many workouts have I squeezed into this week?",
                      "Let it be established how many workouts I have performed in the present week."],
    "first_coffee": ["{day} lehen kafea zer ordutan hartu dut?",
                     "Coffee Number One {day}: Hour Poured?",
                     "I open the workshop before the baker next door does; how early was my first coffee {day}?",
                     "I put the following question: at what hour was my first coffee taken {day}?" + CLOSE],
    "last_coffee": ["azken kafea zer ordutan {day}?",
                    "Last Cup Of Coffee {day}: Hour Poured?",
                    "I stayed late polishing moulds {day}; when did I pour my last coffee?",
                    "Quaere: at what hour was the last of my coffees drunk {day}?"],
    "first_meeting": ["{day} lehen bilera zer ordutan hasi da?",
                      "Opening Meeting {day}: Kick-Off Hour?",
                      "I had to leave the tempering to the apprentice {day}; what time did my first meeting get "
                      "going?",
                      "Let it be established at what hour the first of my meetings began {day}."],
    "wake": ["zer ordutan esnatu naiz {day}?",
             "Up And About {day}: Hour Confirmed?",
             "The roaster wants lighting early, so what time did I get up {day}?",
             "I put the following question: at what hour did I rise {day}?" + CLOSE],
    "bedtime": ["{night} zer ordutan joan naiz ohera?",
                "Bedtime Watch {night}: Hour Of Lights-Out?",
                "Once the last batch had set {night}, what time did I finally turn in?",
                "Quaere: at what hour did I lay myself down to sleep {night}?"],
    "dinner_on_distance": ["i {past} {km} km that day, eta zer afaldu nuen gau hartan?",
                           "Dinner Revealed For Day I {past} {km} Km?",
                           "Which dish did I sit down to in the evening after I {past} {km} km? Too spent for the "
                           "tasting, I went straight home.",
                           "Let it be established upon what I dined on the day when I {past} {km} km." + CLOSE],
    "meeting_after_workout": ["{noun} {day} eta gero, nortzuk zeuden hurrengo bileran?",
                              "Meeting Straight After {noun} {day}: Attendees Named?",
                              "I went into a meeting straight after my {noun} {day}, smelling of sea salt and cocoa; "
                              "who else sat round the table?",
                              "I put the following question: who sat in the first meeting held after my {noun} "
                              "{day}?"],
    "lunch_on_meeting_day": ["{title} bilera izan zen egunean, non bazkaldu nuen?",
                             "Lunch On Day Of {title} Meeting: Where?",
                             "The {title} meeting fell in the week of the big hotel order; where did I grab lunch that "
                             "day?",
                             "Quaere: where was my luncheon taken on the date of the {title} meeting?"],
    "sleep_after_meeting": ["{title} bileraren ondorengo gauean, zenbat orduz egin nuen lo?",
                            "Aftermath Of {title} Meeting: Hours Of Sleep That Night?",
                            "An early delivery of beans had me up again, so how many hours did I sleep in the night "
                            "after the {title} meeting?",
                            "Let it be established how many hours I slept in the night that followed the {title} "
                            "meeting."],
    "dinner_on_said_day": ["{who} mentioned {value} egun hartan, zer afaldu nuen?",
                           "{who} Raises {value}: Dinner That Day Revealed?",
                           "I spent the afternoon wrapping tablets the day {who} talked about {value}; what was dinner "
                           "that evening?",
                           "I put the following question: upon what did I dine on the day when {who} spoke of "
                           "{value}?" + CLOSE],
    "compare_sleep": ["{n1} ala {n2}, noiz egin dut lo gehiago? bien orduak, mesedez",
                      "Sleep Duel, {n1} V {n2}: Longer Night And Hours Apiece?",
                      "On delivery nights I hardly rest: did {n1} bring me more sleep than {n2}, and what did each "
                      "give in hours?",
                      "Quaere: which of the nights {n1} and {n2} gave me the longer sleep, and of how many hours was "
                      "each?"],
    "compare_caffeine": ["kafeina gehiago {d1} ala {d2}? bien mg-ak, mesedez",
                         "Caffeine Clash, {d1} V {d2}: Bigger Dose And Mg Apiece?",
                         "Tasting days count double in my head, so which of {d1} and {d2} carried more caffeine, and "
                         "what were the milligrams for both?",
                         "Let it be established on which of {d1} and {d2} I took more caffeine, stating the "
                         "milligrams for both."],
    "compare_duration": ["{d1} ala {d2}, zein workout izan da luzeagoa? bien minutuak",
                         "Workout Duel, {d1} V {d2}: Longer Session And Minutes Apiece?",
                         "Order weeks cut my workouts short; was the one {d1} longer than the one {d2}, and how many "
                         "minutes did each run to?",
                         "I put the following question: as between my workouts {d1} and {d2}, which was the "
                         "lengthier, and what were their minutes?" + CLOSE],
    "compare_coffee_weeks": ["aste honetan joan den astean baino kafe gehiago hartu dut, ala gutxiago?",
                             "Coffee This Week V Last: Rising Or Falling?",
                             "The summer rush feels heavier: is my coffee count running ahead of last week's, or "
                             "behind?",
                             "Quaere: am I drinking more coffee in the present week than in the last, or less?"],
    "late_coffee_sleep": ["{t} edo beranduago kafea hartzen dudanean, gutxiago egiten dut lo?",
                          "Late Coffee From {t}: Sleep Cut Short?",
                          "Afternoons at the counter tempt me, so when I have a coffee at {t} or later, does my sleep "
                          "come up short?",
                          "Let it be established whether my sleep is the shorter for coffee taken at {t} or later."],
    "late_dinner_sleep": ["{t} edo beranduago afaltzen dudan gauetan, lo gutxiago egiten dut?",
                          "Late Dinners From {t}: Nights Shortened?",
                          "Do I sleep less on the nights I sit down to dinner at {t} or later? Closing the shop "
                          "pushes supper back.",
                          "I put the following question: is my sleep shorter after a dinner begun at {t} or later?"
                          + CLOSE],
    "exercise_sleep": ["workout egunen ondoren, lo gehiago egiten dut atseden egunen ondoren baino?",
                       "Workout Days V Rest Days: Nights Lengthened?",
                       "After a workout day, do I sleep longer than after a day without one? Standing at the bench "
                       "all day tires me enough.",
                       "Quaere: are my nights longer after days of exercise than after days of rest?"],
    "caffeine_sleep": ["{mg} mg kafeina edo gehiago hartzen dudan egunetan, nolakoa da hurrengo gaueko loa beste "
                       "egunekin alderatuta?",
                       "Days Of {mg} Mg-Plus Caffeine: Sleep Measured Against Other Nights?",
                       "Cocoa has its own kick, mind, but when a day holds {mg} mg of caffeine or more, how does the "
                       "sleep after it compare with other nights?",
                       "Let it be established whether nights after days of {mg} mg of caffeine or more are longer or "
                       "shorter than the rest, and by how much."],
    "exercise_coffee": ["workout egiten dudan egunetan, kafe gehiago hartzen dut workout gabeko egunetan baino?",
                        "Workout Days V Rest Days: Coffee Count Higher?",
                        "The apprentice swears I reach for more coffee on days I work out than on rest days; is she "
                        "right?",
                        "I put the following question: do I drink more coffee on days of exercise than on days "
                        "without?" + CLOSE],
    "fu_day_before": ["eta aurreko egunean?",
                      "Follow-Up: Rewind One Day?",
                      "The days run together in the busy season; what about the one before it?",
                      "Mutatis mutandis, for the day prior."],
    "fu_meeting_length": ["orduan, bilera horrek zenbat iraun du?",
                          "Follow-Up: Said Meeting Ran How Long?",
                          "I had left a tray of bonbons setting; how long did that meeting keep me?",
                          "Item, for how long did that meeting sit?"],
    "fu_other_day": ["eta {day}, zenbat km?",
                     "Follow-Up: Km {day}?",
                     "Then {day}: how far that time? I think I went out before opening.",
                     "Mutatis mutandis, the run {day}."],
    "fu_other_person": ["eta {who}? galdera bera",
                        "Follow-Up: Ditto For {who}?",
                        "Now put the same question about {who}; I may have heard it over the noise of the conche.",
                        "Item, what of {who}?"],
    "fu_night_before": ["eta aurreko gauean?",
                        "Follow-Up: Rewind One Night?",
                        "The cooling-room fans kept me awake one of those nights; what about the night before it?",
                        "Mutatis mutandis, the preceding night."],
    "fu_today": ["eta gaur, orain arte?",
                 "Follow-Up: Today's Tally To Date?",
                 "I have been at the workshop since dawn; what does today come to so far?",
                 "Item, the same for today, thus far."],
}
"""Every question key's templates: the surf instructor's, the sub-editor's, the chocolatier's, the professor's."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}{ON_DAY.get(day.day, 'an')}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"{day.year}ko {_words(day)} ({EU[wd]})", f"{EU_ON[wd]} {_full(day)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"gaur ({EU[wd]}, {_slash(day)})"]
    if back == 1:
        return ["yesterday", f"atzo ({EU[wd]}, {_slash(day)})"]
    options = [f"{EU_ON[wd]} ({_slash(day)})", f"{EU_ON[wd]} {_slash(day)}", f"{_words(day)} ({EU[wd]})"]
    if back == 2:
        options.append(f"herenegun ({EU[wd]}, {_slash(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{EU_FROM[day.weekday()]} {EU_TO[after.weekday()]} gauean ({_slash(day)}-{_slash(after)})",
               f"{EU_OF[day.weekday()]} gauean ({_slash(day)})"]
    if (today - day).days == 1:
        options += ["last night", f"bart ({_slash(day)}-{_slash(after)})"]
    return options
