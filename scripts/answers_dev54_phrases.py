"""Question phrasings of the answers benchmark's fifty-fourth tuning set, ``dev54`` (docs/benchmarks.md, "Answers").

``dev54`` was the held-out set until 2026-12-05, when, after its measurement at a7459b6 (grounded
accuracy 0.636; worst category comparison 0.364; unsupported 0.034; abstention 0.727; p95 0.018 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev53``, answers_dev53_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order): a young teller at
a bank in Suva who types lower case and switches between English and Fijian (the standard, Bauan
Fijian of the iTaukei) inside a sentence, in its ordinary typed spelling (as Fijians type it on a
phone: no macrons, the letters as the language writes them, "c" for the "th" sound, "q" for "ngg",
"g" for "ng", "b" and "d" with the nasal before them unwritten, and the texters' short forms, "qo"
for "oqo", "ya" for "oya", "niu" for "ni'u"): "cava" and "na ... cava" for what and which, "e vei"
for where, "o cei" for who, "e vica" for how many and how much, "ena vica" and "ena vica na kaloko"
for at what time, "e dede vakacava" for how long, "vakacava" for how and for what about, "i naica"
for to when, "i vei" for to where, "ia" for and what about, "se" for or, "au a" and "au" for I
(did), "a kaya", "a vakatura" and "a mention" for said, recommended and mentioned, "meu" and "meda"
for that I and that we should, "sarava", "rogoca" and "tovolea" for watch, listen to and try, "lai
taura" for go and fetch, "veisautaka" for changed, "kania" and "kana" for ate and eat, "gunuva" and
"gunu" for drank and drink, "moce" for sleep and slept, "yadra" for woke, "lako i moce" for went to
bed, "cici", "qalo" and "vodo basikeli" for ran, swam and rode a bike, "cakava" for did, "tiko" for
was there, "e tekivu" for began, "katalau", "vakasigalevu" and "vakayakavi" for breakfast, lunch and
dinner, "vale ni kana" for a restaurant, "kofi" and "bilo kofi" for coffee and a cup of it, "koli
vou" for a new dog, "yacana" for its name, "yabaki vica" for how many years old, "nona bday" for her
birthday, "sobu" for to land, "toso" for to move, "berabera" for late, "vakamataka" for early,
"noqu" and "kequ" for my (the second for food), "imatai ni" and "iotioti ni" for the first and the
last, "levu cake" and "lailai cake" for more and less, "dede cake" for longer, "se sivia" for or
more, "se mai muri" for or later, "ni oti" for after, "e liu" for the one before, "aua", "mita" and
"yawa" for hours, metres and distance, "siga" and "bogi" for day and night, "nikua" for today, "me
yacova mai qo" for up to now, "na macawa qo" and "na macawa sa oti" for this week and last,
"vakataucoko" for in total, "vinaka se ca" for well or badly, "e office se e tautuba" for at the
office or outside, "se cava tale" for or what else, "au sega ni nanuma" and "au sa guilecava" for I
don't remember and I've forgotten, "au sa oca" and "au se oca tiko" for I'm tired and I'm still
tired, and Nadi, Nausori and the bus for the places of her days); a carrier driver in Nausori who
still texts from an old keypad phone, lower case, with the vowels dropped from most words to save
key presses ("wht", "whr", "whch", "whn", "hw", "hw mny", "hw mch", "hw lng", "hw fr", "brkfst",
"lnch", "dnnr", "cff", "cffs", "cffn", "slp", "mtng", "mtngs", "wrkt", "wrkts", "avrg hrt rt",
"frst", "lst", "ths wk", "lst wk", "mr", "lss", "fwr", "lngr", "ltr", "dy", "dys", "nght", "bfr",
"aftr", "rcmmnd", "sggst", "mntnd", "flght", "lnd", "dghtr", "trnng", "rstrnt", "pdcst", "offst",
"bk", "flm", "nm", "dg", "bke", "swm", "wke", "bd", "nw", "sd", "tdy", "fr", "shd", "wtch", "hv",
"ws", "dz", "gv", "thr", "tht", "thn", "wth", "abt", "strt", "n" for and), no apostrophes ("{who}s
flght"), and a question mark at the end; a fitter at the Lautoka sugar mill, in the weeks of the
overhaul before the crushing season, who writes sentences with capitals and makes a remark from the
mill before the question or after it ("the crushing", "the overhaul", "night shifts", "a double
shift", "twelve-hour shifts", "the boiler house", "the boiler ladders", "the siren", "a roller
change", "the rollers", "the cane yard", "the cane trains", "the cane lorries", "the gantry", "the
turbine", "a conveyor", "the carrier", "the workshop", "the canteen", "the welding", "the grease",
"bagasse", "the safety briefings", "a mill dog", "my old foreman", "my wife's roti parcel", "my
lunch tin", "my cousins in Ba", "a grog session", "the drive past Nadi"); and a retired clerk of the
Parliament of Fiji who writes formal sentences with the formulas of a written parliamentary question
("I rise to ask", "I wish to ask", "Will you state", "Will you confirm", "Will you advise me",
"Would you indicate"), his follow-ups put as supplementaries ("Supplementary question:", "A further
supplementary:", "By way of supplementary,"). Every question asks for the gold ``answers_evalset``
computes for its key, and fills the slots described in answers_phrases.py.

The dev54 life lives in Pacific/Fiji, from Monday 30 April 2035; Fiji last kept summer time in
2020-21, and only ever between October and March (zoneinfo gives one offset, UTC+12, over its 16
days, to 15 May, and over all of 2035), so no clock changes inside it. Dates are written as people
in Fiji write Gregorian dates in English, day first, British style, as on Fijian notes, forms and
till receipts: slashed and not zero-padded ("7/5"), or zero-padded with the year's two last digits
as a till receipt prints it ("07/05/35"), or with the ordinal and the month's name ("7th May"); and,
as people in Fiji say it, a weekday placed by its week, "last week Friday" and "this week Monday".
For a day that may lie outside the life always with the year ("on 07/05/35 (Mon)", "on Monday the
7th of May in 2035", "on Mon 7/5/35"); for one of the days before yesterday the weekday, its week
and the slashed day in brackets ("Friday last week (4/5)"), the week, the weekday and the ordinal
day ("last week Friday, 4th"), or the days counted back with the weekday, the ordinal day and the
month ("3 days ago, Friday 4th May"); today alone, with the weekday and the ordinal day ("today,
Monday 7th") or with the short weekday, the ordinal day and the month ("today, Mon 7th May");
yesterday alone, with the short weekday, the ordinal day and the month ("yesterday, Sun 6th May"),
or with "being", the weekday and the slashed day ("yesterday, being Sunday 6/5"). A night is last
night, alone or with its two short weekdays and slashed days joined by "going", as Fiji says "Sunday
going Monday" ("last night, Sun 6/5 going Mon 7/5"); or a weekday's night with its ordinal day and
month ("on Sunday night, 6th May"), the night of a weekday and its ordinal day ("on the night of
Sunday 6th"), or "overnight" from one slashed day to the next ("overnight 6/5 to 7/5"). Day and
night names that the disjointness checks found shared with another set (today with the slashed day
in brackets; the weekday and the ordinal day alone; the weekday and the slashed day; "last week" and
the weekday with the slashed day in brackets; the ordinal day "of" the month and the year after a
comma; the zero-padded day, month and full year with the short weekday in brackets; the day, the
month's first three letters and the year joined by hyphens, with or without the short weekday; the
weekday, the ordinal day, the month and the year with or without commas; yesterday with the short
weekday and the slashed day after a comma; the night of one slashed day "into" the next; last night
with its short weekdays and slashed days joined by "to"), and the carrier driver's "n" with the day
or the name alone, were reworded. Workouts are named with places in Fiji: the Suva foreshore, the
Sigatoka sand dunes, Albert Park, the Queens Road to Pacific Harbour, Denarau, Princes Road to
Colo-i-Suva, the Suva Olympic Pool, Natadola beach, the lagoon at Pacific Harbour, Thurston Gardens,
the beach at Wailoaloa, Joske's Thumb and Mount Korobaba.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run along the Suva foreshore", "run up the Sigatoka sand dunes", "jog round Albert Park"),
         "cycle": ("ride out along the Queens Road to Pacific Harbour", "bike ride round Denarau",
                   "ride up Princes Road to Colo-i-Suva"),
         "swim": ("swim at the Suva Olympic Pool", "swim at Natadola beach", "swim in the lagoon at Pacific Harbour"),
         "yoga": ("yoga class in Thurston Gardens", "yoga session on the beach at Wailoaloa"),
         "climb": ("climbing session on Joske's Thumb", "climb up the rock of Mount Korobaba")}
"""What this set's questions call a workout of each activity: places in Fiji."""

PHRASES: dict[str, list[str]] = {
    "book": ["cava na book a vakatura mai o {who}? au sa guilecava na title",
             "wht bk did {who} rcmmnd?",
             "Which book did {who} put me onto? I've got the long night shifts coming once the crushing starts.",
             "I rise to ask which book {who} recommended to me."],
    "film": ["na movie cava a kaya o {who} meu sarava ena weekend?",
             "whch flm did {who} say i shd wtch?",
             "The boys in the workshop talk about nothing but films. What film did {who} tell me to watch?",
             "Will you state the title of the film which {who} advised me to see?"],
    "offsite": ["sa toso i vei na offsite? a kaya o {who} ni ra sa veisautaka",
                "whr is the offst nw, {who} sd?",
                "Where has the offsite moved to now, going by {who}? Nobody ever moves a sugar mill, at least.",
                "Will you confirm the place to which, according to {who}, the offsite has been moved?"],
    "restaurant": ["na vale ni kana cava a vakatura o {who} meda lai tovolea?",
                   "whch rstrnt did {who} sggst?",
                   "My wife wants a night out once the overhaul is done. Which restaurant did {who} suggest?",
                   "Would you indicate which restaurant {who} proposed that we try?"],
    "flight": ["na flight i {who} e na sobu ena vica na kaloko? meu lai taura mai e Nadi",
               "wht tm dz {who}s flght lnd?",
               "I'll be driving past Nadi after my shift anyway. What time does {who}'s flight land?",
               "I wish to ask at what time the flight of {who} is due to land."],
    "dog": ["na koli vou i {who}, cava na yacana? au sega ni nanuma",
            "wht nm did {who} gv thr nw dg?",
            "We've a mill dog that sleeps by the boiler house. What did {who} call the new dog?",
            "Will you advise me of the name which {who} has given to the new dog?"],
    "launch": ["na {project} launch sa toso i naica? a kaya o {who} ni sa berabera",
               "whn is {project} lnch nw, {who} sd?",
               "Everything slips, even the start of the crushing. When is the {project} launch now, according"
               " to {who}?",
               "I rise to ask to what date, according to {who}, the {project} launch has been moved."],
    "age": ["{who}'s daughter e na yabaki vica ena nona bday?",
            "hw old is {who}s dghtr trnng?",
            "My own girl turns ten in June. How old will {who}'s daughter be on her birthday?",
            "Will you state the age which the daughter of {who} will reach on her birthday?"],
    "podcast": ["cava na podcast a vakatura mai o {who}? meu rogoca ena bus i Nausori",
                "whch pdcst did {who} rcmmnd?",
                "I need something for the long walk round the cane yard. Which podcast did {who} recommend?",
                "Would you indicate the podcast which {who} commended to me?"],
    "breakfast_food": ["cava au kania ena katalau {day}? au sega ni nanuma",
                       "wht did i eat fr brkfst {day}?",
                       "What did I have for breakfast {day}? The siren goes at six, so I eat whatever's there.",
                       "I wish to ask what I ate for breakfast {day}."],
    "lunch_food": ["{day} cava au kania ena vakasigalevu?",
                   "wht did i hv fr lnch {day}?",
                   "What was lunch {day}? If it was my wife's roti parcel, I'd remember.",
                   "Will you state what I had for lunch {day}?"],
    "dinner_food": ["cava na kequ vakayakavi {day}? au sa oca sara",
                    "wht ws dnnr {day}?",
                    "I came off a double shift half asleep. What did I eat for dinner {day}?",
                    "I rise to ask what I ate for dinner {day}."],
    "lunch_place": ["au a kana vakasigalevu e vei {day}? e office se e tautuba?",
                    "whr did i eat lnch {day}?",
                    "Where did I have lunch {day}? Half the time it's the canteen behind the workshop.",
                    "Would you indicate where I took my lunch {day}?"],
    "dinner_place": ["e vei au a kana kina na vakayakavi {day}?",
                     "whr ws dnnr {day}?",
                     "My cousins in Ba keep dragging me out. Where did I have dinner {day}?",
                     "Will you advise me where I dined {day}?"],
    "workout_kind": ["cava na workout au a cakava {day}? cici, qalo se cava tale?",
                     "wht wrkt did i do {day}?",
                     "Climbing the boiler ladders ought to count. What exercise did I actually do {day}?",
                     "I wish to ask which form of exercise I took {day}."],
    "heart_rate": ["ena noqu {noun} {day}, e vica na avg heart rate?",
                   "avrg hrt rt on my {noun} {day}?",
                   "The boiler house is hotter than any workout. What was my average heart rate on the {noun} {day}?",
                   "Will you state my average heart rate during the {noun} {day}?"],
    "sleep_quality": ["vakacava na noqu moce {night}? vinaka se ca?",
                      "hw wll did i slp {night}?",
                      "The cane trains rattle past our place all night. How well did I sleep {night}?",
                      "Would you indicate the quality of my sleep {night}?"],
    "sleep_night": ["e vica na aua au a moce {night}? au se oca tiko",
                    "hw mny hrs slp {night}?",
                    "Night shift plays games with my head. How many hours did I sleep {night}?",
                    "I rise to ask how many hours I slept {night}."],
    "exercise_duration": ["na noqu {noun} {day}, e dede vakacava?",
                          "hw lng ws my {noun} {day}?",
                          "How long did the {noun} take {day}? Less time than changing a roller, I hope.",
                          "Will you state the duration of my {noun} {day}?"],
    "meeting_duration": ["na meeting {title} {day} e dede vakacava?",
                         "hw lng ws the {title} mtng {day}?",
                         "Our safety briefings drag on for ever. How long did the {title} meeting run {day}?",
                         "Would you indicate how long the {title} meeting lasted {day}?"],
    "distance_run": ["e vica na km au a cici {day}?",
                     "hw fr did i run {day}?",
                     "My legs feel it more than a day on the gantry. How many km did I run {day}?",
                     "I wish to ask what distance I ran {day}."],
    "distance_cycle": ["e vica na km au a vodo basikeli {day}?",
                       "hw mny km on the bke {day}?",
                       "The road past the mill is full of cane lorries. How many km did I ride {day}?",
                       "Will you confirm how many kilometres I cycled {day}?"],
    "distance_swim": ["e vakacava na yawa au a qalo {day}? mita se km?",
                      "hw fr did i swm {day}?",
                      "A swim is the only thing that gets the grease off. How far did I swim {day}?",
                      "I rise to ask what distance I swam {day}."],
    "attendees": ["o cei era a tiko ena meeting {title} {day}?",
                  "who ws at the {title} mtng {day}?",
                  "My mind was still on the turbine. Who was at the {title} meeting {day}?",
                  "Would you indicate who attended the {title} meeting {day}?"],
    "coffee_count": ["e vica na bilo kofi au a gunuva {day}?",
                     "hw mny cffs {day}?",
                     "The canteen coffee is terrible and still I go back. How many coffees did I have {day}?",
                     "Will you state how many cups of coffee I drank {day}?"],
    "caffeine": ["e vica na mg caffeine au a gunuva {day}? vakataucoko",
                 "hw mch cffn {day}, in mg?",
                 "My hands have to be steady for the welding. How much caffeine did I take {day}, in mg?",
                 "I wish to ask the total caffeine, in milligrams, that I took in {day}."],
    "meeting_count": ["e vica na meeting au a tiko kina {day}?",
                      "hw mny mtngs {day}?",
                      "A fitter shouldn't need meetings at all. How many did I have {day}?",
                      "Will you confirm the number of meetings I attended {day}?"],
    "km_week": ["e vica na km ni {activity} au sa cakava ena macawa qo?",
                "hw mny km {activity} ths wk?",
                "I'm keeping fit before the crushing eats my weeks. How many km of {activity} have I done this"
                " week?",
                "I rise to ask what total distance I {past} this week."],
    "workouts_week": ["e vica na workout au sa cakava ena macawa qo?",
                      "hw mny wrkts ths wk?",
                      "Twelve-hour shifts and still I train. How many workouts have I done this week?",
                      "Will you state how many workouts I have completed this week?"],
    "first_coffee": ["{day} au a gunuva na imatai ni kofi ena vica na kaloko?",
                     "wht tm ws my frst cff {day}?",
                     "What time was my first coffee {day}? Before the six o'clock siren, I'd say.",
                     "Would you indicate the time of my first coffee {day}?"],
    "last_coffee": ["ena vica na kaloko na iotioti ni kofi {day}?",
                    "whn ws my lst cff {day}?",
                    "After a night shift I shouldn't touch the stuff. When was my last coffee {day}?",
                    "I wish to ask at what time I had my last coffee {day}."],
    "first_meeting": ["na imatai ni meeting {day} e tekivu ena vica?",
                      "whn did my frst mtng strt {day}?",
                      "I was under a conveyor till nine. What time did my first meeting start {day}?",
                      "Will you state the hour at which my first meeting began {day}?"],
    "wake": ["au a yadra ena vica {day}? vakamataka se berabera?",
             "wht tm did i wke {day}?",
             "The alarm goes at half five when I'm on days. What time did I wake up {day}?",
             "I rise to ask at what time I awoke {day}."],
    "bedtime": ["au a lako i moce ena vica {night}?",
                "whn did i go to bd {night}?",
                "After a grog session I lose all track. What time did I go to bed {night}?",
                "Would you indicate when I retired to bed {night}?"],
    "dinner_on_distance": ["ena siga au {past} kina e {km} km, cava na kequ vakayakavi?",
                           "wht ws dnnr the dy i {past} {km} km?",
                           "I ate like a horse that night. What did I have for dinner on the day I {past} {km} km?",
                           "I wish to ask what my dinner was on the day I {past} {km} km."],
    "meeting_after_workout": ["o cei era a tiko ena meeting ni oti na noqu {noun} {day}?",
                              "who ws at the mtng aftr my {noun} {day}?",
                              "I turned up still dripping, I think. Who was in the meeting after my {noun} {day}?",
                              "Will you state who attended the meeting that followed my {noun} {day}?"],
    "lunch_on_meeting_day": ["ena siga ni meeting {title}, au a kana vakasigalevu e vei?",
                             "whr did i hv lnch the dy of the {title} mtng?",
                             "That was a day I forgot my lunch tin. Where did I eat lunch on the day of the {title}"
                             " meeting?",
                             "Would you indicate where I lunched on the day of the {title} meeting?"],
    "sleep_after_meeting": ["ena bogi ni oti na meeting {title}, e vica na aua au a moce?",
                            "hw lng did i slp the nght aftr the {title} mtng?",
                            "A bad meeting keeps me up like a boiler alarm. How long did I sleep the night after"
                            " the {title} meeting?",
                            "I rise to ask how many hours I slept on the night after the {title} meeting."],
    "dinner_on_said_day": ["ena siga e a mention kina o {who} na {value}, cava na kequ vakayakavi?",
                           "wht ws dnnr the dy {who} mntnd {value}?",
                           "Funny what sticks over the noise of the mill. What did I eat for dinner the day {who}"
                           " talked about {value}?",
                           "Will you confirm what I had for dinner on the day {who} mentioned {value}?"],
    "compare_sleep": ["levu cake na noqu moce {n1} se {n2}?",
                      "mr slp {n1} or {n2}?",
                      "Both were in a night-shift week. Did I get more sleep {n1} or {n2}?",
                      "Would you indicate whether I slept longer {n1} or {n2}?"],
    "compare_caffeine": ["ena siga cava e levu cake na caffeine, {d1} se {d2}?",
                         "whch dy mr cffn, {d1} or {d2}?",
                         "One of those had a breakdown on the carrier and a pot of coffee to go with it. Which"
                         " day had more caffeine, {d1} or {d2}?",
                         "I wish to ask on which day I took more caffeine, {d1} or {d2}."],
    "compare_duration": ["na workout cava e dede cake, {d1} se {d2}?",
                         "whch wrkt lngr, {d1} or {d2}?",
                         "My knees say the second one. Which workout went on longer, {d1} or {d2}?",
                         "Will you state which was the longer workout, that {d1} or that {d2}?"],
    "compare_coffee_weeks": ["na macawa qo au gunuva e levu cake na kofi se lailai cake mai na macawa sa oti?",
                             "mr or fwr cffs ths wk thn lst wk?",
                             "The overhaul has me drinking it by the litre. Am I having more coffee this week than"
                             " last week, or less?",
                             "I rise to ask whether I have drunk more or less coffee this week than last week."],
    "late_coffee_sleep": ["niu gunu kofi ni oti na {t}, e lailai cake na noqu moce?",
                          "do i slp lss on dys wth cff aftr {t}?",
                          "My old foreman drank coffee at midnight and snored through the siren. Do I sleep less"
                          " on days I have coffee after {t}?",
                          "Will you confirm whether coffee after {t} shortens my sleep?"],
    "late_dinner_sleep": ["niu kana vakayakavi ena {t} se mai muri, e lailai cake na noqu moce?",
                          "do i slp lss whn dnnr is {t} or ltr?",
                          "On late shifts dinner comes whenever it comes. Do I sleep less when I eat dinner at {t}"
                          " or later?",
                          "I wish to ask whether I sleep less on the days I dine at {t} or later."],
    "exercise_sleep": ["ena siga niu gym, e levu cake na noqu moce?",
                       "do i slp mr on wrkt dys?",
                       "A shift on the rollers knocks me out by itself. Do I sleep longer on days I work out?",
                       "Will you confirm whether the days I exercise are followed by longer sleep?"],
    "caffeine_sleep": ["ena siga niu gunuva e {mg} mg caffeine se sivia, e vakacava na noqu moce?",
                       "hw do i slp aftr dys wth {mg} mg cffn or mr?",
                       "I'm asking because of the double shifts. How do I sleep after days with {mg} mg of"
                       " caffeine or more?",
                       "I rise to ask how I sleep after days on which I take {mg} mg of caffeine or more."],
    "exercise_coffee": ["ena siga niu workout, au gunuva e levu cake na kofi?",
                        "mr cffs on wrkt dys?",
                        "That's how it feels in the workshop. Do I drink more coffee on the days I work out?",
                        "Will you state whether I drink more coffee on the days on which I exercise?"],
    "fu_day_before": ["ia na siga e liu?",
                      "n the dy bfr?",
                      "My memory's as dry as bagasse. And the day before that?",
                      "Supplementary question: and on the day before?"],
    "fu_meeting_length": ["ia na meeting ya e dede vakacava?",
                          "hw lng ws tht mtng?",
                          "Longer than a roller change, I'd bet. How long did that meeting go on?",
                          "A further supplementary: how long did that meeting last?"],
    "fu_other_day": ["ia {day}, e vica?",
                     "n wht abt {day}?",
                     "My legs forget, the watch doesn't. What about {day}?",
                     "By way of supplementary, what was it {day}?"],
    "fu_night_before": ["ia na bogi e liu?",
                        "n the nght bfr?",
                        "The cane trains again, most likely. And the night before?",
                        "A further supplementary: and the night before that one?"],
    "fu_today": ["ia nikua me yacova mai qo?",
                 "n tdy so fr?",
                 "I've been up since the five o'clock siren. And today, so far?",
                 "By way of supplementary, and today, up to this hour?"],
    "fu_other_person": ["vakacava o {who}?",
                        "wht abt {who} thn?",
                        "Everyone on my shift has a view. And {who}?",
                        "Supplementary question: the same as regards {who}?"],
}
"""Every question key's templates: the bank teller's, the carrier driver's, the mill fitter's, the
retired clerk of Parliament's."""


def _slashed(day: date, padded: bool = False, year: bool = False) -> str:
    """Day first ("7/5"); ``padded``: zero-padded ("07/05"); ``year``: with the year's two last digits, as on a
    till receipt ("07/05/35")."""
    text = f"{day.day:02d}/{day.month:02d}" if padded else f"{day.day}/{day.month}"
    return text + (f"/{day.year % 100:02d}" if year else "")


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name, short, month = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()], MONTHS[day.month - 1]
    nth = ordinal(day.day)
    if absolute:
        return [f"on {_slashed(day, padded=True, year=True)} ({short})",
                f"on {name} the {nth} of {month} in {day.year}", f"on {short} {_slashed(day, year=True)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {name} {nth}", f"today, {short} {nth} {month}"]
    if back == 1:
        return ["yesterday", f"yesterday, {short} {nth} {month}", f"yesterday, being {name} {_slashed(day)}"]
    same_week = day - timedelta(days=day.weekday()) == today - timedelta(days=today.weekday())
    week = "this week" if same_week else "last week"  # as Fiji says it: "last week Friday"
    return [f"{name} {week} ({_slashed(day)})", f"{week} {name}, {nth}", f"{back} days ago, {name} {nth} {month}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, nth = WEEKDAYS[day.weekday()], ordinal(day.day)
    options = [f"on {name} night, {nth} {MONTHS[day.month - 1]}", f"overnight {_slashed(day)} to {_slashed(after)}",
               f"on the night of {name} {nth}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, {SHORT_DAYS[day.weekday()]} {_slashed(day)} going"
                    f" {SHORT_DAYS[after.weekday()]} {_slashed(after)}"]
    return options
