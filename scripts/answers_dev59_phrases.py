"""Question phrasings of the answers benchmark's fifty-ninth tuning set, ``dev59`` (docs/benchmarks.md, "Answers").

``dev59`` was the held-out set until 2026-12-05, when, after its measurement at b2608d1 (grounded
accuracy 0.788; worst category comparison 0.409; unsupported 0.011; abstention 0.818; p95 0.012 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev58``, answers_dev58_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young mechanic at a bicycle repair shop in Nørrebro who types lower case and switches between
  English and a language of that country inside a sentence (no earlier set's), in its ordinary
  typed spelling as people in Denmark type it on a phone (with its three extra letters, "hva" for
  what as texters cut it, a first name's genitive with a bare "s" and no apostrophe, a meeting's
  title joined to the definite noun with a hyphen): "hva" and "hvad" for what, "hvad for noget" for
  what kind, "hvilken" for which, "hvor" for where, "hvor til" for where to, "hvornår" for when,
  "hvor mange" for how many, "hvor meget" for how much, "hvor langt" for how far, "hvor lang tid"
  and "hvor længe" for how long, "hvor gammel" for how old, "hvem" for who, "hvordan" for how, "jeg"
  for I, "min" and "mit" for my, "den dag" for the day, "dagen før" and "natten før" for the
  day and the night before, "natten efter" for the night after, "i dag" for today, "i alt" for in
  all, "indtil videre" for so far, "morgenmad", "frokost" and "aftensmad" for the three meals,
  "spiste" and "fik" for ate and had, "drak" for drank, "kaffe" and "kopper" for coffee and cups,
  "sov" for slept, "sover" for sleep, "stod op" for got up, "gik i seng" for went to bed, "løb",
  "cyklede" and "svømmede" for ran, cycled and swam, "træner" and "træning" for training, "møde" and
  "mødet" for a meeting and the meeting, "hund" for dog, "bog" for book, "datter" for daughter,
  "sagde" and "fortalte" for said and told, "snakkede om" for talked about, "flyttet" for moved,
  "rykket" for put back, "lander" for lands, "længere" and "længst" for longer and longest, "mere"
  and "mest" for more and most, "mindre" for less, "kortere" for shorter, "end" for than, "eller"
  for or, "og" for and, "hvad med" for what about, "efter" for after, "når" for when, "ik" for
  isn't it, "hed" for was called, "igen" for again, "præcis" for exactly, "varede" for lasted,
  "gennemsnitspuls" for average pulse, "første" and "sidste" for first and last, "på begge" for on
  both, "har glemt" for have forgotten;
- a sports physiotherapist at a clinic in Østerbro who types as she writes her treatment notes:
  lower case, clipped fragments each closed with a full stop and no question mark at all, the thing
  asked about first, then its day, night, person or condition, then the bare answer wanted ("lunch.
  {day}. where.", "sleep. {night}. hours."), a comparison or a habit as its fragments in turn
  ("sleep. {n1}. {n2}. which longer. hours each."), "same." to open a follow-up ("same. {who}.");
- a chimney sweep in Frederiksberg who sweeps flues and checks boilers across the city, writing in
  sentences with capitals, who makes a remark from his working life before or after the question
  ("the rooftops", "the flues", "soot", "my brushes", "the ladder", "the stairwells", "the attics",
  "the caretakers", "my apprentice", "my blacks" for the black uniform, "the top hat", "my buttons"
  that people touch for luck, "the inspection round", "the boiler checks", "the flue-gas meter", "a
  jackdaw's nest", "the courtyards");
- a retired member of the national parliament who writes formal sentences with the formulas of a
  written question to a minister, asking the assistant in the third person ("Will the assistant
  state", "Will the assistant account for", "Will the assistant inform me", "Will the assistant
  forward", "Can the assistant confirm"), his follow-ups opened with "Additional question:" and "By
  way of follow-up,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev59 life lives in Europe/Copenhagen, from Monday 17 September 2035; Denmark keeps Central
European Summer Time (UTC+2) from 25 March to 28 October 2035 and Central European Time (UTC+1)
outside it (zoneinfo gives two offsets over all of 2035, and one, UTC+2, over its 16 days, to 2
October), so no clock changes inside it. Dates are written as people in Denmark write Gregorian
dates in English, day first: slashed and not zero-padded ("18/9"), with the year after a hyphen as
letters and forms in Denmark write it ("18/9-2035"), the day with the full stop that marks an
ordinal there ("18. September"), "the" before a day, as people there say it ("Tuesday the 18/9"),
and the week of the year by its number, as calendars, schools and offices in Denmark count weeks
("week 38"). For a day that may lie outside the life always with the month and the year ("on
Tuesday the 18/9-2035", "on 18. September 2035", "in week 38, Tuesday 18/9-2035"); for one of the
days before yesterday "last" weekday "the" slashed day ("last Saturday the 22/9"), "on the" weekday
"of week" and its number ("on the Saturday of week 38"), or the weekday "the" ordinal day and the
month ("Saturday the 22. September"); today alone, with "the" slashed day ("today the 25/9"), or
with the ordinal day and the month in brackets ("today (25. September)"); yesterday alone, with
"the" slashed day, or with the weekday "of week" and its number after a comma ("yesterday, Monday of
week 39"). A night is last night, alone or with the next day after a comma, as people in Denmark
name a night by the day it runs into ("last night, into Tuesday the 25/9"); "the night to" the next
weekday and its slashed day ("the night to Sunday the 23/9"), "the night between the" two ordinal
days and the month ("the night between the 22. and the 23. September"), or the weekday "night in
week" and its number ("Saturday night in week 38"). A day name of a first draft that the
disjointness check found shared with another set ("on" a weekday "the" slashed day) was reworded,
as were the chimney sweep's questions and a few of the mechanic's and the physiotherapist's
fragments that were word for word a sentence of an earlier set's template (no sentence of this
set's templates is). Workouts are named with places in Copenhagen: the Lakes, Fælledparken,
Amager Strandpark, the harbour to Nordhavn, Dragør, Utterslev Mose, the harbour bath at Islands
Brygge, Kastrup Søbad, a studio in Vesterbro, a hall in Nørrebro, a climbing gym in Nordvest and
the bouldering hall in Valby.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run round the Lakes", "jog in Fælledparken", "run along Amager Strandpark"),
         "cycle": ("ride along the harbour to Nordhavn", "bike ride out to Dragør and back",
                   "ride round Utterslev Mose"),
         "swim": ("swim at the harbour bath at Islands Brygge", "swim off the beach at Amager Strandpark",
                  "swim at Kastrup Søbad"),
         "yoga": ("yoga class at a studio in Vesterbro", "yoga session in a hall in Nørrebro"),
         "climb": ("bouldering session at a climbing gym in Nordvest", "climb at the bouldering hall in Valby")}
"""What this set's questions call a workout of each activity: places in Copenhagen."""

PHRASES: dict[str, list[str]] = {
    "book": ["hva hed den bog {who} sagde jeg skulle read? har glemt the title",
             "book. from {who}. title.",
             "My apprentice keeps asking what I read in the van between jobs. Which book was it that {who} put"
             " me onto?",
             "Will the assistant state the title of the book which {who} recommended to me?"],
    "film": ["{who} sagde jeg skulle se en film, what was it called igen?",
             "film. {who}'s tip. name.",
             "After a day on the rooftops I only want the sofa. Which film was {who} telling me to see?",
             "Will the assistant inform me which film {who} advised me to watch?"],
    "offsite": ["{who} fortalte at the offsite er flyttet, hvor til now?",
                "offsite. moved. per {who}. where to.",
                "Where has {who} said the offsite is moving to? I have to get a day off the inspection round.",
                "Will the assistant account for where, according to {who}, the offsite has now been moved?"],
    "restaurant": ["hvilken restaurant var det {who} ville have os til at try?",
                   "restaurant. {who}'s suggestion. name.",
                   "Which restaurant was it that {who} wanted the two of us to try? I will scrub the soot off my"
                   " cuffs for it.",
                   "Will the assistant inform me of the name of the restaurant which {who} suggested that we try?"],
    "flight": ["hvornår lander {who}s flight? what time præcis",
               "{who}'s flight. landing time.",
               "What time does the plane of {who} come in? I may still be up on a roof in Østerbro.",
               "Will the assistant state at what time the flight of {who} is expected to land?"],
    "dog": ["{who} har fået en ny hund, what's its name?",
            "{who}'s new dog. name.",
            "People touch my buttons for luck, but dogs only bark at the ladder. What is the new dog of {who}"
            " called?",
            "Will the assistant inform me of the name given to the new dog of {who}?"],
    "launch": ["{who} sagde the {project} launch er rykket, til hvilken date?",
               "{project} launch. new date. per {who}.",
               "I plan the sweeping rounds weeks ahead. What did {who} say the new date of the {project} launch is?",
               "Will the assistant state the new date of the {project} launch, as reported by {who}?"],
    "age": ["hvor gammel bliver {who}s datter on her birthday?",
            "{who}'s daughter. birthday. age.",
            "What age does the daughter of {who} turn on her birthday? She once asked to try on my top hat.",
            "Will the assistant state the age which the daughter of {who} will attain on her birthday?"],
    "podcast": ["hvilken podcast var det {who} recommended til mig?",
                "podcast. {who}'s tip. which.",
                "Which podcast did {who} tell me about for the long climbs up the back stairs?",
                "Will the assistant inform me which podcast {who} recommended?"],
    "breakfast_food": ["hvad fik jeg til morgenmad {day}? can't remember",
                       "breakfast. {day}. what.",
                       "I leave before the caretakers are up. What went down as breakfast {day}?",
                       "Will the assistant state what I ate for breakfast {day}?"],
    "lunch_food": ["hva spiste jeg til frokost {day}? only the food, ik",
                   "lunch. {day}. food.",
                   "What did I eat at lunch {day}, between two flues? All I remember is soot on the sandwich paper.",
                   "Will the assistant account for what I ate for lunch {day}?"],
    "dinner_food": ["{day}, hvad fik jeg til aftensmad? what was it",
                    "dinner. {day}. what i ate.",
                    "What did I sit down to for dinner {day}? I scrubbed my hands for ages first.",
                    "Will the assistant inform me what I had for dinner {day}?"],
    "lunch_place": ["hvor spiste jeg frokost {day}? the name of the place",
                    "lunch. {day}. where.",
                    "Where did I get my lunch {day}? I had soot in my ears all afternoon.",
                    "Will the assistant state where I had my lunch {day}?"],
    "dinner_place": ["where did i spise aftensmad {day}? the place, ik",
                     "dinner. {day}. place.",
                     "Where did I end up eating dinner {day}? My wife says I smelled of smoke all evening.",
                     "Will the assistant inform me where I took my dinner {day}?"],
    "workout_kind": ["hvad for noget træning did i do {day}? løb, cykel eller swim?",
                     "workout. {day}. what sport.",
                     "The stairs to the attics keep my legs busy. Which sport did I go in for {day}?",
                     "Will the assistant state which form of exercise I took {day}?"],
    "heart_rate": ["what was min gennemsnitspuls on my {noun} {day}?",
                   "{noun}. {day}. avg heart rate.",
                   "Up on a roof my pulse races anyway. What did it average on the {noun} {day}?",
                   "Will the assistant state my average heart rate during the {noun} {day}?"],
    "sleep_quality": ["hvordan sov jeg {night}, good eller dårligt?",
                      "sleep. {night}. good or poor.",
                      "Was my sleep good or bad {night}? The boiler checks start early.",
                      "Will the assistant account for the quality of my sleep {night}?"],
    "sleep_night": ["hvor mange hours sov jeg {night}?",
                    "sleep. {night}. hours.",
                    "I was up on the roofs before the bakeries opened. How many hours had I slept {night}?",
                    "Will the assistant state how many hours I slept {night}?"],
    "exercise_duration": ["hvor lang tid tog min {noun} {day}? minutes please",
                          "{noun}. {day}. duration in minutes.",
                          "My knees still feel the ladder. For how many minutes did I keep at the {noun} {day}?",
                          "Will the assistant state how many minutes the {noun} {day} lasted?"],
    "meeting_duration": ["hvor længe varede {title}-mødet {day}? the minutes please",
                         "{title} meeting. {day}. length.",
                         "How many minutes did the {title} meeting eat up {day}? I had flues waiting all over"
                         " Frederiksberg.",
                         "Will the assistant state how long the {title} meeting {day} lasted?"],
    "distance_run": ["hvor langt løb jeg {day}? give me the km",
                     "run. {day}. km.",
                     "My legs were already tired from the stairwells. How many kilometres did they carry me"
                     " running {day}?",
                     "Will the assistant state the distance I ran {day}?"],
    "distance_cycle": ["how far cyklede jeg {day}?",
                       "bike. {day}. distance.",
                       "How far did I cycle {day}, with the brushes strapped to the back?",
                       "Will the assistant inform me how far I cycled {day}?"],
    "distance_swim": ["hvor langt svømmede jeg {day}, meters or km?",
                      "swim. {day}. distance.",
                      "How far did I get swimming {day}? Nothing gets the soot off like the harbour.",
                      "Will the assistant state how far I swam {day}?"],
    "attendees": ["hvem var med til {title}-mødet {day}? all the names",
                  "{title} meeting. {day}. attendees.",
                  "Who else sat in the {title} meeting {day}? I came straight down from a chimney and took the"
                  " back row.",
                  "Will the assistant forward a list of those who attended the {title} meeting {day}?"],
    "coffee_count": ["hvor mange kopper kaffe drak jeg {day}? no judging",
                     "coffee. {day}. cups.",
                     "Every caretaker offers me a cup. How many coffees did I end up drinking {day}?",
                     "Will the assistant state how many cups of coffee I drank {day}?"],
    "caffeine": ["hvor meget caffeine fik jeg i alt {day}, in mg?",
                 "caffeine. {day}. total mg.",
                 "How much caffeine did I take in {day}, in milligrams? The caretakers brew it strong.",
                 "Will the assistant state the total caffeine, in milligrams, that I consumed {day}?"],
    "meeting_count": ["hvor mange møder havde jeg {day}? feels like a lot",
                      "meetings. {day}. how many.",
                      "How many meetings did I sit in {day}? Fewer than the chimneys, I hope.",
                      "Will the assistant inform me how many meetings I attended {day}?"],
    "km_week": ["hvor mange km {activity} har jeg nået this week so far?",
                "{activity}. this week so far. km.",
                "What is my {activity} distance so far this week, in kilometres? Stairwells do not count, sadly.",
                "Will the assistant state how many kilometres of {activity} I have completed in the current week?"],
    "workouts_week": ["how many workouts har jeg lavet this week indtil videre?",
                      "workouts. this week. count.",
                      "How many workouts have I done this week so far, not counting the ladder?",
                      "Will the assistant state the number of workouts I have completed in the current week?"],
    "first_coffee": ["hvornår drak jeg min første kaffe {day}? the time only",
                     "first coffee. {day}. time.",
                     "At what time did I get my first coffee {day}? Usually it is in some caretaker's kitchen.",
                     "Will the assistant state the time of my first coffee {day}?"],
    "last_coffee": ["what time var min sidste kaffe {day}?",
                    "last coffee. {day}. time.",
                    "At what time did I have my last coffee {day}? I was writing up flue reports late.",
                    "Will the assistant inform me at what time I drank my last coffee {day}?"],
    "first_meeting": ["hvornår startede mit første møde {day}? the time",
                      "first meeting. {day}. start time.",
                      "What time did the first meeting {day} begin? I had to change out of my blacks for it.",
                      "Will the assistant state the time at which my first meeting {day} began?"],
    "wake": ["hvornår stod jeg op {day}? what time præcis",
             "woke up. {day}. time.",
             "The round starts before the city wakes. When was I out of bed {day}?",
             "Will the assistant state at what time I rose {day}?"],
    "bedtime": ["what time gik jeg i seng {night}?",
                "bed. {night}. time.",
                "At what hour did I lie down {night}? I had brushes to clean first.",
                "Will the assistant inform me at what time I retired to bed {night}?"],
    "dinner_on_distance": ["den dag jeg {past} {km} km, hvad fik jeg til dinner?",
                           "dinner. day i {past} {km} km. what.",
                           "I was as hungry as after a day of stairwells on the day I {past} {km} km. What was dinner"
                           " that day?",
                           "Will the assistant state what I ate for dinner on the day on which I {past} {km} km?"],
    "meeting_after_workout": ["efter min {noun} {day} havde jeg et møde, who was at it?",
                              "meeting after {noun}. {day}. who.",
                              "After my {noun} {day} I went into a meeting still smelling of smoke. Who sat in on it?",
                              "Will the assistant state who was present at the meeting which followed my {noun}"
                              " {day}?"],
    "lunch_on_meeting_day": ["hvor spiste jeg lunch den dag vi havde {title}-mødet?",
                             "lunch. day of {title} meeting. where.",
                             "I had a jackdaw's nest to clear from a flue the morning of the {title} meeting."
                             " Where did I get lunch that day?",
                             "Will the assistant state where I lunched on the day of the {title} meeting?"],
    "sleep_after_meeting": ["natten efter {title}-mødet, how many hours sov jeg?",
                            "sleep. night after {title} meeting. hours.",
                            "How much sleep did I get the night after the {title} meeting? The boiler checks came early"
                            " the next day.",
                            "Will the assistant state how many hours I slept in the night following the {title}"
                            " meeting?"],
    "dinner_on_said_day": ["den dag {who} snakkede om {value}, what did i have til aftensmad?",
                           "dinner. day {who} mentioned {value}. what.",
                           "On the day {who} talked to me about {value}, what was my dinner? I had just come down"
                           " from a roof.",
                           "Will the assistant state what I had for dinner on the day on which {who} mentioned"
                           " {value}?"],
    "compare_sleep": ["sov jeg længere {n1} eller {n2}? give me the hours for both",
                      "sleep. {n1}. {n2}. which longer. hours each.",
                      "Was it {n1} or {n2} that gave me more sleep? One of them I spent half awake, thinking about a"
                      " blocked flue.",
                      "Will the assistant state whether I slept longer {n1} or {n2}, and the hours of each?"],
    "compare_caffeine": ["hvilken dag fik jeg mest caffeine, {d1} eller {d2}? mg for each",
                         "caffeine. {d1}. {d2}. which more. mg each.",
                         "Which day had more caffeine in it, {d1} or {d2}? On one of them every caretaker had the"
                         " pot on.",
                         "Will the assistant state on which day I consumed more caffeine, {d1} or {d2}?"],
    "compare_duration": ["which workout var længst, {d1} eller {d2}? minutes på begge",
                         "workout. {d1}. {d2}. which longer. minutes each.",
                         "Which workout lasted the longer, {d1} or {d2}? Give me the minutes of both for my"
                         " apprentice.",
                         "Will the assistant account for which workout lasted longer, the one {d1} or the one"
                         " {d2}?"],
    "compare_coffee_weeks": ["drikker jeg mere eller mindre kaffe this week end last week?",
                             "coffee. this week. last week. more or fewer. cups each.",
                             "Have I had more or less coffee this week than last week? The autumn inspections"
                             " have started.",
                             "Can the assistant confirm whether I have drunk more or less coffee this week than in"
                             " the previous week?"],
    "late_coffee_sleep": ["når jeg drikker kaffe after {t}, sover jeg så less?",
                          "sleep. after coffee past {t}. shorter or not. avg hours each.",
                          "Do I sleep less after days when I drink coffee after {t}? The caretakers keep offering.",
                          "Can the assistant confirm whether I sleep less after days on which I drink coffee after"
                          " {t}?"],
    "late_dinner_sleep": ["sover jeg kortere når jeg spiser aftensmad at {t} or later?",
                          "sleep. after dinner at {t} or later. vs earlier. avg hours.",
                          "When I eat dinner at {t} or later, is my sleep shorter? The winter rounds mean late"
                          " dinners.",
                          "Can the assistant confirm whether my sleep is shorter on days when I dine at {t} or"
                          " later?"],
    "exercise_sleep": ["sover jeg længere efter de dage hvor jeg træner? compared to rest days",
                       "sleep. after workout days. vs rest days. avg each.",
                       "Do I sleep longer after days with a workout than after days with only the round?",
                       "Can the assistant confirm whether I sleep longer after days on which I have exercised?"],
    "caffeine_sleep": ["hvordan sover jeg efter days med {mg} mg caffeine eller mere, vs the other days?",
                       "sleep. after {mg} mg caffeine or more. vs less. avg hours.",
                       "How do I sleep after days of {mg} mg of caffeine or more, compared with the rest? My"
                       " brushes shake on those days.",
                       "Will the assistant account for how I sleep after days with {mg} mg of caffeine or more,"
                       " compared with other days?"],
    "exercise_coffee": ["drikker jeg mere kaffe on the days jeg træner?",
                        "coffee. workout days. vs other days. avg cups.",
                        "Do I drink more coffee on days I train than on the other days? The averages, please.",
                        "Can the assistant confirm whether I drink more coffee on days on which I exercise?"],
    "fu_day_before": ["og dagen før? same for that day",
                      "same. day before.",
                      "What about the day before, a long day on the roofs?",
                      "Additional question: will the assistant state the same for the preceding day?"],
    "fu_meeting_length": ["hvor lang tid varede det møde, in minutes?",
                          "that meeting. length in minutes.",
                          "How long did that meeting last? It felt longer than cleaning a chimney.",
                          "By way of follow-up, will the assistant state how long that meeting lasted?"],
    "fu_other_day": ["og hvad med {day}? same deal",
                     "same. {day}.",
                     "Now the same for {day}, please. My apprentice wants to compare.",
                     "Additional question: will the assistant state the same for {day}?"],
    "fu_night_before": ["og natten før that one?",
                        "same. night before.",
                        "And the night before that one, when the wind howled in the flues?",
                        "By way of follow-up, will the assistant state the same for the night before?"],
    "fu_today": ["og i dag so far?",
                 "same. today so far.",
                 "And today up to now, with a chimney still left on the round?",
                 "Additional question: will the assistant state the figure so far today?"],
    "fu_other_person": ["og hvad med {who}? same question for them",
                        "same. {who}.",
                        "And {who}, whose chimney I sweep every autumn?",
                        "By way of follow-up, will the assistant state the same in respect of {who}?"],
}
"""Every question key's templates: the bicycle mechanic's, the physiotherapist's, the chimney
sweep's, the retired member of parliament's."""


def _slashed(day: date) -> str:
    """Day first, not zero-padded ("18/9")."""
    return f"{day.day}/{day.month}"


def _week(day: date) -> int:
    """The ISO week number, as calendars in Denmark count weeks."""
    return day.isocalendar()[1]


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if absolute:
        return [f"on {name} the {_slashed(day)}-{day.year}", f"on {day.day}. {month} {day.year}",
                f"in week {_week(day)}, {name} {_slashed(day)}-{day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today the {_slashed(day)}", f"today ({day.day}. {month})"]
    if back == 1:
        return ["yesterday", f"yesterday the {_slashed(day)}", f"yesterday, {name} of week {_week(day)}"]
    return [f"last {name} the {_slashed(day)}", f"on the {name} of week {_week(day)}", f"{name} the {day.day}. {month}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, following, month = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()], MONTHS[day.month - 1]
    between = (f"the {day.day}. and the {after.day}. {month}" if after.month == day.month
               else f"the {day.day}. {month} and the {after.day}. {MONTHS[after.month - 1]}")
    options = [f"the night to {following} the {_slashed(after)}", f"the night between {between}",
               f"{name} night in week {_week(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, into {following} the {_slashed(after)}"]
    return options
