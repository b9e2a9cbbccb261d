"""Question phrasings of the answers benchmark's fifty-sixth tuning set, ``dev56`` (docs/benchmarks.md, "Answers").

``dev56`` was the held-out set until 2026-12-05, when, after its measurement at 8b62c1b (grounded
accuracy 0.852; worst category habit relation 0.591; unsupported 0.004; abstention 1.0; p95 0.010 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev55``, answers_dev55_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young teller at a bank on Siaka Stevens Street in Freetown who types lower case and switches
  between English and Krio (Sierra Leone's lingua franca, not the Nigerian Pidgin of dev16) inside
  a sentence, in its ordinary typed spelling (as Sierra Leoneans type it on a phone, without the
  open vowels of the written standard: "e" for "ɛ" and "o" for "ɔ", so "don", "mor", "fos", "tel",
  "net", "tok", and "nor" for "nɔ", "fo" and "for" for "fɔ"): "wetin" and "na wetin" for what,
  "wetin kain" for what kind, "us wan" for which, "usai" for where, "udat" for who, "omos" for how
  many and how much, "wetin tem" for at what time, "aw" for how, "aw long" and "aw fa" for how long
  and how far, "aw ol" for how old, "a bin" and "a don" for I did and I have, "mi" for my, "in" for
  his or her, "i" for it, "it" for eat, "slip" for sleep, "go slip" for go to bed, "wek op" for
  wake, "ron", "swim" and "ride bicycle" for run, swim and cycle, "trenin" for a workout, "mitin"
  for a meeting, "awa" for an hour, "kilomita" for kilometres, "tek" for take (time), "tide",
  "te naw" and "tide te naw" for today, until now and today so far, "dis wik" and "las wik" for
  this week and last week, "di de bifo dat" and "di net bifo dat" for the day and the night before
  that, "afta" for after, "mor ... pas" and "long pas" for more than and longer than, "les" for
  less, "kin" for what one usually does, "di de we" and "di de dem we" for the day and the days on
  which, "gi am nem" for named, "uman pikin" for a daughter, "bortde" for a birthday, "plen" for a
  plane, "muf" for move, "tel mi" and "se" for tell me and say, "tok bout" for talk about, "mek we"
  for let us, "buk" for a book, "boku" for a lot, "ol togeda" for in all, "tayad" for tired, "a nor
  memba" and "a don foget" for I don't remember and I forgot, "en" for and, "sef" for what about,
  "di sem ting" for the same, "di" and "dat" for the and that, "dem" for the plural, and the plane
  landing at Lungi;
- a land surveyor at the Ministry of Lands who types as he keeps his field book: lower case, the
  thing asked for as a bare noun phrase, with no verb where one can be left out ("no. of hrs slept
  {night}?", "km covered running {day}?"), the words cut to the field book's shorthand: "@" for at (a place or
  a clock time, and "@ where" and "@ what time"), "w/" for with, "&" for and (opening his
  follow-ups), "no. of" for the number of, "x" for times, "as per" for according to, "re" for
  about, "rec'd" for recommended, "ave." for average, "tot." for total, "hrs", "mins", "mtg",
  "wk", "1st"; a "?" at the end, and for a comparison or a habit a second short question after it
  ("hrs of each?");
- a midwife at the Princess Christian Maternity Hospital in Cline Town, writing in sentences with
  capitals, who makes a remark from her working life before the question or after it ("the ward",
  "the labour ward", "night duty", "the morning handover", "the nurses' station", "the matron", "a
  breech", "twins", "foetal hearts", "stitching", "my student midwives", "the antenatal mothers",
  "the rota", "the canteen lady", "the keke home", "Kissy Road", "the generator", "my mother in
  Bo", "my son", "my husband");
- a retired assistant inspector-general of police at Hill Station who writes formal sentences in
  the passive formulas of a police minute ("Information is sought as to", "Enquiry is made as to",
  "It is desired to know", "Clarification is sought regarding", "Confirmation is sought that" or
  "whether"), his follow-ups in the minute's own links ("Arising therefrom,", "Pursuant thereto,",
  "In furtherance of the foregoing,", "Further to the above,").

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev56 life lives in Africa/Freetown, from Monday 25 June 2035; Sierra Leone keeps Greenwich
Mean Time (UTC+0) all year and keeps no summer time (zoneinfo gives one offset, UTC+0, over its 16
days, to 10 July, and over all of 2035), so no clock changes inside it. Dates are written as people
in Sierra Leone write Gregorian dates in English, day first, British style, as on Sierra Leonean
forms, receipts and letters: slashed and not zero-padded ("2/7"), with the year in two digits as
people write it by hand ("2/7/35"), zero-padded with the full year as forms print it
("02/07/2035"), or with the ordinal day, the month's name and the year ("2nd July 2035"). For a day
that may lie outside the life always with the year ("on 2nd July 2035, which falls on a Monday",
"on 2/7/35, a Monday", "on Monday the 02/07/2035"); for one of the days before yesterday the
weekday and the slashed day with the short year ("on Friday 29/6/35"), "last" and the weekday with
"the" ordinal day after a comma ("last Friday, the 29th"), or the days counted "ago" with the
weekday and the slashed day in brackets ("3 days ago (Friday 29/6)"); today alone, with the weekday
and the slashed day with the short year ("today Monday, 2/7/35") or with its ordinal day in
brackets ("today (2nd)"); yesterday alone, with the weekday and the slashed day with the short year
("yesterday Sunday, 1/7/35") or "which was" the weekday and the slashed day ("yesterday, which was
Sunday 1/7"). A night is last night, alone or from its weekday "going into" the next ("last night,
Sunday going into Monday"); or a weekday's night and its slashed day with the short year ("Sunday
night, 1/7/35"), "the night of" a weekday, its ordinal day and the month ("the night of Sunday 1st
July"), or the night "between" a weekday with its slashed day and the next weekday ("the night
between Sunday 1/7 and Monday"). Day names that the disjointness checks found shared with another
set (the weekday, a comma, the ordinal day, the month and the year, with or without a comma before
the year, or without the comma after the weekday; the ordinal day, the month and the year with the
weekday in brackets; the weekday and the zero-padded day, month and full year, or those after
"being a"; the weekday and the slashed day alone or in brackets; a weekday's night with the slashed
day in brackets, with or without "on"; today with the slashed day alone or with the weekday in
brackets, or with the weekday and its ordinal day, or its ordinal day and the month, after a comma;
yesterday with the ordinal day and the month in brackets, with the weekday and the slashed day after
a comma, with the weekday and "the" ordinal day in brackets or after a comma, or with the weekday,
its ordinal day and the month after a comma; last night with the weekday "into" the next in
brackets) were reworded. Workouts are named with places in Sierra Leone: Lumley Beach, the track at
the National Stadium in Brookfields, Hill Station, the Peninsular road to Tokeh, Lakka, Spur Road,
Tokeh beach, Bureh Beach, a gym in Wilberforce, Sugar Loaf mountain and Leicester Peak.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run along Lumley Beach", "jog round the track at the National Stadium in Brookfields",
                 "run up the hill to Hill Station"),
         "cycle": ("ride out on the Peninsular road to Tokeh", "bike ride to Lakka and back",
                   "ride up Spur Road"),
         "swim": ("swim off Lumley Beach", "swim at Tokeh beach", "swim in the sea at Bureh Beach"),
         "yoga": ("yoga class on Lumley Beach", "yoga session at a gym in Wilberforce"),
         "climb": ("climb up Sugar Loaf mountain", "climb to the top of Leicester Peak")}
"""What this set's questions call a workout of each activity: places in Sierra Leone."""

PHRASES: dict[str, list[str]] = {
    "book": ["us wan buk {who} bin tel mi se a for read? a don foget di title",
             "title of the book rec'd by {who}?",
             "Between deliveries I want to read again. Which book was it that {who} recommended to me?",
             "Information is sought as to the book which {who} recommended to me."],
    "film": ["{who} bin se dis film gud boku, us wan film na dat?",
             "film to watch as per {who}?",
             "Which film did {who} tell me to see? My son and I have a free evening for once.",
             "Enquiry is made as to the film which {who} advised me to watch."],
    "offsite": ["di offsite, usai den don muf am go? na {who} tel mi",
                "offsite moved to where as per {who}?",
                "Going by {who}, what is the new location of the offsite? I hope it is nearer than Kissy Road.",
                "It is desired to know where, according to {who}, the offsite has been relocated."],
    "restaurant": ["us wan restaurant {who} bin se mek we try?",
                   "restaurant rec'd for us by {who}?",
                   "Which restaurant did {who} want us to try? I have eaten cassava leaf from the canteen all week.",
                   "Clarification is sought regarding the restaurant which {who} proposed that we try."],
    "flight": ["{who} in plen, wetin tem i go land na Lungi?",
               "{who}'s flight lands @ what time?",
               "What time is {who}'s flight due in? I may be collecting from Lungi straight after night duty.",
               "Information is sought as to the time at which the flight of {who} is due to land."],
    "dog": ["{who} get new dog, wetin i gi am nem?",
            "name of {who}'s new dog?",
            "We name babies all day on the ward. What did {who} call the new dog?",
            "Enquiry is made as to the name which {who} has given to the new dog."],
    "launch": ["{who} se den don muf di {project} launch, wetin na di new date?",
               "new date of {project} launch as per {who}?",
               "The matron asked me and I had no idea. To what date has the {project} launch been moved, according to"
               " {who}?",
               "It is desired to know the new date of the {project} launch, as reported by {who}."],
    "age": ["{who} in uman pikin, aw ol i go be fo in bortde?",
            "age of {who}'s daughter @ her birthday?",
            "Whose birthday is it, and how old? {who}'s daughter, I mean: what age will she be turning?",
            "Information is sought as to the age which the daughter of {who} will attain on her birthday."],
    "podcast": ["us wan podcast {who} bin se a for listen?",
                "podcast rec'd to me by {who}?",
                "Which podcast was it {who} recommended? Something to keep me awake on the keke home.",
                "Clarification is sought regarding the podcast which {who} commended to me."],
    "breakfast_food": ["na wetin a bin it fo brekfast {day}? a nor memba",
                       "food @ breakfast {day}?",
                       "After a night of deliveries my memory is useless. What was my breakfast {day}?",
                       "Enquiry is made as to what I ate for breakfast {day}."],
    "lunch_food": ["{day} wetin a bin it fo lunch?",
                   "what i ate @ lunch {day}?",
                   "Lunch {day} was eaten at the nurses' station, I think. What was it?",
                   "It is desired to know what I ate for lunch {day}."],
    "dinner_food": ["wetin a bin it fo dinner {day}? a bin tayad boku",
                    "dish @ dinner {day}?",
                    "What was on my plate for dinner {day}? I came off the ward too tired to notice.",
                    "Information is sought as to what I took for dinner {day}."],
    "lunch_place": ["usai a bin it lunch {day}? na office or outside?",
                    "lunch {day} @ where?",
                    "Was I on the ward or out at lunchtime {day}? Where did I eat my lunch?",
                    "Clarification is sought regarding where I took lunch {day}."],
    "dinner_place": ["{day} usai a bin it dinner?",
                     "dinner {day} eaten @ which place?",
                     "My mother in Bo says I never eat at home. Where did I have dinner {day}?",
                     "Enquiry is made as to the place where I dined {day}."],
    "workout_kind": ["wetin kain exercise a bin do {day}? ron, swim or wetin?",
                     "kind of exercise done {day}?",
                     "Which sport did I do {day}? Climbing the stairs to the labour ward does not count.",
                     "It is desired to know the form of exercise which I undertook {day}."],
    "heart_rate": ["mi {noun} {day}, omos na mi heart rate on average?",
                   "ave. heart rate on {noun} {day}?",
                   "I listen to foetal hearts all day. What was my own average heart rate on the {noun} {day}?",
                   "Information is sought as to my average heart rate during the {noun} {day}."],
    "sleep_quality": ["aw a bin slip {night}? gud or bad?",
                      "sleep {night} good or poor?",
                      "Did I sleep well or badly {night}? The phone from the ward rang twice.",
                      "Clarification is sought regarding the quality of my sleep {night}."],
    "sleep_night": ["omos awa a bin slip {night}? a tayad te tide",
                    "no. of hrs slept {night}?",
                    "Before I go back on duty, tell me: how many hours of sleep did I get {night}?",
                    "Enquiry is made as to the number of hours I slept {night}."],
    "exercise_duration": ["mi {noun} {day}, aw long i bin tek?",
                          "no. of mins on {noun} {day}?",
                          "For how many minutes did the {noun} {day} go on? My student midwives want to know.",
                          "It is desired to know the duration of my {noun} {day}."],
    "meeting_duration": ["di {title} mitin {day}, aw long i bin tek?",
                         "length of {title} mtg {day}?",
                         "How many minutes did the {title} meeting take up {day}? The matron likes them long.",
                         "Information is sought as to the length of the {title} meeting {day}."],
    "distance_run": ["omos kilomita a bin ron {day}?",
                     "km covered running {day}?",
                     "What distance did I run {day}? My calves are still complaining.",
                     "Clarification is sought regarding the distance I ran {day}."],
    "distance_cycle": ["{day} aw fa a bin ride bicycle?",
                       "km by bike {day}?",
                       "Kissy Road is no place for a bicycle. How many kilometres did I ride {day}?",
                       "Enquiry is made as to the distance I cycled {day}."],
    "distance_swim": ["aw fa a bin swim {day}? na meters or km?",
                      "metres or km swum {day}?",
                      "What distance did I swim {day}? The sea was rougher than a night on the ward.",
                      "It is desired to know the distance I swam {day}."],
    "attendees": ["udat ol bin de na di {title} mitin {day}?",
                  "who was @ {title} mtg {day}?",
                  "Who sat in on the {title} meeting {day}? I was called out to a breech halfway through.",
                  "Information is sought as to the persons present at the {title} meeting {day}."],
    "coffee_count": ["omos cup coffee a bin drink {day}?",
                     "no. of cups of coffee {day}?",
                     "Night duty runs on coffee. How many cups did I get through {day}?",
                     "Clarification is sought regarding the number of cups of coffee I took {day}."],
    "caffeine": ["{day} omos mg caffeine a bin drink ol togeda?",
                 "tot. mg caffeine {day}?",
                 "What was my total caffeine {day}, in mg? I need steady hands for stitching.",
                 "Enquiry is made as to the total milligrams of caffeine consumed by me {day}."],
    "meeting_count": ["omos mitin a bin get {day}?",
                      "no. of mtgs {day}?",
                      "How many meetings was I pulled into {day}? It kept me off the ward.",
                      "It is desired to know the number of meetings I attended {day}."],
    "km_week": ["dis wik, omos km {activity} a don do?",
                "tot. km {activity} this wk?",
                "What is my total for {activity} this week in km? The antenatal mothers ask how I keep so slim.",
                "Information is sought as to the total distance I have covered this week in {activity}."],
    "workouts_week": ["dis wik omos tem a don do exercise?",
                      "worked out how many x this wk?",
                      "How many workouts have I fitted in around the rota this week?",
                      "Clarification is sought regarding the number of workouts I have completed this week."],
    "first_coffee": ["mi fos coffee {day}, wetin tem a bin drink am?",
                     "1st coffee {day} @ what time?",
                     "At what time was my first coffee {day}? Probably at the morning handover.",
                     "Enquiry is made as to the time of my first coffee {day}."],
    "last_coffee": ["wetin tem a bin drink mi las coffee {day}?",
                    "time of last coffee {day}?",
                    "At what time did I have the last coffee of {day}? I could not settle afterwards.",
                    "It is desired to know the time at which I took my last coffee {day}."],
    "first_meeting": ["{day} mi fos mitin, wetin tem i bin start?",
                      "start time of 1st mtg {day}?",
                      "When did the first meeting of {day} start? I remember rushing from the ward to it.",
                      "Information is sought as to the time at which my first meeting commenced {day}."],
    "wake": ["wetin tem a bin wek op {day}?",
             "woke @ what time {day}?",
             "At what time did I wake {day}? A delivery call got me up, I think.",
             "Clarification is sought regarding the hour at which I rose {day}."],
    "bedtime": ["wetin tem a bin go slip {night}?",
                "to bed @ what time {night}?",
                "At what time did I get to bed {night}? The generator was still running when I lay down.",
                "Enquiry is made as to the time at which I retired to bed {night}."],
    "dinner_on_distance": ["di de we a {past} {km} km, wetin a bin it fo dinner?",
                           "dinner on day i {past} {km} km?",
                           "I ran myself hungry one day, {km} km it was. What was dinner on the day I {past} {km} km?",
                           "It is desired to know what I took for dinner on the day I {past} {km} km."],
    "meeting_after_workout": ["afta mi {noun} {day}, udat bin de na di mitin we follow?",
                              "who was @ mtg after {noun} {day}?",
                              "Which people were in the meeting that came after my {noun} {day}? I arrived red in the"
                              " face.",
                              "Information is sought as to the attendance at the meeting which followed my {noun}"
                              " {day}."],
    "lunch_on_meeting_day": ["di de we we bin get di {title} mitin, usai a bin it lunch?",
                             "lunch @ where on day of {title} mtg?",
                             "On the day of the {title} meeting, where did I eat lunch? The clinic was packed that"
                             " day.",
                             "Clarification is sought regarding where I took lunch on the day of the {title} meeting."],
    "sleep_after_meeting": ["di net afta di {title} mitin, omos awa a bin slip?",
                            "hrs slept night after {title} mtg?",
                            "The {title} meeting went badly, and then how many hours did I sleep that night?",
                            "Enquiry is made as to the hours I slept on the night following the {title} meeting."],
    "dinner_on_said_day": ["di de we {who} bin tok bout {value}, wetin a bin it fo dinner?",
                           "dinner on day {who} mentioned {value}?",
                           "{who} was talking about {value} one day. What was my dinner that evening?",
                           "It is desired to know what I ate for dinner on the day on which {who} mentioned {value}."],
    "compare_sleep": ["{n1} or {n2}, us wan net a bin slip mor?",
                      "which longer, sleep {n1} or {n2}? hrs of each?",
                      "I was on call for one of them. Was my sleep longer {n1} or {n2}?",
                      "Clarification is sought regarding the night on which I slept the longer, {n1} or {n2}."],
    "compare_caffeine": ["us wan de a bin drink mor caffeine, {d1} or {d2}?",
                         "which day more mg caffeine, {d1} or {d2}? mg of each?",
                         "Which of the two days had more caffeine in it, {d1} or {d2}? One of them had twins in it.",
                         "Information is sought as to the day on which my caffeine intake was the higher, {d1} or"
                         " {d2}."],
    "compare_duration": ["mi workout {d1} en di wan {d2}, us wan bin tek long pas?",
                         "which workout longer, {d1} or {d2}? mins of each?",
                         "Was the workout {d1} or the workout {d2} the longer one? I felt one of them for days.",
                         "It is desired to know which was the longer workout, that {d1} or that {d2}."],
    "compare_coffee_weeks": ["dis wik, a don drink mor coffee pas las wik or les?",
                             "more or fewer coffees this wk than last wk? no. of each?",
                             "Compared with last week, am I drinking more coffee this week or less? Nights again on"
                             " the rota.",
                             "Enquiry is made as to whether more or less coffee has been taken by me this week than in"
                             " the week before."],
    "late_coffee_sleep": ["if a drink coffee afta {t}, a kin slip les?",
                          "ave. sleep after coffee past {t} vs other days? shorter?",
                          "The other midwives say coffee after {t} ruins the night. Is my sleep shorter when I do it?",
                          "Clarification is sought regarding whether I sleep less following days on which coffee is"
                          " taken after {t}."],
    "late_dinner_sleep": ["if a it dinner {t} or afta, mi slip kin short?",
                          "sleep shorter w/ dinner @ {t} or later? ave. hrs of each?",
                          "When I come off the evening shift I eat late. Does dinner at {t} or later cut my sleep?",
                          "Information is sought as to whether my sleep is shorter on days when dinner is taken at {t}"
                          " or later."],
    "exercise_sleep": ["a kin slip mor afta di de dem we a do exercise?",
                       "more sleep after workout days than rest days? ave. hrs of each?",
                       "Is my sleep longer after a day with a workout than after a rest day? Asking for the matron's"
                       " wellness talk.",
                       "It is desired to know whether I sleep longer after days on which I exercise."],
    "caffeine_sleep": ["di de dem we a drink {mg} mg caffeine or mor, aw a kin slip dat net?",
                       "ave. sleep after days w/ {mg} mg caffeine or more vs other days?",
                       "Does my sleep suffer after days when I take {mg} mg of caffeine or more? My husband thinks so.",
                       "Enquiry is made as to my sleep following days with {mg} mg of caffeine or more."],
    "exercise_coffee": ["di de dem we a do trenin, a kin drink mor coffee?",
                        "more coffees on workout days than other days? ave. of each?",
                        "On the days I train, do I drink more coffee than on the others? The canteen lady says I do.",
                        "Clarification is sought regarding whether I take more coffee on days on which I exercise."],
    "fu_day_before": ["en di de bifo dat?",
                      "& the day before?",
                      "One more, before the ward calls: the day before that?",
                      "Arising therefrom, the same is sought for the preceding day."],
    "fu_meeting_length": ["dat mitin, aw long i bin tek?",
                          "length of that mtg in mins?",
                          "That meeting, then: how long did it last?",
                          "Pursuant thereto, the duration of that meeting is sought."],
    "fu_other_day": ["en {day} sef? di sem ting",
                     "& {day}?",
                     "Now {day}, please. Same question.",
                     "Further to the above, the same information is sought for {day}."],
    "fu_night_before": ["en di net bifo dat?",
                        "& the night before that?",
                        "Then the night before that one?",
                        "In furtherance of the foregoing, the same is sought for the night preceding it."],
    "fu_today": ["en tide te naw?",
                 "& today so far?",
                 "What about today, up to this moment?",
                 "Further to the above, the position today thus far is sought."],
    "fu_other_person": ["en {who} sef?",
                        "& re {who}?",
                        "Same again for {who}, please.",
                        "Arising therefrom, the same is sought in respect of {who}."],
}
"""Every question key's templates: the bank teller's, the land surveyor's, the midwife's, the retired
assistant inspector-general's."""


def _slashed(day: date) -> str:
    """Day first, not zero-padded ("2/7")."""
    return f"{day.day}/{day.month}"


def _year(day: date) -> str:
    """The year in two digits, as people write it by hand ("35")."""
    return f"{day.year % 100:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name, month, nth, short_year = WEEKDAYS[day.weekday()], MONTHS[day.month - 1], ordinal(day.day), _year(day)
    if absolute:
        return [f"on {nth} {month} {day.year}, which falls on a {name}", f"on {_slashed(day)}/{short_year}, a {name}",
                f"on {name} the {day.day:02d}/{day.month:02d}/{day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today {name}, {_slashed(day)}/{short_year}", f"today ({nth})"]
    if back == 1:
        return ["yesterday", f"yesterday {name}, {_slashed(day)}/{short_year}",
                f"yesterday, which was {name} {_slashed(day)}"]
    return [f"on {name} {_slashed(day)}/{short_year}", f"last {name}, the {nth}",
            f"{back} days ago ({name} {_slashed(day)})"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = WEEKDAYS[(day + timedelta(days=1)).weekday()]
    name, nth = WEEKDAYS[day.weekday()], ordinal(day.day)
    options = [f"{name} night, {_slashed(day)}/{_year(day)}", f"the night of {name} {nth} {MONTHS[day.month - 1]}",
               f"the night between {name} {_slashed(day)} and {after}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, {name} going into {after}"]
    return options
