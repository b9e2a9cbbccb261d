"""Question phrasings of the answers benchmark's fifty-third tuning set, ``dev53`` (docs/benchmarks.md, "Answers").

``dev53`` was the held-out set until 2026-12-05, when, after its measurement at 791c384 (grounded
accuracy 0.864; worst category habit relation 0.545; unsupported 0.008; abstention 0.909; p95 0.010
s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is
a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev52``, answers_dev52_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young trainee auditor at a firm in
Nicosia who types lower case and switches between English and Cypriot Greek inside a sentence, in
its ordinary typed spelling (Greeklish, as Cypriots type Greek on a phone in Latin letters, no
accents: "i" for eta, iota and upsilon and often for "ei" and "oi" too ("ipe", "kimoumai"), which
are kept elsewhere ("eixa", "koimithika"), "o" for omega but "w" in the texters' "na dw", "x" and
"h" for chi ("eixa", "mehri"), "ks" and "x" for xi ("ksexasa", "treximo"), "th" for theta, "d" for
delta, and the island's own words and sounds, "tz" in "tzai", "tzini" and "tzino", "ll" in "skilli",
"pk" in "pkio"): "inda" for what, "pkio", "pkia" and "pkioi" for which and who, "pou" for where and
for than ("ligoterous pou tin perasmeni"), "pote" for when, "ti ora" for at what time, "posin ora"
for how long, "posa", "poses" and "posous" for how many, "poso" for how much, "pos" for how, "en"
for is and for not ("en thymoumai" for I don't remember), "itan" for was, "tzai" for and and for and
what about, "i" for or, "efaa", "ipia", "epiasa", "koimithika", "eplosa", "ksipnisa", "etrexa",
"kolymbisa", "ekama" and "eixa" for I ate, drank, took, slept, lay down, woke, ran, swam, did and
had, "pinno", "pianno", "kamno" and "kimoumai" for I drink, take, do and sleep, "an fao" for if I
eat, "proino", "mesimeri", "mesimeriano" and "vradino" for breakfast, midday, lunch and dinner, "to
vradi" for the evening and the night, "kafes" and "kafedes" for coffee and coffees, "gymnastiki",
"gym", "treximo", "kolymbi" and "podilato" for exercise, running, swimming and a bike, "oi palmoi
mou kata meso oro" for my average pulse, "ypnos" for sleep, "kala i kaka" for well or badly, "noris
i arga" for early or late, "ores", "lepta" and "metra" for hours, minutes and metres, "proto", "ton
proto" and "o teleftaios" for first and last, "meta" for after, "proigoumeni" and "proigoumeno" for
the one before, "touti tin evdomada" and "tin perasmeni" for this week and last, "synolika" for in
total, "perissotero", "pio polli", "pio pollous" and "ligotero" for more and less, "argotera" for
later, "mera" and "meres" ("tes meres" as the island says it) for a day and days, "tzini tin mera"
for that day, "simera" for today, "mehri tora" for so far, "tora" for now, "vivlio", "tainia",
"estiatorio", "skilli", "genethlia" and "onoma" for a book, a film, a restaurant, a dog, a birthday
and a name, "posa klinei" for how old she turns, "ipe", "ipan" and "mou sistise" for said, named and
recommended to me, "prosgeionetai" for lands, "kathisterise" and "to allaxan" for slipped and they
changed it, "ksexasa" for I forgot, "re" to close a line, Lefkosia and Lemesos for Nicosia and
Limassol); a delivery rider in Larnaca who types at red lights, lower case, the question word first,
then the thing and its particulars, no verbs where they can go and no articles, a comma before a
condition or a person, and at the end a ";" where English has a question mark (the Greek question
mark, as a Greek keyboard gives it: "where lunch {day};", "how many coffees {day};", "which longer
sleep, {n1} or {n2};", "more sleep on workout days;", "and {day};", with "per" for according to, "'s
pick" and "'s suggestion" for a recommendation, "hrs", "mtg", "mtgs", "avg", "mg" and "{mg}+ mg"); a
halloumi maker at her family's dairy in Dali who chats, in sentences with capitals, a remark from
her days at the dairy before the question or after it ("the milk lorry", "the curds", "the vat",
"the brine", "the cold room", "the rennet order", "the goats", "milking", "the cheese run to
Larnaca", "the PDO paperwork", "a tray of anari", "a Cyprus coffee with every batch", "the co-op",
"the coffee shop in the square", "the road from Dali to Potamia", "the market Saturdays", "Lent",
"my father", "my sister", "my grandmother", "the village", "whey"); and a retired officer of the
Cyprus civil service who writes formal sentences with the formulas of the ministry's letters ("You
are kindly requested to inform the undersigned of", "The undersigned would like to be informed of",
"It is kindly requested that you", "With reference to ..., please provide", "Please let me have",
"Please furnish", "Please communicate", "Please clarify", "In continuation of my previous query,",
"In this connection,"). Every question asks for the gold ``answers_evalset`` computes for its key,
and fills the slots described in answers_phrases.py.

The dev53 life lives in Asia/Nicosia, from Monday 2 April 2035; Cyprus's clocks went forward on
25 March 2035 and go back on 28 October (zoneinfo gives one offset, UTC+3, over its 16 days, to 17
April), so no clock changes inside it. Dates are written as people in Cyprus write Gregorian dates
in English, day first, British style, as on Cypriot forms, receipts and letters: slashed and not
zero-padded ("2/4"), with "the" before it as the Greek "stis 2/4" has it ("on the 2/4"), the weekday
before it ("on Monday the 2/4") or the short weekday in brackets after it ("on the 2/4 (Mon)"), or
the day and the month's name ("2 April"); for a day that may lie outside the life always with the
year ("on Monday the 2/4/2035", "on 2 April 2035 (a Monday)", zero-padded as on a form: "on the
02/04/2035"); for one of the days before yesterday the weekday, "the" and the slashed day ("on
Monday the 2/4"), the slashed day and the short weekday in brackets ("on the 2/4 (Mon)"), or the
days counted back with the weekday, the day and the month in brackets ("2 days back (Monday, 2
April)"); today alone, with the weekday, "the" and the slashed day ("today, Wednesday the 4/4") or
with the day and the month in brackets ("today (4 April)"); yesterday alone, with the weekday, "the"
and the slashed day in brackets ("yesterday (Tuesday the 3/4)") or with "the" and the slashed day
("yesterday, the 3/4"). A night is last night, alone or with its two short weekdays and slashed days
in brackets ("last night (Tue 3/4 into Wed 4/4)"); or, as the Greek "the night of Tuesday to
Wednesday" has it, the night of one weekday to the next ("the night of Tuesday to Wednesday"), the
night of one slashed day to the next ("on the night of 3/4 to 4/4"), or a weekday's night with "the"
and its slashed day ("on Tuesday night, the 3/4"). Day and night names that the disjointness checks
found shared with another set (the short weekday and the slashed day in brackets after yesterday;
the weekday and the slashed day with no "the", with or without the year, zero-padded or not, with or
without a comma; the days counted back with the weekday, the day and the month after a comma; the
day, the month and the year with the weekday or its short form after them in brackets or after a
comma, or with "a" and the weekday after a comma; the slashed day and the weekday in brackets after
yesterday; today with the weekday and the slashed day; a weekday's night with the slashed day in
brackets) were reworded. Workouts are named with places in Cyprus: the Molos in Limassol, Athalassa
park, Finikoudes in Larnaca, Troodos square, the Akamas, the old road to Kourion, Fig Tree Bay,
Governor's Beach, Mackenzie beach, the Municipal Gardens in Limassol, the sand at Ayia Napa, the sea
cliffs at Cape Greco and the wall in Strovolos.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run along the Molos in Limassol", "jog round Athalassa park", "run along Finikoudes in Larnaca"),
         "cycle": ("ride up to Troodos square", "bike ride out to the Akamas", "ride along the old road to Kourion"),
         "swim": ("swim at Fig Tree Bay", "swim off Governor's Beach", "swim at Mackenzie beach"),
         "yoga": ("yoga session in the Municipal Gardens in Limassol", "yoga class on the sand at Ayia Napa"),
         "climb": ("climbing session on the sea cliffs at Cape Greco", "bouldering session at the wall in Strovolos")}
"""What this set's questions call a workout of each activity: places in Cyprus."""

PHRASES: dict[str, list[str]] = {
    "book": ["pkio vivlio ipe {who} na diavaso? ksexasa to title re",
             "which book from {who};",
             "Which book did {who} tell me to read? Something for the quiet hour while the curds set.",
             "You are kindly requested to inform the undersigned of the title of the book which {who}"
             " recommended."],
    "film": ["inda tainia ipe {who} na dw? thelo na tin dw to weekend",
             "which film, {who}'s pick;",
             "The milk lorry came late this morning and I had an hour to kill. What film did {who} say I should"
             " see?",
             "Please let me have the title of the film which {who} recommended that I watch."],
    "offsite": ["to offsite pou en tora? {who} ipe oti to allaxan",
                "where offsite now, per {who};",
                "Where has the offsite gone to now, according to {who}? I never leave the dairy long enough for"
                " one.",
                "With reference to the offsite, please provide the city to which it has been moved, according"
                " to {who}."],
    "restaurant": ["pkio estiatorio ipe {who} na dokimasoume? thelo kati kalo gia to Savvato",
                   "which restaurant, {who}'s suggestion;",
                   "Which restaurant did {who} recommend? If they grill our halloumi, all the better.",
                   "It is kindly requested that you name the restaurant which {who} proposed that we try."],
    "flight": ["{who}'s flight ti ora prosgeionetai? prepei na imai sto airport",
               "what time {who}'s flight landing;",
               "I have the cheese run to Larnaca anyway. What time does the flight of {who} get in?",
               "Please communicate the time at which the flight of {who} is scheduled to land."],
    "dog": ["to neo skilli pou piren {who}, pos to ipan? en thymoumai to onoma",
            "what name, {who}'s new dog;",
            "Our yard dog only answers to a whistle. What did {who} call the new dog?",
            "The undersigned would like to be informed of the name which {who} has given to the newly adopted"
            " dog."],
    "launch": ["to launch tou {project} gia pote pige telika? {who} ipe oti kathisterise",
               "when {project} launch now, per {who};",
               "Delays I understand, the PDO paperwork took us years. When is the {project} launch now, going by"
               " {who}?",
               "With reference to the {project} launch, please provide the new date reported by {who}."],
    "age": ["{who}'s daughter posa klinei sta genethlia tis? thelo na tis paro doro",
            "what age {who}'s daughter at birthday;",
            "How old will the daughter of {who} be on her birthday? I'll send her a tray of anari.",
            "Please clarify the age which the daughter of {who} will attain on her birthday."],
    "podcast": ["pkio podcast mou sistise {who}? thelo kati gia to drive Lefkosia-Lemesos",
                "which podcast from {who};",
                "Stirring the vat is forty minutes of nothing. Which podcast did {who} recommend to me?",
                "Please furnish the name of the podcast which {who} recommended."],
    "breakfast_food": ["inda efaa gia proino {day}? en thymoumai tipota",
                       "what for breakfast {day};",
                       "I'm up for the five o'clock milk most days. What did I eat for breakfast {day}?",
                       "You are kindly requested to inform the undersigned of what was taken for breakfast"
                       " {day}."],
    "lunch_food": ["{day} inda efaa to mesimeri? eixa audit oli mera",
                   "what for lunch {day};",
                   "What did I have for lunch {day}? Halloumi, probably, it always is.",
                   "Please let me have particulars of the lunch I ate {day}."],
    "dinner_food": ["inda efaa vradino {day}? imoun ptoma",
                    "what for dinner {day};",
                    "After a day over the brine I forget everything. What was my dinner {day}?",
                    "It is kindly requested that you state what I ate for dinner {day}."],
    "lunch_place": ["pou efaa mesimeriano {day}? sto grafeio i exo?",
                    "where lunch {day};",
                    "Where did I eat lunch {day}? Some days it is on the bench by the cold room.",
                    "Please communicate where lunch was taken {day}."],
    "dinner_place": ["pou efaa to vradi {day}? se pkio meros?",
                     "where dinner {day};",
                     "My sister drags me into Nicosia now and then. Where did I have dinner {day}?",
                     "With reference to my dinner {day}, please provide the place at which it was taken."],
    "workout_kind": ["inda gymnastiki ekama {day}? treximo, kolymbi i kati allo?",
                     "what workout {day};",
                     "Folding cheese all morning should count as exercise. What workout did I actually do {day}?",
                     "The undersigned would like to be informed of the kind of exercise taken {day}."],
    "heart_rate": ["during my {noun} {day}, posoi itan oi palmoi mou kata meso oro?",
                   "what avg pulse, {noun} {day};",
                   "Carrying the milk churns gets my heart going more, I bet. What was my average heart rate on"
                   " the {noun} {day}?",
                   "Please furnish my mean heart rate over the {noun} {day}."],
    "sleep_quality": ["pos koimithika {night}? kala i kaka?",
                      "how good sleep {night};",
                      "The goats were bleating half the night. How well did I sleep {night}?",
                      "Please clarify the quality of my sleep {night}."],
    "sleep_night": ["poses ores koimithika {night}? nistazo akoma",
                    "how many hrs sleep {night};",
                    "Milking waits for nobody. How many hours did I sleep {night}?",
                    "You are kindly requested to inform the undersigned of the hours slept {night}."],
    "exercise_duration": ["{noun} {day}, posin ora kratise? se lepta",
                          "how long {noun} {day};",
                          "How long did the {noun} last {day}? The curds set quicker, I'm sure.",
                          "Please let me have the duration of my {noun} {day}."],
    "meeting_duration": ["to meeting {title} {day} posin ora kratise?",
                         "how long {title} mtg {day};",
                         "At the co-op a meeting can eat a whole afternoon. How long did the {title} meeting go"
                         " on {day}?",
                         "Please communicate the length of the {title} meeting {day}."],
    "distance_run": ["posa km etrexa {day}?",
                     "how many km running {day};",
                     "How far did I run {day}? My dairy boots are no running shoes.",
                     "It is kindly requested that you state the distance I ran {day}."],
    "distance_cycle": ["posa km ekama me to podilato {day}?",
                       "how many km bike {day};",
                       "The road from Dali to Potamia is flat, thank God. How many km did I ride {day}?",
                       "Please furnish the distance I covered by bicycle {day}."],
    "distance_swim": ["posa metra kolymbisa {day}? i km?",
                      "how far swim {day};",
                      "The sea is still cold in April. How far did I swim {day}?",
                      "The undersigned would like to be informed of the distance swum {day}."],
    "attendees": ["pkioi itan sto meeting {title} {day}?",
                  "who at {title} {day};",
                  "Who sat in on the {title} meeting {day}? My head was on the rennet order.",
                  "With reference to the {title} meeting {day}, please provide the names of those present."],
    "coffee_count": ["posous kafedes ipia {day}? nomizo itan polloi",
                     "how many coffees {day};",
                     "A Cyprus coffee with every batch, that's the rule here. How many coffees did I drink {day}?",
                     "Please clarify the number of coffees I drank {day}."],
    "caffeine": ["poso caffeine epiasa {day}? se mg synolika",
                 "how much caffeine {day}, mg;",
                 "My hands shake when I cut the blocks. How many mg of caffeine did I take in {day}?",
                 "Please let me have the total caffeine, in milligrams, consumed {day}."],
    "meeting_count": ["posa meetings eixa {day}?",
                      "how many mtgs {day};",
                      "A cheesemaker should not have meetings at all. How many did I have {day}?",
                      "You are kindly requested to inform the undersigned of the number of meetings held {day}."],
    "km_week": ["touti tin evdomada posa km {activity} ekama synolika?",
                "how many km {activity} this week;",
                "The milk lorry covers more ground than I do. How many km of {activity} have I done this week?",
                "Please communicate the total distance I {past} this week."],
    "workouts_week": ["poses fores ekama gym touti tin evdomada?",
                      "how many workouts this week;",
                      "My father says the dairy is my gym. How many workouts have I done this week so far?",
                      "It is kindly requested that you state the number of workouts taken this week."],
    "first_coffee": ["{day} ti ora ipia ton proto kafe?",
                     "when first coffee {day};",
                     "What time was my first coffee {day}? Before the milk came, surely.",
                     "Please furnish the hour of my first coffee {day}."],
    "last_coffee": ["ti ora itan o teleftaios kafes {day}?",
                    "when last coffee {day};",
                    "The coffee shop in the square makes it strong. When did I have my last coffee {day}?",
                    "The undersigned would like to be informed of the time of the last coffee {day}."],
    "first_meeting": ["to proto meeting {day} ti ora ksekinise?",
                      "when first mtg {day};",
                      "I had milk on my hands till nine. When did my first meeting begin {day}?",
                      "Please clarify at what hour my first meeting commenced {day}."],
    "wake": ["ti ora ksipnisa {day}? noris i arga?",
             "when up {day};",
             "The alarm is set for half four for the milking. When did I get up {day}?",
             "With reference to my waking {day}, please provide the exact time."],
    "bedtime": ["ti ora eplosa {night}?",
                "when bed {night};",
                "The cheese needed turning before I could lie down. When did I go to bed {night}?",
                "Please let me have the time at which I retired {night}."],
    "dinner_on_distance": ["inda efaa vradino tzini tin mera pou i {past} {km} km?",
                           "what for dinner, day i {past} {km} km;",
                           "I was starving that evening. What did I have for dinner the day I {past} {km} km?",
                           "Please communicate what I ate for dinner on the day on which I {past} {km} km."],
    "meeting_after_workout": ["pkioi itan sto meeting pou eixa after my {noun} {day}?",
                              "who at mtg after {noun} {day};",
                              "I probably still smelled of goats. Who was at the meeting right after my {noun}"
                              " {day}?",
                              "It is kindly requested that you name those present at the meeting following my"
                              " {noun} {day}."],
    "lunch_on_meeting_day": ["pou efaa mesimeri tzini tin mera tou meeting {title}?",
                             "where lunch, day of {title};",
                             "Those days I forget my halloumi sandwich. Where did I eat lunch on the day of the"
                             " {title} meeting?",
                             "Please furnish the place where I lunched on the day of the {title} meeting."],
    "sleep_after_meeting": ["to vradi meta to meeting {title}, poses ores koimithika?",
                            "how much sleep, night after {title};",
                            "Inspections keep me awake too. How long did I sleep the night after the {title}"
                            " meeting?",
                            "The undersigned would like to be informed of the hours slept on the night following"
                            " the {title} meeting."],
    "dinner_on_said_day": ["tin mera pou {who} mentioned {value}, inda efaa to vradi?",
                           "what for dinner, day {who} said {value};",
                           "Funny what you remember at the vat. What did I eat for dinner the day {who} brought up"
                           " {value}?",
                           "Please clarify what I had for dinner on the day {who} referred to {value}."],
    "compare_sleep": ["pote koimithika perissotero, {n1} i {n2}?",
                      "which longer sleep, {n1} or {n2};",
                      "Both were milking mornings. Did I sleep more {n1} or {n2}?",
                      "Please let me have a comparison of my sleep {n1} and {n2}, and which was the longer."],
    "compare_caffeine": ["pkia mera epiasa pio polli caffeine, {d1} i {d2}?",
                         "which more caffeine, {d1} or {d2};",
                         "One of those was a market day with three coffees. Which day had more caffeine, {d1} or"
                         " {d2}?",
                         "Please communicate on which day I consumed more caffeine, {d1} or {d2}."],
    "compare_duration": ["pkio workout kratise perissotero, {d1} i {d2}?",
                         "which workout longer, {d1} or {d2};",
                         "Both felt longer than a batch. Which workout lasted longer, {d1} or {d2}?",
                         "It is kindly requested that you state whether my workout {d1} or that {d2} was the"
                         " longer."],
    "compare_coffee_weeks": ["touti tin evdomada ipia perissoterous kafedes i ligoterous pou tin perasmeni?",
                             "more or fewer coffees, this week vs last;",
                             "Lent makes me drink more of it, I think. Am I having more coffee this week than last"
                             " week, or less?",
                             "Please clarify whether I have drunk more or less coffee this week than in the"
                             " preceding week."],
    "late_coffee_sleep": ["otan pinno kafe meta tis {t}, kimoumai ligotero?",
                          "less sleep, coffee after {t};",
                          "My grandmother drinks one at midnight and sleeps like a baby. Do I sleep less on days I"
                          " have coffee after {t}?",
                          "The undersigned would like to be informed whether coffee taken after {t} reduces my"
                          " sleep."],
    "late_dinner_sleep": ["an fao vradino stis {t} i argotera, kimoumai ligotero?",
                          "less sleep, dinner {t} or later;",
                          "In the village everybody eats late. Do I sleep less when dinner is at {t} or later?",
                          "Please furnish an answer as to whether my sleep is shorter when I dine at {t} or later."],
    "exercise_sleep": ["tes meres pou kamno gym, kimoumai perissotero?",
                       "more sleep on workout days;",
                       "Cheese days knock me out already. Do I sleep longer on the days I work out?",
                       "Please communicate whether I sleep longer on days on which I exercise."],
    "caffeine_sleep": ["otan pianno {mg} mg caffeine i pio polli, pos en o ypnos mou?",
                       "how sleep after {mg}+ mg caffeine days;",
                       "I ask because of the market Saturdays. How do I sleep after days with {mg} mg of caffeine"
                       " or more?",
                       "It is kindly requested that you report how I sleep after days with at least {mg} mg of"
                       " caffeine."],
    "exercise_coffee": ["tes meres pou kamno gymnastiki, pinno pio pollous kafedes?",
                        "more coffees on workout days;",
                        "It feels that way at the dairy. On days I work out, do I drink more coffee?",
                        "Please let me have your finding as to whether I drink more coffee on the days on which I"
                        " exercise."],
    "fu_day_before": ["tzai tin proigoumeni mera?",
                      "and day before;",
                      "My memory runs off like whey. And the day before that?",
                      "In continuation of my previous query, please provide the same for the preceding day."],
    "fu_meeting_length": ["tzai posin ora kratise tzino to meeting?",
                          "how long that mtg;",
                          "Longer than the curds take to set, I'd guess. And how long did that meeting last?",
                          "In this connection, please communicate the duration of that meeting."],
    "fu_other_day": ["tzai {day}, posa?",
                     "and {day};",
                     "My legs can't tell one run from another. What about {day}?",
                     "In continuation of my previous query, please provide the same for {day}."],
    "fu_night_before": ["tzai to proigoumeno vradi?",
                        "and night before;",
                        "The goats again, probably. And the night before that?",
                        "In this connection, please let me have the same for the preceding night."],
    "fu_today": ["tzai simera mehri tora?",
                 "and today so far;",
                 "I've been up since four, so it's late for me. And today, up to now?",
                 "In continuation of my previous query, please furnish the same for today to this hour."],
    "fu_other_person": ["tzai {who} inda ipe?",
                        "and {who};",
                        "Everybody in the village has an opinion. And {who}?",
                        "In this connection, please clarify the same as regards {who}."],
}
"""Every question key's templates: the trainee auditor's, the delivery rider's, the halloumi maker's,
the retired civil servant's."""


def _slashed(day: date, year: bool = False, padded: bool = False) -> str:
    """Day first ("2/4"); ``padded``: zero-padded ("02/04"); ``year``: with the full year ("2/4/2035")."""
    text = f"{day.day:02d}/{day.month:02d}" if padded else f"{day.day}/{day.month}"
    return text + (f"/{day.year}" if year else "")


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the year."""
    name, short, month = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()], MONTHS[day.month - 1]
    if absolute:
        return [f"on {name} the {_slashed(day, year=True)}", f"on {day.day} {month} {day.year} (a {name})",
                f"on the {_slashed(day, year=True, padded=True)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {name} the {_slashed(day)}", f"today ({day.day} {month})"]
    if back == 1:
        return ["yesterday", f"yesterday ({name} the {_slashed(day)})", f"yesterday, the {_slashed(day)}"]
    return [f"on {name} the {_slashed(day)}", f"on the {_slashed(day)} ({short})",
            f"{back} days back ({name}, {day.day} {month})"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    options = [f"the night of {WEEKDAYS[day.weekday()]} to {WEEKDAYS[after.weekday()]}",
               f"on the night of {_slashed(day)} to {_slashed(after)}",
               f"on {WEEKDAYS[day.weekday()]} night, the {_slashed(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night ({SHORT_DAYS[day.weekday()]} {_slashed(day)} into"
                    f" {SHORT_DAYS[after.weekday()]} {_slashed(after)})"]
    return options
