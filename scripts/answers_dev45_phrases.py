"""Question phrasings of the answers benchmark's forty-fifth tuning set, ``dev45`` (docs/benchmarks.md, "Answers").

``dev45`` was the held-out set until 2026-12-05, when, after its measurement at 35b3611 (grounded
accuracy 0.826; worst category habit relation 0.455; unsupported 0.019; abstention 0.864; p95 0.015
s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is
a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev44``, answers_dev44_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a teller at a bank in Port Louis who
types lower case and switches between English and Mauritian Creole (Kreol Morisien) inside a
sentence, in its ordinary Latin spelling ("ki" for what and which, "kisannla" for who, "kot" for
where, "kan" for when, "konbien" for how many and how much, "a ki ler" for at what time, "konbien
letan" for how long, "mo ti manz" and "mo ti manze" for I ate, "mo ti bwar" for I drank, "mo ti
dormi" for I slept, "mo ti leve" for I got up, "al dormi" for going to bed, "galoup" for running,
"fer bisiklet" for cycling, "naze" for swimming, "fer sport" for working out, "kafe" and "tas" for
coffee and cups, "liv", "lisien", "tifi", "an" and "restoran" for a book, a dog, a daughter, years
and a restaurant, "ler" for hours, "lanwit" for night, "zordi" for today, "lavey" for the day
before, "sa semenn la" and "semenn pase" for this week and last week, "premie" and "dernie" for
first and last, "plis" and "mwins" for more and less, "oubien" for or, "ek ... ?" for and what
about, "avan" and "apre" for before and after, "eski" opening a yes-or-no question, "so" for 's); a
payroll clerk at an offshore firm in Ebene who types the fewest words, lower case, with a blank
("___") standing where the answer goes and a "?" at the end, and abbreviations ("bfast", "mtg",
"mtgs", "hrs", "min", "avg", "wk", "1st"); a teacher at a state secondary school in Curepipe who
chats, a remark first and the question after it ("the Curepipe drizzle", "the Metro Express", "the
Phoenix roundabout", "dholl puri from the stall by the gate", "my tantine in Triolet", "the winter
wind", "marking Form IV essays", "Sunday at Flic en Flac", "a power cut in Forest Side", "the Champ
de Mars track"); and a retired court registrar in Moka who writes formal sentences with formulas of
his own ("I have the honour to request", "Kindly revert with", "Please favour me with", "I would
thank you to state", "Your good self is requested to indicate", "Please apprise me of", "It is
requested that you confirm", "I would request you to inform me"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev45 life lives in Indian/Mauritius, from Monday 3 July 2034; Mauritius keeps one offset
(Mauritius Time, UTC+4) all year and has kept no daylight saving time since the summer of 2008-09,
so no clock changes inside it. Dates are written as people in Mauritius write Gregorian dates in
English, day first as on Mauritian forms, receipts and bank slips: slashed and zero-padded
("03/07"), with the full year as on a form ("03/07/2034"), the day as a number before the month's
name, British style ("3 July 2034"), or the month abbreviated in capitals as printed on a till
receipt or a bank statement ("03 JUL 2034"), a weekday often joined to its date by a hyphen; for one of the six
days before today the weekday and its slashed day ("on Monday - 03/07"), the weekday abbreviated with
a dot ("on Mon. 03/07"), the weekday with "last" and its ordinal, as in a Mauritian letter ("on
Monday last, the 3rd"), or the weekday alone, "that went" ("on the Monday that went"); for a day
that may lie outside the life always with the year ("on 03/07/2034 - Monday", "on Monday - 3 July
2034", "on 03 JUL 2034"); today alone or with its slashed day ("today - 03/07"); yesterday alone or
with its weekday and slashed day ("yesterday, Monday - 03/07"). A night is last night, alone or
with its two slashed days ("last night, that is 03/07 to 04/07"); or, as Mauritians say it after
the French, the night of one weekday to the next ("in the night of Monday to Tuesday"), with its
slashed days ("in the night of 03/07 to 04/07"), or a weekday's night with its slashed day after a
hyphen ("on Monday night - 03/07"). Day and night names that the disjointness checks found shared
with another set (a slashed day with its weekday abbreviated after it, in brackets or after a
comma; an abbreviated weekday before the day and the month's abbreviation, or before an ordinal; a
slashed date with the year, alone or after an abbreviated weekday, with or without a dot; the
weekday, day, month and year, with or without a comma; the weekday, ordinal, month and year; the
day, the month or its abbreviation and the year, alone or with the weekday after them in brackets or
after a hyphen; a hyphenated date with the month's abbreviation; today with its slashed day after a
comma; yesterday with its weekday and slashed day; last night with its two slashed days) were
reworded.
Workouts are named with places around Mauritius: Trou aux Cerfs, the Flic en Flac beach, the Champ
de Mars, Le Morne, Chamarel, the Tamarin coast road, the Serge Alfred pool, Blue Bay, Belle Mare,
Quatre Bornes, Ebene, Le Pouce, Pieter Both and the Sept Cascades.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

NOUNS = {"run": ("run up Trou aux Cerfs", "jog on the Flic en Flac beach", "run round the Champ de Mars"),
         "cycle": ("ride out to Le Morne", "bike ride up to Chamarel", "cycle on the Tamarin coast road"),
         "swim": ("swim at the Serge Alfred pool", "sea swim at Blue Bay", "swim off Belle Mare"),
         "yoga": ("yoga class in Quatre Bornes", "yoga session in Ebene"),
         "climb": ("climb up Le Pouce", "climb on Pieter Both", "climbing session at the Sept Cascades")}

PHRASES = {
    # said facts
    "age": ["{who} so tifi pou gagn konbien an, li ti dir mwa?",
            "{who}'s daughter turning ___?",
            "The Phoenix roundabout was jammed solid again. How old is {who}'s daughter going to be?",
            "I have the honour to request the age that {who}'s daughter is about to turn."],
    "book": ["ki liv {who} ti dir mwa lir?",
             "book {who} said to read ___?",
             "Bought dholl puri from the stall by the gate, still warm. Which book did {who} tell me to read?",
             "Kindly revert with the title of the book which {who} recommended that I read."],
    "dog": ["ki non {who} so nouvo lisien?",
            "{who}'s new dog called ___?",
            "My tantine in Triolet phoned for an hour. What is the name of the dog {who} adopted?",
            "Please favour me with the name of the dog recently adopted by {who}."],
    "film": ["ki film {who} ti dir mwa get?",
             "film {who} said to watch ___?",
             "Sunday at Flic en Flac was lovely, but back to work now. Which film did {who} say I should see?",
             "I would thank you to state the film that {who} advised me to watch."],
    "flight": ["{who} so flight pou aterir a ki ler?",
               "{who}'s flight lands ___?",
               "The Metro Express was packed to the doors. What time does {who}'s flight land?",
               "Your good self is requested to indicate the hour at which {who}'s flight is due to land."],
    "launch": ["{project} launch la finn repous ziska ki dat, dapre {who}?",
               "{project} launch slipped to ___?",
               "Marking Form IV essays all evening, my eyes are done. To what date did {who} say the {project} "
               "launch slipped?",
               "Please apprise me of the date to which, according to {who}, the {project} launch has been put back."],
    "offsite": ["kot offsite la finn deplase, {who} ti dir?",
                "offsite moved to ___ ({who})?",
                "The winter wind up here goes right through my coat. Where did {who} say the offsite has moved to?",
                "It is requested that you confirm the place to which {who} said the offsite was moved."],
    "podcast": ["ki podcast {who} ti dir mwa ekoute?",
                "podcast {who} said to try ___?",
                "Another power cut in Forest Side tonight. What podcast did {who} recommend to me?",
                "I would request you to inform me of the podcast which {who} commended to me."],
    "restaurant": ["ki restoran {who} ti dir nou al esey?",
                   "place {who} said we should try ___?",
                   "The Curepipe drizzle has not stopped since Monday. Which restaurant did {who} say we should try?",
                   "Kindly revert with the name of the restaurant which {who} proposed that we try."],
    # a value on a day
    "breakfast_food": ["ki mo ti manz pou breakfast {day}?",
                       "bfast {day} ___?",
                       "The Metro Express was late this morning. What did I eat for breakfast {day}?",
                       "Please favour me with what I took for breakfast {day}."],
    "lunch_food": ["lunch {day}, ki mo ti manze?",
                   "lunch {day} was ___?",
                   "My tantine in Triolet wants to know if I am eating properly. What did I have for lunch {day}?",
                   "I would thank you to state what I ate at lunch {day}."],
    "dinner_food": ["ki mo ti manz pou dinner {day}?",
                    "dinner {day}, ate ___?",
                    "Dholl puri for tea, so I am not hungry now. What did I eat for dinner {day}?",
                    "Your good self is requested to indicate what I ate at dinner {day}."],
    "lunch_place": ["kot mo ti al manz lunch {day}?",
                    "lunch {day} at ___?",
                    "The Phoenix roundabout took twenty minutes at noon. Where did I go for lunch {day}?",
                    "Please apprise me of where I took my lunch {day}."],
    "dinner_place": ["dinner {day}, kot mo ti manze?",
                     "dinner spot {day} ___?",
                     "Sunday at Flic en Flac made me lazy all week. Where did I have dinner {day}?",
                     "It is requested that you confirm the place at which I dined {day}."],
    "workout_kind": ["ki sport mo ti fer {day}?",
                     "workout {day} was ___?",
                     "The winter wind makes it hard to get out of bed. What kind of exercise did I do {day}?",
                     "I would request you to inform me of the form of exercise I undertook {day}."],
    "heart_rate": ["mo heart rate an mwayenn pandan mo {noun} {day}, ti konbien?",
                   "avg hr on {noun} {day} ___ bpm?",
                   "Marking Form IV essays raises my pulse enough. What was my average heart rate on my {noun} {day}?",
                   "I have the honour to request my average heart rate during my {noun} {day}."],
    "sleep_quality": ["ki sleep quality mo ti ena {night}?",
                      "sleep quality {night} ___?",
                      "The Curepipe drizzle on the roof is a lullaby. How well did I sleep {night}?",
                      "Kindly revert with the quality of my sleep {night}."],
    # durations
    "sleep_night": ["konbien ler mo ti dormi {night}?",
                    "slept ___ hrs {night}?",
                    "A power cut in Forest Side kept the fan off all night. How many hours did I sleep {night}?",
                    "Please favour me with the length of my sleep {night}."],
    "exercise_duration": ["konbien letan mo {noun} {day} ti dire?",
                          "{noun} {day} lasted ___ min?",
                          "The Champ de Mars was full of people training for the races. How long was my {noun} {day}?",
                          "I would thank you to state the duration of my {noun} {day}."],
    "meeting_duration": ["konbien letan {title} la ti dire {day}?",
                         "{title} {day} ran ___ min?",
                         "The Metro Express broke down at Rose Hill, so I nearly missed it. How long was the {title} "
                         "{day}?",
                         "Your good self is requested to indicate how long the {title} lasted {day}."],
    # distances
    "distance_run": ["konbien kilomet mo ti galoup {day}?",
                     "ran ___ km {day}?",
                     "The winter wind was against me all the way. How far did I run {day}?",
                     "Please apprise me of the distance I ran {day}."],
    "distance_cycle": ["konbien km mo ti fer bisiklet {day}?",
                       "cycled ___ km {day}?",
                       "The Phoenix roundabout is no place for a bicycle. How many kilometres did I cycle {day}?",
                       "It is requested that you confirm the distance I covered by bicycle {day}."],
    "distance_swim": ["konbien distans mo ti naze {day}?",
                      "swam ___ km {day}?",
                      "The lagoon was cold but clear. How far did I swim {day}?",
                      "I would request you to inform me of the distance I swam {day}."],
    # attendees
    "attendees": ["kisannla ti dan {title} la {day}?",
                  "{title} {day}, present ___?",
                  "Marking Form IV essays in the staff room, half asleep. Who attended the {title} {day}?",
                  "I have the honour to request the names of those present at the {title} {day}."],
    # counts and totals
    "coffee_count": ["konbien tas kafe mo ti bwar {day}?",
                     "___ coffees {day}?",
                     "The Curepipe drizzle calls for a hot drink. How many cups of coffee did I have {day}?",
                     "Kindly revert with the number of coffees I drank {day}."],
    "caffeine": ["konbien mg caffeine mo ti pran {day}?",
                 "caffeine {day} ___ mg?",
                 "Dholl puri and a coffee, my teacher's diet. How much caffeine did I take in {day}?",
                 "Please favour me with the total caffeine, in milligrams, that I consumed {day}."],
    "meeting_count": ["konbien meeting mo ti ena {day}?",
                      "___ mtgs {day}?",
                      "Sunday at Flic en Flac feels far away already. How many meetings did I have {day}?",
                      "I would thank you to state the number of meetings on my calendar {day}."],
    "km_week": ["konbien km {activity} mo finn fer sa semenn la?",
                "{activity} this wk ___ km?",
                "My tantine in Triolet says I exercise too much. How many km did I {verb} this week?",
                "Your good self is requested to indicate the kilometres I {past} this week, from Monday."],
    "workouts_week": ["konbien fwa mo finn fer sport sa semenn la?",
                      "___ workouts this wk?",
                      "The winter wind is no excuse, I know. How many workouts have I done this week?",
                      "Please apprise me of the number of workouts I have completed this week."],
    # first and last
    "first_coffee": ["a ki ler mo ti bwar mo premie kafe {day}?",
                     "1st coffee {day} at ___?",
                     "The Metro Express leaves at ten past seven. When did I have my first coffee {day}?",
                     "It is requested that you confirm the time of my first coffee {day}."],
    "last_coffee": ["mo dernie kafe {day} ti a ki ler?",
                    "last coffee {day} at ___?",
                    "A power cut in Forest Side means no kettle either. At what time was my last coffee {day}?",
                    "I would request you to inform me of the hour of my last coffee {day}."],
    "first_meeting": ["premie meeting {day} ti koumans a ki ler?",
                      "1st mtg {day} began ___?",
                      "The Phoenix roundabout made me late for assembly. What time did my first meeting start {day}?",
                      "I have the honour to request the starting time of my first meeting {day}."],
    "wake": ["a ki ler mo ti leve {day}?",
             "woke up ___ {day}?",
             "The Curepipe drizzle makes it dark at six. What time did I get up {day}?",
             "Kindly revert with the time at which I awoke {day}."],
    "bedtime": ["a ki ler mo ti al dormi {night}?",
                "in bed at ___ {night}?",
                "Marking Form IV essays keeps me up late. What time did I go to bed {night}?",
                "Please favour me with the hour at which I retired {night}."],
    # two hops
    "dinner_on_distance": ["the day i {past} {km} km, ki mo ti manz pou dinner?",
                           "day i {past} {km} km, dinner ___?",
                           "Sunday at Flic en Flac reminded me of my training. What was dinner on the day I {past} "
                           "{km} km?",
                           "I would thank you to state what I had for dinner on the day on which I {past} {km} km."],
    "meeting_after_workout": ["apre mo {noun} {day}, kisannla ti dan premie meeting la?",
                              "after {noun} {day}, next mtg attendees ___?",
                              "The winter wind dried me off quickly. Who was in the first meeting after my {noun} "
                              "{day}?",
                              "Your good self is requested to indicate who attended the first meeting following my "
                              "{noun} {day}."],
    "lunch_on_meeting_day": ["zour {title} la, kot mo ti manz lunch?",
                             "{title} day, lunch at ___?",
                             "The staff room microwave broke before the break. Where did I eat lunch on the day of "
                             "the {title}?",
                             "Please apprise me of where I lunched on the day of the {title}."],
    "sleep_after_meeting": ["lanwit apre {title} la, konbien ler mo ti dormi?",
                            "night after {title}, slept ___ hrs?",
                            "A power cut in Forest Side, again. How long did I sleep the night after the {title}?",
                            "It is requested that you confirm how long I slept on the night following the {title}."],
    "dinner_on_said_day": ["zour {who} ti koz ar mwa lor {value}, ki mo ti manz pou dinner?",
                           "day {who} brought up {value}, dinner ___?",
                           "My tantine in Triolet never remembers titles. What did I have for dinner the day {who} "
                           "told me about {value}?",
                           "I would request you to inform me of my dinner on the day on which {who} mentioned "
                           "{value}."],
    # comparisons
    "compare_sleep": ["ki lanwit mo ti dormi plis, {n1} oubien {n2}?",
                      "longer sleep ___: {n1} or {n2}?",
                      "The Curepipe drizzle kept me in bed both mornings. Did I sleep longer {n1} or {n2}?",
                      "I have the honour to request which was the longer sleep, {n1} or {n2}."],
    "compare_caffeine": ["ki zour mo ti pran plis caffeine, {d1} oubien {d2}?",
                         "more caffeine ___: {d1} or {d2}?",
                         "Dholl puri goes better with tea, but still. Did I have more caffeine {d1} or {d2}?",
                         "Kindly revert with the day of greater caffeine intake, {d1} or {d2}."],
    "compare_duration": ["mo workout ti pli long {d1} oubien {d2}?",
                         "longer workout ___: {d1} or {d2}?",
                         "The Champ de Mars track was slippery both days. Was my workout longer {d1} or {d2}?",
                         "Please favour me with which of my workouts lasted longer, {d1} or {d2}."],
    "compare_coffee_weeks": ["eski mo finn bwar plis kafe sa semenn la ki semenn pase?",
                             "coffees this wk ___ than last wk (more/fewer)?",
                             "Marking Form IV essays runs on coffee. Am I drinking more coffee this week than last "
                             "week?",
                             "I would thank you to state whether my coffee this week exceeds that of last week."],
    # habits
    "late_coffee_sleep": ["kan mo bwar kafe apre {t}, eski mo dormi mwins lanwit la?",
                          "sleep after a coffee past {t}: ___ (longer/shorter)?",
                          "The Metro Express coffee kiosk tempts me every afternoon. Do I sleep less on days I have "
                          "coffee after {t}?",
                          "Your good self is requested to indicate whether a coffee taken after {t} shortens my "
                          "sleep that night."],
    "late_dinner_sleep": ["eski mo dormi mwins kan mo dinner koumans apre {t}?",
                          "sleep when dinner starts after {t}: ___ (longer/shorter)?",
                          "My tantine in Triolet serves dinner at nine. Do I sleep less when my dinner begins after "
                          "{t}?",
                          "Please apprise me of whether a dinner begun after {t} alters the length of my sleep."],
    "exercise_sleep": ["eski mo dormi plis lanwit apre enn zour ki mo finn fer sport?",
                       "sleep after workout days: ___ (longer/shorter)?",
                       "Sunday at Flic en Flac wore me out. Do I sleep longer on nights after I have exercised?",
                       "It is requested that you confirm whether I sleep longer after a day on which I exercised."],
    "caffeine_sleep": ["kan mo pran {mg} mg caffeine oubien plis dan enn zour, eski mo dormi mwins?",
                       "sleep after {mg}+ mg caffeine days: ___ (longer/shorter)?",
                       "The winter wind makes me drink coffee all day. Do I sleep less after days with {mg} mg of "
                       "caffeine or more?",
                       "I would request you to inform me whether days of {mg} mg of caffeine or more shorten my "
                       "sleep."],
    "exercise_coffee": ["bann zour ki mo fer sport, eski mo bwar plis kafe?",
                        "coffees on workout days: ___ (more/fewer)?",
                        "A power cut in Forest Side stopped my coffee this morning. Do I drink more coffee on days I "
                        "work out?",
                        "I have the honour to request whether I drink more coffee on the days on which I exercise."],
    # follow-ups
    "fu_day_before": ["ek lavey sa zour la?",
                      "day before ___?",
                      "My tantine in Triolet will ask about that too. And the day before that one?",
                      "Kindly revert with the same for the preceding day."],
    "fu_meeting_length": ["ek sa meeting la ti dire konbien letan?",
                          "it lasted ___ min?",
                          "The Phoenix roundabout made me miss the start of it. How long did it last?",
                          "Please favour me with the duration of that meeting."],
    "fu_other_day": ["ek {day}, konbien?",
                     "{day} ___ km?",
                     "The Champ de Mars track is being resurfaced, so I went elsewhere. What about {day}?",
                     "I would thank you to state the same {day}."],
    "fu_night_before": ["ek lanwit avan la?",
                        "night before ___ hrs?",
                        "The Curepipe drizzle fell both nights. And the night before that?",
                        "Your good self is requested to indicate the same for the night before."],
    "fu_today": ["ek zordi, konbien?",
                 "today ___?",
                 "Marking Form IV essays again tonight. And so far today?",
                 "Please apprise me of the corresponding figure for today."],
    "fu_other_person": ["ek {who}, ki li ti dir?",
                        "{who} ___?",
                        "Sunday at Flic en Flac, everyone had a tip. And what did {who} say?",
                        "It is requested that you confirm the same as regards {who}."],
}


def _padded(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How a question names ``day`` asked on ``today``; ``absolute`` (or a day outside the last
    week): always with the year, so that it cannot read as a day inside the life."""
    back = (today - day).days
    weekday, short = WEEKDAYS[day.weekday()], WEEKDAYS_SHORT[day.weekday()]
    if absolute or not 0 <= back <= 6:
        return [f"on {_padded(day)}/{day.year} - {weekday}",
                f"on {weekday} - {day.day} {MONTHS[day.month - 1]} {day.year}",
                f"on {day.day:02d} {MONTHS_SHORT[day.month - 1].upper()} {day.year}"]
    if back == 0:
        return ["today", f"today - {_padded(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday, {weekday} - {_padded(day)}"]
    return [f"on {weekday} - {_padded(day)}", f"on {short}. {_padded(day)}",
            f"on {weekday} last, the {_ordinal(day.day)}", f"on the {weekday} that went"]


def night_options(day: date, today: date) -> list[str]:
    """How a question names the night that starts on ``day``: it ends the next morning."""
    after = day + timedelta(days=1)
    if after == today:
        return ["last night", f"last night, that is {_padded(day)} to {_padded(after)}"]
    return [f"in the night of {WEEKDAYS[day.weekday()]} to {WEEKDAYS[after.weekday()]}",
            f"in the night of {_padded(day)} to {_padded(after)}",
            f"on {WEEKDAYS[day.weekday()]} night - {_padded(day)}"]
