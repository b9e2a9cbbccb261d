"""Question phrasings of the answers benchmark's sixtieth tuning set, ``dev60`` (docs/benchmarks.md, "Answers").

``dev60`` was the held-out set until 2026-12-05, when, after its measurement at f211a05 (grounded
accuracy 0.682; worst category attendees 0.409; unsupported 0.008; abstention 0.864; p95 0.019 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev59``, answers_dev59_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young florist at a stall on the Bloemenmarkt who types lower case and switches between English
  and a language of that country inside a sentence (no earlier set's), in its ordinary typed
  spelling as people in the Netherlands type it on a phone (the possessive cut to "m'n" and the
  article to "'t", as texters cut them, and a person's thing as "de ... van" and the name rather
  than a genitive): "wat" for what, "wat voor" for what kind, "welk" and "welke" for which, "waar"
  for where, "waar naartoe" for where to, "naar welke datum" for to what date, "wanneer" for when,
  "hoe laat" for at what time, "hoeveel" for how many and how much, "hoeveel uur" for how many
  hours, "hoelang" for how long, "hoe ver" for how far, "hoe oud" for how old, "hoe heet" for what
  is it called, "wie" for who, "hoe" for how, "ik" for I, "m'n" for my, "me" for me, "de dag dat"
  and "op de dag dat" for the day that, "de dag ervoor" and "de nacht daarvoor" for the day and the
  night before, "de nacht na" for the night after, "vandaag" for today, "tot nu toe" for so far,
  "deze week" and "vorige week" for this week and last week, "in totaal" for in all, "ontbijt" and
  "avondeten" for breakfast and dinner, "at" for ate, "had" and "gehad" for had, "drink" for
  drink, "koffie" for coffee, "bakjes koffie" for cups of coffee and "bakkie" for a cup, "slaap" and
  "geslapen" for sleep and slept, "wakker werd" for woke, "naar bed" for to bed, "hardgelopen",
  "gefietst" and "gezwommen" for ran, cycled and swam, "sport" and "gesport" for work out and worked
  out, "rustdagen" for rest days, "gemiddelde hartslag" for the average heart rate, "duurde" for
  lasted, "begon" for began, "landt" for lands, "verplaatst" and "verschoven" for moved and put
  back, "zei" for said, "aangeraden" and "raadde aan" for recommended, "had 't over" for talked
  about, "proberen" for try, "kijken" for watch, "de nieuwe hond" for the new dog, "de dochter"
  for the daughter, "wordt" for turns, "jarig" for having her birthday, "boek" and "titel" for book
  and title, "eerste" and "laatste" for first and last, "langer", "korter", "meer" and "minder" for
  longer, shorter, more and less, "dan" for than, "of" for or, "en" for and and for and what about,
  "na" for after, "om" for at, "van allebei" for of both, "zelfde vraag" for the same question,
  "ook alweer" for again, "graag" for please;
- a data engineer at a bank on the Zuidas who types the fewest words, lower case, the thing asked
  for closed up into one compound word, as his own language builds compounds and as he names the
  fields of his tables ("lunchplace", "sleephours", "coffeecount", "firstmeetingstarttime",
  "attendeelist", "runningkilometres"), then its day, night, title, person or condition and a
  question mark ("lunchplace {day}?", "sleephours {night}?"), "or" and "vs" between what a
  comparison or a habit sets side by side, "winner" for the one that was more ("sleepwinner {n1} or
  {n2}? hours each"), "samequestion" to open a follow-up ("samequestion {who}?");
- a herring seller at a herring cart by a bridge on the Singel, writing in sentences with
  capitals, who makes a remark from his working life before or after the question ("the cart", "the
  awning", "cleaning herring", "the cutting boards", "ice boxes", "the wholesaler's van", "the
  kiosk by the bridge", "the gulls", "kibbeling", "my apron", "my nephew" who minds the cart, "the
  lunch rush", "the office crowd", "a Saturday queue", "counting the till", "closing up");
- a retired tax inspector in Amstelveen who writes formal sentences with the formulas of an
  official letter in the Netherlands as they come out in English ("I would like to know from you",
  "Would you be willing to inform me", "I request you kindly to let me know", "Could you give me
  clarity about"), some of them closed with "Thanking you in advance.", "With thanks in advance for
  the effort." or "I look forward to your answer.", his follow-ups opened with "In addition to my
  earlier question," and "Following your answer,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev60 life lives in Europe/Amsterdam, from Monday 5 November 2035; the Netherlands keeps
Central European Summer Time (UTC+2) from 25 March to 28 October 2035 and Central European Time
(UTC+1) outside it (zoneinfo gives two offsets over all of 2035, and one, UTC+1, over its 16 days,
to 20 November), so no clock changes inside it. Dates are written as people in the Netherlands
write Gregorian dates in English, day first: with a hyphen and not zero-padded, as forms, letters
and people there write dates ("6-11", "6-11-2035"), slashed and not zero-padded ("6/11",
"6/11/2035"), and the day with the month's name in lower case, as month names are written in the
country's own language ("6 november"). For a day that may lie outside the life always with the
month and the year ("on Tuesday 6-11-2035", "on 6 november 2035", "Tuesday 6/11/2035"); for one of
the days before yesterday "this past" weekday with the hyphenated day in brackets, as people there
name the most recent one ("this past Saturday (10-11)"), the weekday and the slashed day with no
"on" ("Saturday 10/11"), the weekday, the day and the lower-case month ("Saturday 10 november"), or,
two days back, "the day before yesterday" with the weekday and the hyphenated day ("the day before
yesterday, Monday 12-11"); today alone, with the hyphenated day in brackets ("today (14-11)"), or
with the weekday, the day and the lower-case month after a comma ("today, Wednesday 14 november");
yesterday alone, with the weekday and the hyphenated day in brackets ("yesterday (Tuesday 13-11)"),
or with the slashed day ("yesterday 13/11"). A night is named by both its days, as people in the
Netherlands name a night, "from" the one "to" the next: "the night from" a weekday "to" the next
weekday and its hyphenated day ("the night from Saturday to Sunday 11-11"), "the night from" two
days "to" each other with the lower-case month ("the night from 10 to 11 november"), or, word for
word as people there say it, "in the night of" a weekday "on" the next ("in the night of Saturday
on Sunday"); last night alone or with its two days in brackets ("last night (from Tuesday to
Wednesday 14-11)"). Day and night names of a first draft that the disjointness check found shared
with other sets ("on" a weekday and the slashed day; the slashed date and year with the weekday in
brackets; today with the weekday and the slashed day after a comma; "the night from" two days with
the month capitalised; "in the night from" a weekday "to" the next; last night "from" one weekday
"to" the next after a comma) were reworded, as were the herring seller's questions and a few of the
florist's and the data engineer's trailing fragments that were word for word a sentence of an
earlier set's template (no sentence of this set's templates is). Workouts are named with places in
Amsterdam: the Vondelpark, the Amstel, the Sloterplas, Durgerdam, Waterland, the Amsterdamse Bos,
the Zuiderbad, the Marnixbad, the Sloterparkbad, a studio in De Pijp, a studio in the Jordaan, a
bouldering gym in Oost and a climbing hall in Noord.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run in the Vondelpark", "jog along the Amstel", "run round the Sloterplas"),
         "cycle": ("bike ride out to Durgerdam", "ride through Waterland", "ride round the Amsterdamse Bos"),
         "swim": ("swim at the Zuiderbad", "swim at the Marnixbad", "swim at the Sloterparkbad"),
         "yoga": ("yoga class at a studio in De Pijp", "yoga session at a studio in the Jordaan"),
         "climb": ("bouldering session at a gym in Oost", "climb at a climbing hall in Noord")}
"""What this set's questions call a workout of each activity: places in Amsterdam."""

PHRASES: dict[str, list[str]] = {
    "book": ["welk boek had {who} me aangeraden? forgot de titel",
             "booktitle {who} recommended?",
             "Which book did {who} say I should read in the quiet hour at the cart?",
             "I would like to know from you which book {who} recommended to me. Thanking you in advance."],
    "film": ["{who} zei dat ik echt een film moest kijken, what was it ook alweer?",
             "filmtip from {who}?",
             "In this weather nobody stops for a herring after dark. Which film was it that {who} said I should"
             " watch?",
             "Would you be willing to inform me which film {who} advised me to see?"],
    "offsite": ["volgens {who} is the offsite verplaatst, waar naartoe now?",
                "offsitelocation per {who}?",
                "Where is the offsite going now, according to {who}? Someone has to mind the cart while I am away.",
                "I request you kindly to let me know to which place, according to {who}, the offsite has been"
                " moved."],
    "restaurant": ["welk restaurant moesten we van {who} proberen? the name pls",
                   "restauranttip from {who}?",
                   "For once I want to eat something I did not clean myself. Which restaurant did {who} think we"
                   " should go and try?",
                   "Could you give me clarity about the name of the restaurant that {who} proposed we try?"],
    "flight": ["hoe laat landt de flight van {who}? exact time graag",
               "flightlandingtime {who}?",
               "At what time does {who} land? I close the cart at six and could go straight to Schiphol.",
               "I would like to know from you at what time the flight of {who} is expected to land. With thanks in"
               " advance for the effort."],
    "dog": ["hoe heet de nieuwe hond van {who}? so cute",
            "newdogname {who}?",
            "Every dog on the Singel sits by my cart hoping for a scrap. What is the name of the new dog {who} got?",
            "Would you be willing to tell me the name of the new dog of {who}?"],
    "launch": ["{who} zei dat de {project} launch verschoven is, naar welke datum?",
               "newlaunchdate {project} per {who}?",
               "To what date did {who} say the {project} launch has been moved? I plan my orders with the wholesaler"
               " weeks ahead.",
               "I request you kindly to let me know the new date of the {project} launch, as {who} reported it."],
    "age": ["hoe oud wordt de dochter van {who} als ze jarig is?",
            "birthdayage daughter {who}?",
            "What age is the daughter of {who} turning on her birthday? I want to hand her a bag of"
            " kibbeling.",
            "Could you give me clarity about the age the daughter of {who} will reach on her birthday?"],
    "podcast": ["welke podcast raadde {who} me aan? need something for in de tram",
                "podcasttip from {who}?",
                "Which podcast did {who} recommend for the long quiet hour after the lunch rush?",
                "I would like to know from you which podcast {who} recommended."],
    "breakfast_food": ["wat had ik als ontbijt {day}? i really weet 't niet meer",
                       "breakfastfood {day}?",
                       "What did I eat for breakfast {day}, before the first tram went by?",
                       "Would you be willing to inform me what I ate for breakfast {day}? Thanking you in advance."],
    "lunch_food": ["wat at ik for lunch {day}? alleen het eten",
                   "lunchfood {day}?",
                   "What was my own lunch {day}? It is never herring, that much I know.",
                   "I request you kindly to let me know what I had for lunch {day}."],
    "dinner_food": ["{day}, wat was m'n avondeten? what did i eat",
                    "dinnerfood {day}?",
                    "What did I have on my plate at dinner {day}? After a day at the cart I can barely taste anything.",
                    "Could you give me clarity about what I ate for dinner {day}?"],
    "lunch_place": ["waar heb ik geluncht {day}? de naam van de zaak pls",
                    "lunchplace {day}?",
                    "Where did I go and have lunch {day}, while my nephew minded the cart?",
                    "I would like to know from you where I had my lunch {day}."],
    "dinner_place": ["where did i eat {day}, voor 't avondeten bedoel ik?",
                     "dinnerlocation {day}?",
                     "Where did I eat my dinner {day}? I still had the smell of fish on my hands.",
                     "Would you be willing to inform me where I had dinner {day}?"],
    "workout_kind": ["wat voor workout deed ik {day}? hardlopen, fietsen of iets anders?",
                     "workouttype {day}?",
                     "What sort of workout did I fit in {day}, besides standing at the cart?",
                     "I request you kindly to let me know which kind of exercise I did {day}."],
    "heart_rate": ["what was m'n gemiddelde hartslag during de {noun} {day}?",
                   "averageheartrate {noun} {day}?",
                   "What did my heart rate average on the {noun} {day}? It races enough when the gulls dive at"
                   " the cart.",
                   "Could you give me clarity about my average heart rate during the {noun} {day}?"],
    "sleep_quality": ["hoe heb ik geslapen {night}, goed of slecht?",
                      "sleepquality {night}?",
                      "Did I sleep well or badly {night}, before the wholesaler's van came at six?",
                      "I would like to know from you whether my sleep was good or poor {night}."],
    "sleep_night": ["hoeveel uur slaap had ik {night}? eerlijk zeggen",
                    "sleephours {night}?",
                    "How many hours of sleep did I get {night}, with herring to clean in my dreams?",
                    "Would you be willing to inform me how many hours I slept {night}?"],
    "exercise_duration": ["hoelang duurde m'n {noun} {day}? in minutes pls",
                          "workoutminutes {noun} {day}?",
                          "My legs are used to standing, not moving. For how many minutes did they keep going on"
                          " the {noun} {day}?",
                          "I request you kindly to let me know how many minutes the {noun} {day} lasted."],
    "meeting_duration": ["how long duurde de {title} meeting {day}?",
                         "meetinglength {title} {day}?",
                         "How long did the {title} meeting {day} run? I could have sold a whole box of herring in"
                         " that time.",
                         "Could you give me clarity about how long the {title} meeting {day} lasted?"],
    "distance_run": ["hoeveel km heb ik hardgelopen {day}?",
                     "rundistance {day}?",
                     "Carrying ice boxes is my usual training. How far did I actually run {day}, in kilometres?",
                     "I would like to know from you what distance I ran {day}."],
    "distance_cycle": ["how far heb ik gefietst {day}?",
                       "cyclingdistance {day}?",
                       "How far did I ride my bike {day}? Usually the only ride I take is to the cart and back.",
                       "Would you be willing to inform me how many kilometres I cycled {day}?"],
    "distance_swim": ["hoe ver heb ik gezwommen {day}? km of meters, maakt niet uit",
                      "swimdistance {day}?",
                      "How far did I swim in the pool {day}? For once it was me in the water and not the fish.",
                      "I request you kindly to let me know the distance I swam {day}."],
    "attendees": ["wie waren er bij de {title} meeting {day}? alle namen pls",
                  "attendeelist {title} meeting {day}?",
                  "Who sat in the {title} meeting {day}? I came in late with my apron still on.",
                  "Could you give me clarity about who was present at the {title} meeting {day}? I look forward to"
                  " your answer."],
    "coffee_count": ["hoeveel bakjes koffie heb ik gehad {day}? niet oordelen",
                     "coffeecount {day}?",
                     "How many coffees did I drink all told {day}? The kiosk by the bridge keeps my cup full.",
                     "I would like to know from you how many cups of coffee I drank {day}. I look forward to your"
                     " answer."],
    "caffeine": ["hoeveel mg caffeine had ik in totaal {day}?",
                 "caffeinetotal {day}? mg",
                 "How many milligrams of caffeine went into me {day}? Cold mornings at the cart need it.",
                 "Would you be willing to inform me of the total caffeine, in milligrams, that I took in {day}?"],
    "meeting_count": ["hoeveel meetings had ik {day}? voelde als heel veel",
                      "meetingcount {day}?",
                      "How many meetings took me away from the cart {day}? More of them than customers, it felt.",
                      "I request you kindly to let me know how many meetings I attended {day}."],
    "km_week": ["hoeveel km {activity} heb ik deze week al gedaan?",
                "{activity}kilometres this week so far?",
                "How many kilometres of {activity} have I done this week so far? The walk to the cart does not count.",
                "Could you give me clarity about the number of kilometres of {activity} I have done this week up to"
                " now?"],
    "workouts_week": ["hoeveel workouts heb ik deze week tot nu toe gedaan?",
                      "workoutcount this week so far?",
                      "How many workouts have I fitted in this week so far, between closing up and opening again?",
                      "I would like to know from you how many workouts I have done in the current week so far."],
    "first_coffee": ["hoe laat had ik m'n eerste koffie {day}?",
                     "firstcoffeetime {day}?",
                     "At what time was my first coffee {day}, before or after the awning went up?",
                     "Would you be willing to inform me at what time I had my first coffee {day}?"],
    "last_coffee": ["wanneer was m'n laatste bakkie {day}? the time pls",
                    "lastcoffeetime {day}?",
                    "When was the last coffee I drank {day}? I was counting the till late.",
                    "I request you kindly to let me know the time of my last coffee {day}."],
    "first_meeting": ["hoe laat begon m'n eerste meeting {day}?",
                      "firstmeetingstarttime {day}?",
                      "When did the first meeting {day} start? I had to leave the cart to my nephew for it.",
                      "Could you give me clarity about the time at which my first meeting {day} began?"],
    "wake": ["hoe laat werd ik wakker {day}?",
             "wakeuptime {day}?",
             "The herring has to be on ice before the city is up. At what time did I crawl out of bed {day}?",
             "I would like to know from you at what time I woke up {day}."],
    "bedtime": ["hoe laat ging ik naar bed {night}?",
                "lightsouttime {night}?",
                "At what time did I get into bed {night}? The cutting boards do not scrub themselves.",
                "Would you be willing to inform me at what time I went to bed {night}?"],
    "dinner_on_distance": ["de dag dat ik {km} km {past}, wat at ik toen als avondeten?",
                           "dinnerfood day i {past} {km} km?",
                           "On the day I {past} {km} km I was hungrier than the gulls. What did I eat for dinner"
                           " that evening?",
                           "I request you kindly to let me know what I ate for dinner on the day that I {past} {km}"
                           " km."],
    "meeting_after_workout": ["na m'n {noun} {day} had ik een meeting, wie waren erbij?",
                              "attendeelist first meeting after {noun} {day}?",
                              "After my {noun} {day} I went straight into a meeting. Who else was at it?",
                              "Could you give me clarity about who attended the meeting that followed my {noun}"
                              " {day}?"],
    "lunch_on_meeting_day": ["waar lunchte ik op de dag van de {title} meeting?",
                             "lunchplace on {title} meetingday?",
                             "Where did I eat lunch on the day of the {title} meeting, the day the cart stayed"
                             " shut until two?",
                             "I would like to know from you where I had lunch on the day of the {title} meeting."],
    "sleep_after_meeting": ["de nacht na de {title} meeting, hoeveel uur heb ik geslapen?",
                            "sleephours night after {title} meeting?",
                            "How many hours did I sleep in the night after the {title} meeting? The wholesaler came"
                            " early the next morning.",
                            "Would you be willing to inform me how many hours I slept in the night after the"
                            " {title} meeting?"],
    "dinner_on_said_day": ["op de dag dat {who} 't over {value} had, what did i have for dinner?",
                           "dinnerfood day {who} brought up {value}?",
                           "{who} talked to me about {value} one day while I was cleaning herring. What did I go"
                           " home and eat for dinner that day?",
                           "I request you kindly to let me know what I ate for dinner on the day that {who}"
                           " mentioned {value}. I look forward to your answer."],
    "compare_sleep": ["heb ik langer geslapen {n1} of {n2}? de uren van allebei pls",
                      "sleepwinner {n1} or {n2}? hours each",
                      "Did I get the longer sleep {n1} or {n2}? On one of those nights the wind kept rattling the"
                      " windows.",
                      "Could you give me clarity about whether I slept longer {n1} or {n2}, with the hours of each?"],
    "compare_caffeine": ["op welke dag had ik meer caffeine, {d1} of {d2}? mg van allebei",
                         "caffeinewinner {d1} or {d2}? mg each",
                         "On one of those days the cold got into my bones. Was there more caffeine in me {d1} or"
                         " {d2}, and how much on each?",
                         "I would like to know from you on which day I took in more caffeine, {d1} or {d2}, and"
                         " how much on each."],
    "compare_duration": ["welke workout duurde langer, {d1} of {d2}? minutes van allebei",
                         "workoutdurationwinner {d1} or {d2}? minutes per workout",
                         "Which of my workouts went on longer, {d1} or {d2}? Give me the minutes of both.",
                         "Would you be willing to inform me which workout lasted longer, {d1} or {d2}, with the"
                         " minutes of each?"],
    "compare_coffee_weeks": ["drink ik deze week meer of minder koffie dan vorige week?",
                             "coffeecount thisweek vs lastweek? more or fewer cups?",
                             "Have I been drinking more coffee this week than last week, or less? The November mornings"
                             " at the cart are raw.",
                             "I request you kindly to let me know whether I have drunk more or less coffee this"
                             " week than in the week before. Thanking you in advance."],
    "late_coffee_sleep": ["slaap ik korter als ik koffie drink om {t} of later?",
                          "sleepdifference after latecoffee ({t} or later) vs no latecoffee?",
                          "Do I sleep less after a day with coffee at {t} or later? The kiosk man keeps pouring.",
                          "Could you give me clarity about whether I sleep less after days on which I drink coffee"
                          " at {t} or later?"],
    "late_dinner_sleep": ["slaap ik minder als m'n avondeten om {t} of later begint?",
                          "sleepdifference after latedinner ({t} or later) vs earlier dinner?",
                          "When my dinner starts at {t} or later, is my sleep shorter? Closing up late means eating"
                          " late.",
                          "I would like to know from you whether I sleep less on days when my dinner starts at {t}"
                          " or later."],
    "exercise_sleep": ["slaap ik langer na dagen dat ik gesport heb, vergeleken met rustdagen?",
                       "sleepaverage workoutdays vs restdays?",
                       "Do I sleep longer after a day with a workout than after a day with only the cart?",
                       "Would you be willing to inform me whether I sleep longer after the days on which I have"
                       " exercised? With thanks in advance for the effort."],
    "caffeine_sleep": ["hoe slaap ik na dagen met {mg} mg caffeine of meer, vergeleken met de andere dagen?",
                       "sleepaverage after {mg}mgplus days vs other days?",
                       "How is my sleep after days with {mg} mg of caffeine or more, against the other days? The"
                       " coffee at the kiosk is strong.",
                       "I request you kindly to let me know how I sleep after days with {mg} mg of caffeine or"
                       " more, compared with the other days."],
    "exercise_coffee": ["drink ik meer koffie op dagen dat ik sport?",
                        "coffeeaverage workoutdays vs restdays?",
                        "Do I drink more coffee on the days I train than on the other days? Give me the averages of"
                        " both.",
                        "Could you give me clarity about whether I drink more coffee on days on which I exercise?"],
    "fu_day_before": ["en de dag ervoor? zelfde vraag",
                      "samequestion daybefore?",
                      "And the day before that, when it rained on the awning all day?",
                      "In addition to my earlier question, I would like to know the same for the day before."],
    "fu_meeting_length": ["en hoelang duurde die meeting?",
                          "meetinglength that one?",
                          "How long did that meeting drag on? Longer than a Saturday queue at the cart, I bet.",
                          "Following your answer, I would also like to know how long that meeting lasted."],
    "fu_other_day": ["en {day}? zelfde vraag",
                     "samequestion {day}?",
                     "Now the same for {day}, please, a slow day at the cart.",
                     "In addition to my earlier question, I would like to know the same for {day}."],
    "fu_night_before": ["en de nacht daarvoor?",
                        "samequestion nightbefore?",
                        "And the night before that one, when the storm woke me?",
                        "Following your answer, I would also like to know the same for the night before."],
    "fu_today": ["en vandaag tot nu toe?",
                 "samequestion today up to now?",
                 "And today so far, with the cart still open?",
                 "In addition to my earlier question, I would like to know the figure for today so far."],
    "fu_other_person": ["en {who}? zelfde vraag",
                        "samequestion {who}?",
                        "And {who}, who buys a herring from me every Friday?",
                        "Following your answer, I would also like to know the same concerning {who}."],
}
"""Every question key's templates: the florist's, the data engineer's, the herring seller's, the
retired tax inspector's."""


def _dashed(day: date) -> str:
    """Day first with a hyphen, not zero-padded ("6-11")."""
    return f"{day.day}-{day.month}"


def _slashed(day: date) -> str:
    """Day first with a slash, not zero-padded ("6/11")."""
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if absolute:
        return [f"on {name} {_dashed(day)}-{day.year}", f"on {day.day} {month.lower()} {day.year}",
                f"{name} {_slashed(day)}/{day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({_dashed(day)})", f"today, {name} {day.day} {month.lower()}"]
    if back == 1:
        return ["yesterday", f"yesterday ({name} {_dashed(day)})", f"yesterday {_slashed(day)}"]
    options = [f"this past {name} ({_dashed(day)})", f"{name} {_slashed(day)}", f"{name} {day.day} {month.lower()}"]
    if back == 2:
        options.append(f"the day before yesterday, {name} {_dashed(day)}")
    return options


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, following, month = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()], MONTHS[day.month - 1]
    between = (f"{day.day} to {after.day} {month.lower()}" if after.month == day.month
               else f"{day.day} {month.lower()} to {after.day} {MONTHS[after.month - 1].lower()}")
    options = [f"the night from {name} to {following} {_dashed(after)}", f"the night from {between}",
               f"in the night of {name} on {following}"]
    if (today - day).days == 1:
        options += ["last night", f"last night (from {name} to {following} {_dashed(after)})"]
    return options
