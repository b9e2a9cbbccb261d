"""Question phrasings of the answers benchmark's forty-ninth tuning set, ``dev49`` (docs/benchmarks.md, "Answers").

``dev49`` was the held-out set until 2026-12-05, when, after its measurement at bd8b2e9 (grounded
accuracy 0.773; worst category habit relation 0.545; unsupported 0.008; abstention 0.864; p95 0.024 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev48``, answers_dev48_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young agent at a phone shop on
Beach Road in Apia who types lower case and switches between English and Samoan inside a sentence,
in its ordinary typed spelling (as Samoans type it on their phones: no macrons and mostly no
glottal-stop marks, so "faafetai", "aoauli" and "tamoe", an apostrophe kept only in "lo'u" and
"la'u"; "o le a" for what, "o fea" for where, "o ai" for who, "afea" for when, "e fia" for how
many and how much, "o le a le taimi" for at what time, "e fia le umi" for how long, "e fia le
mamao" for how far, "na ou ai", "na ou inu", "na ou moe", "na ou ala", "na ou tamoe", "na ou aau"
and "na ou tietie uila" for I ate, drank, slept, woke, ran, swam and rode a bike, "meaai o le
taeao", "i le aoauli" and "meaai o le afiafi" for breakfast, at lunch and dinner, "kofe" and "ipu
kofe" for coffee and cups of coffee, "fonotaga" for a meeting, "na i ai" for who were present,
"faamalositino" for a workout, "muamua" and "mulimuli" for first and last, "ina ua uma" and "pe a
uma" for after, "le vaiaso nei" and "le vaiaso ua tuanai" for this week and last week, "aofai" for
in total, "sili atu", "umi atu" and "itiiti" for more, longer and less, "pe" for whether and or,
"ae a" for what about, "na muamua atu" for the one before, "i le aso nei" for today, "fai mai" for
said, "na fautua mai" for recommended, "siitia" for moved, "tulaueleele" for lands, "vaalele" for
a plane, "tusi", "ata tifaga", "maile", "teine", "tausaga" and "igoa" for a book, a film, a dog, a
daughter, years and a name, "sole" to address the assistant); a social media officer at a hotel
in Vailima who types the fewest words, lower case, every topic a hashtag ("#bfast", "#lunch",
"#dinner", "#mtg", "#mtgs", "#hr", "#avg", "#km", "#thiswk", "#lastwk", "#workoutdays",
"#daybefore", "#nightbefore", the person's name), then the day, the night, the workout, the title
and what is asked, with a "?" at the end; a seller of koko Samoa and panikeke at a stall in the
Fugalei market who chats, the question first and a remark after it ("the market", "the stall",
"the power cut", "sapasui", "pisupo", "panipopo", "the cafe lady", "Sunday toonai", "the fiafia
next door", "the roosters", "the church bells", "my cousin", "my niece in Savaii", "the dogs on
Beach Road", "the bus ride home"); and a retired registrar of the Land and Titles Court at
Mulinu'u who writes formal sentences with formulas of his own ("I write to ask", "Might I know",
"Kindly furnish me with", "Be pleased to state", "I should be thankful to know", "I request to be
advised", "I invite you to state", "Do me the favour of", "For the avoidance of doubt, state", "I
would further ask"). Every question asks for the gold ``answers_evalset`` computes for its key,
and fills the slots described in answers_phrases.py.

The dev49 life lives in Pacific/Apia, from Monday 20 November 2034; Samoa keeps one offset
(UTC+13) all year and has had no daylight saving time since 2021, so no clock changes inside it.
Dates are written as people in Samoa write Gregorian dates in English, day first as on Samoan
forms, receipts and letters: slashed and zero-padded with the full year ("20/11/2034") or without
it ("20/11"), or with the year cut to two digits as on a handwritten docket ("20/11/34"); the day
and the month's full name with the year after a comma ("20 November, 2034"); for one of the six
days before today the weekday "just gone" with its slashed day ("on Monday just gone, 20/11"),
"this last" short weekday with the day and the month's short name ("this last Mon (20 Nov)"), or
the weekday with the days counted ("on Monday, 3 days ago now"); for a day that may lie outside
the life always with the year ("on the date 20/11/2034, Monday", "on Monday, 20th of November,
2034", "on 20 November, 2034", "on 20/11/34"); today alone or with its date ("today 20/11", "today,
being Monday 20 November"); yesterday alone or with its date ("yesterday, 19/11", "yesterday,
which was Sunday 19 Nov"). A night is last night, alone or with its two short weekdays ("last
night (Sun to Mon)"); or the night of a short weekday and its slashed day going to the next ("the
night of Mon 20/11 going to Tue"), a weekday's night sleeping till the next ("Monday night,
sleeping till Tuesday"), the night from one slashed day to the next ("overnight 20/11 to 21/11"),
or the night of a weekday and its ordinal ("on the night Monday the 20th"). Day names that the
disjointness checks found shared with another set (the weekday and the slashed day after the
night of; a weekday's night into the next; the weekday night through to the next morning; the
ordinal, the month and the year after the weekday, with or without "the ... of"; the slashed date
with the year and "a" weekday in brackets; today with its weekday, day and month; yesterday with
its slashed day in brackets, or with its weekday or short weekday and ordinal, with or without the
month) were reworded. Workouts are named with places in and around Apia: Beach Road, the Mount
Vaea track, Apia Park, the Cross Island Road, Falefa Falls, Mulinu'u, Palolo Deep, the Tuanaimato
pool, the Vaiala beach, Matautu and the Vaitele wall.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

NOUNS = {"run": ("run along Beach Road", "jog up the Mount Vaea track", "run round Apia Park"),
         "cycle": ("ride over the Cross Island Road", "bike ride out to Falefa Falls", "ride round Mulinu'u"),
         "swim": ("swim at Palolo Deep", "swim in the Tuanaimato pool", "swim off the Vaiala beach"),
         "yoga": ("yoga class in Matautu", "yoga on the Mulinu'u lawn"),
         "climb": ("bouldering session at the Vaitele wall", "climb at the Vaitele gym")}
"""What this set's questions call a workout of each activity: places in and around Apia."""

PHRASES: dict[str, list[str]] = {
    "book": ["o le a le tusi na fautua mai e {who} e faitau?",
             "#book #{who} recommended which?",
             "Which book was {who} telling me to read? I keep forgetting, too much sun at the market today.",
             "I write to ask which book {who} commended to me."],
    "film": ["o le a le ata tifaga na fai mai {who} e matamata ai?",
             "#film #{who} told me watch which?",
             "What movie did {who} say I have to watch? The power went out again at the stall.",
             "Might I know which film {who} recommended that I watch?"],
    "offsite": ["sole, na fai mai {who} ua siitia le offsite i fea?",
                "#offsite #{who} moved where?",
                "Where did {who} say the offsite went to in the end? My cousin keeps asking me about it.",
                "Kindly furnish me with the place to which, according to {who}, the offsite has moved."],
    "restaurant": ["o fea le restaurant na fai mai {who} e taumafai ai i tatou?",
                   "#restaurant #{who} said try which?",
                   "Which restaurant did {who} say we should go try? Sick of eating sapasui from the market.",
                   "Be pleased to state the restaurant {who} proposed that we try."],
    "flight": ["o le a le taimi e tulaueleele ai le vaalele a {who}?",
               "#flight #{who} lands when?",
               "When is {who}'s flight coming in? Faleolo is a long drive from town.",
               "I should be thankful to know at what hour the flight of {who} is due to land."],
    "dog": ["o le a le igoa o le maile a {who}?",
            "#dog #{who} name?",
            "What did {who} name the new dog? The market dogs are sleeping under my table again.",
            "I request to be advised of the name {who} gave to the dog."],
    "launch": ["afea le launch o le {project} e pei ona fai mai {who}?",
               "#launch {project} #{who} new date?",
               "When did {who} say the {project} launch is now? Everyone talks about deadlines at the stall.",
               "For the avoidance of doubt, state the date to which {who} said the {project} launch was moved."],
    "age": ["e fia tausaga o le a oo iai le teine a {who}?",
            "#daughter #{who} turning what age?",
            "How old is {who}'s daughter turning? They grow up so fast, like my niece in Savaii.",
            "I invite you to state the age that the daughter of {who} is about to reach."],
    "podcast": ["o le a le podcast na fautua mai e {who} ou te faalogo ai?",
                "#podcast #{who} rec which?",
                "Which podcast did {who} want me to listen to? Need something for the bus ride home.",
                "Do me the favour of naming the podcast that {who} recommended to me."],
    "breakfast_food": ["o le a le meaai o le taeao na ou ai {day}?",
                       "#bfast {day} what?",
                       "What did I have for breakfast {day}? Probably koko Samoa and bread as always.",
                       "I write to ask what I ate at breakfast {day}."],
    "lunch_food": ["o le a le mea na ou ai i le aoauli {day}?",
                   "#lunch {day} ate what?",
                   "What was my lunch {day}? The pisupo cans are calling me again.",
                   "Might I know what I had for my luncheon {day}?"],
    "dinner_food": ["o le a le meaai o le afiafi na ou ai {day}?",
                    "#dinner {day} food?",
                    "What did I eat for dinner {day}? My aunty always asks.",
                    "Kindly furnish me with the dish I took at dinner {day}."],
    "lunch_place": ["o fea na ou ai ai i le aoauli {day}?",
                    "#lunch #where {day}?",
                    "Where did I go for lunch {day}? It was so hot by the fish market.",
                    "Be pleased to state where I took lunch {day}."],
    "dinner_place": ["o fea na ou ai ai le meaai o le afiafi {day}?",
                     "#dinner #where {day}?",
                     "Where did I have dinner {day}? The rain on the tin roof was loud that night.",
                     "I request to be advised of where I dined {day}."],
    "workout_kind": ["o le a le faamalositino na ou faia {day}?",
                     "#workout {day} which kind?",
                     "What kind of workout did I do {day}? My legs still feel it on the bus.",
                     "I should be thankful to know what form of exercise I undertook {day}."],
    "heart_rate": ["e fia le average heart rate i la'u {noun} {day}?",
                   "#hr #avg {noun} {day}?",
                   "What was my average heart rate on the {noun} {day}? That humidity is no joke.",
                   "I invite you to state my mean heart rate during the {noun} {day}."],
    "sleep_quality": ["na faapefea lo'u moe {night}, lelei pe leai?",
                      "#sleep #quality {night}?",
                      "How well did I sleep {night}? The roosters next door started early.",
                      "Do me the favour of reporting the quality of my sleep {night}."],
    "sleep_night": ["e fia itula na ou moe ai {night}?",
                    "#sleep #hrs {night}?",
                    "How many hours did I sleep {night}? The fan was broken again.",
                    "For the avoidance of doubt, state the length of my sleep {night}."],
    "exercise_duration": ["e fia le umi o la'u {noun} {day}?",
                          "#workout {noun} {day} how long?",
                          "How long was my {noun} {day}? Felt like forever in that heat.",
                          "I write to ask the duration of my {noun} {day}."],
    "meeting_duration": ["e fia le umi o le fonotaga {title} {day}?",
                         "#mtg {title} {day} how long?",
                         "How long did the {title} meeting go {day}? My phone battery died halfway.",
                         "Might I know how long the {title} meeting lasted {day}?"],
    "distance_run": ["e fia kilomita na ou tamoe ai {day}?",
                     "#run #km {day}?",
                     "How far did I run {day}? The dogs on Beach Road chased me again.",
                     "Kindly furnish me with the distance I ran {day}."],
    "distance_cycle": ["e fia kilomita na ou tietie uila ai {day}?",
                       "#bike #km {day}?",
                       "How far did I cycle {day}? Those potholes near Vaitele are terrible.",
                       "Be pleased to state the distance I covered by bicycle {day}."],
    "distance_swim": ["e fia le mamao na ou aau ai {day}?",
                      "#swim #distance {day}?",
                      "How far did I swim {day}? The water was so warm.",
                      "I request to be advised of the distance I swam {day}."],
    "attendees": ["o ai na i ai i le fonotaga {title} {day}?",
                  "#mtg {title} {day} who?",
                  "Who was in the {title} meeting {day}? I only remember the one who brought panipopo.",
                  "I should be thankful to know who attended the {title} meeting {day}."],
    "coffee_count": ["e fia ipu kofe na ou inu ai {day}?",
                     "#coffee #cups {day}?",
                     "How many coffees did I have {day}? The cafe lady knows my order by now.",
                     "I invite you to state how many cups of coffee I drank {day}."],
    "caffeine": ["e fia mg caffeine na ou inu ai {day}?",
                 "#caffeine #mg {day}?",
                 "How much caffeine did I take in {day}? My hands were shaking at the till.",
                 "Do me the favour of stating the total caffeine I consumed {day}, in milligrams."],
    "meeting_count": ["e fia fonotaga na ou i ai {day}?",
                      "#mtgs #count {day}?",
                      "How many meetings did I have {day}? Felt like ten.",
                      "For the avoidance of doubt, state the number of meetings I attended {day}."],
    "km_week": ["e fia kilomita na ou {past} ai i le vaiaso nei aofai?",
                "#km #thiswk {activity} total?",
                "How many km have I {past} so far this week? Trying to beat my cousin.",
                "I write to ask the total distance I have {past} since Monday of this week."],
    "workouts_week": ["e fia faamalositino na ou faia i le vaiaso nei?",
                      "#workouts #thiswk how many?",
                      "How many workouts have I done this week? The coach at church keeps checking.",
                      "Might I know how many exercise sessions I have completed this week?"],
    "first_coffee": ["o le a le taimi na ou inu ai le kofe muamua {day}?",
                     "#coffee #first {day} time?",
                     "What time was my first coffee {day}? The early bus always wakes me up.",
                     "Kindly furnish me with the hour of my first coffee {day}."],
    "last_coffee": ["o le a le taimi o le kofe mulimuli na ou inu ai {day}?",
                    "#coffee #last {day} time?",
                    "When did I have my last coffee {day}? I could not sleep after.",
                    "Be pleased to state the time of the final coffee I drank {day}."],
    "first_meeting": ["o le a le taimi na amata ai la'u fonotaga muamua {day}?",
                      "#mtg #first {day} start?",
                      "What time did my first meeting start {day}? The traffic on Vaitele Street was crazy.",
                      "I request to be advised of the starting time of my first meeting {day}."],
    "wake": ["o le a le taimi na ou ala ai {day}?",
             "#wakeup {day} time?",
             "What time did I wake up {day}? The church bells are so early.",
             "I should be thankful to know the hour at which I rose {day}."],
    "bedtime": ["o le a le taimi na ou alu ai e moe {night}?",
                "#bedtime {night}?",
                "What time did I go to bed {night}? The fiafia next door went late.",
                "I invite you to state the time I retired to bed {night}."],
    "dinner_on_distance": ["o le a le meaai o le afiafi na ou ai i le aso na ou {past} ai {km} km?",
                           "#dinner #day {past} {km} km?",
                           "What did I eat for dinner the day I {past} {km} km? Must have been hungry.",
                           "Do me the favour of stating what I ate for dinner on the day I {past} {km} km."],
    "meeting_after_workout": ["o ai na i ai i le fonotaga muamua ina ua uma la'u {noun} {day}?",
                              "#mtg #after {noun} {day} who?",
                              "Who was in my first meeting after the {noun} {day}? I was still sweating.",
                              "For the avoidance of doubt, name those present at the first meeting following my {noun} "
                              "{day}."],
    "lunch_on_meeting_day": ["o fea na ou ai ai i le aoauli i le aso o le {title}?",
                             "#lunch #where {title} day?",
                             "Where did I get lunch the day of the {title}? Hope it was not the same pie place.",
                             "I write to ask where I lunched on the day of the {title}."],
    "sleep_after_meeting": ["e fia le umi na ou moe ai i le po ina ua uma le {title}?",
                            "#sleep #night #after {title}?",
                            "How long did I sleep the night after the {title}? That one drained me.",
                            "Might I know the length of my sleep on the night following the {title}?"],
    "dinner_on_said_day": ["o le a le meaai o le afiafi na ou ai i le aso na fai mai ai {who} e uiga i le {value}?",
                           "#dinner #day #{who} {value}?",
                           "What was dinner the day {who} told me about {value}? Can't recall a thing that week.",
                           "Kindly furnish me with what I ate for dinner on the day {who} spoke to me of {value}."],
    "compare_sleep": ["na umi atu lo'u moe {n1} pe {n2}?",
                      "#sleep {n1} vs {n2} longer?",
                      "Did I sleep longer {n1} or {n2}? Both nights the dogs were barking.",
                      "Be pleased to state on which night I slept the longer, {n1} or {n2}."],
    "compare_caffeine": ["na sili atu le caffeine na ou inu ai {d1} pe {d2}?",
                         "#caffeine {d1} vs {d2} more?",
                         "Did I have more caffeine {d1} or {d2}? The cafe had a new blend.",
                         "I request to be advised whether I took more caffeine {d1} or {d2}."],
    "compare_duration": ["na umi atu la'u faamalositino {d1} pe {d2}?",
                         "#workout #length {d1} vs {d2}?",
                         "Was my workout longer {d1} or {d2}? My knees would say both.",
                         "I should be thankful to know whether my exercise lasted longer {d1} or {d2}."],
    "compare_coffee_weeks": ["na sili atu ipu kofe na ou inu ai i le vaiaso nei nai lo le vaiaso ua tuanai?",
                             "#coffee #thiswk vs #lastwk more?",
                             "Am I drinking more coffee this week than last week? Feels like it, my wallet agrees.",
                             "I invite you to state whether I drank more coffee this week than in the week before."],
    "late_coffee_sleep": ["pe itiiti lo'u moe i aso ou te inu ai kofe pe a uma le {t}?",
                          "#sleep #coffee after {t} less?",
                          "Do I sleep less when I have coffee after {t}? Asking for my mum, she says so.",
                          "Do me the favour of stating whether I sleep less on days I drink coffee after {t}."],
    "late_dinner_sleep": ["pe itiiti lo'u moe pe a ou ai le meaai o le afiafi pe a uma le {t}?",
                          "#sleep #dinner after {t} less?",
                          "Do I sleep worse on days I eat dinner after {t}? Sunday toonai always does me in.",
                          "For the avoidance of doubt, state whether I sleep less on days my dinner begins after {t}."],
    "exercise_sleep": ["pe umi atu lo'u moe i aso ou te faamalositino ai?",
                       "#sleep #workoutdays more?",
                       "Do I sleep longer on days I work out? Would explain a lot.",
                       "I write to ask whether I sleep longer on the days I take exercise."],
    "caffeine_sleep": ["pe itiiti lo'u moe i aso e {mg} mg pe sili atu le caffeine?",
                       "#sleep #caffeine {mg} mg plus less?",
                       "Do I sleep less on days with {mg} mg of caffeine or more? Probably yes, eh.",
                       "Might I know whether my sleep is shorter on days when I take {mg} mg of caffeine or more?"],
    "exercise_coffee": ["pe sili atu ipu kofe ou te inu ai i aso ou te faamalositino ai?",
                        "#coffee #workoutdays more?",
                        "Do I drink more coffee on workout days? I always stop at the cafe after.",
                        "Kindly furnish me with an answer as to whether I drink more coffee on days I exercise."],
    "fu_day_before": ["ae a le aso na muamua atu?",
                      "#daybefore?",
                      "And the day before that? My memory is like the Apia drains.",
                      "In addition, I would further ask about the preceding day."],
    "fu_meeting_length": ["e fia le umi o lena fonotaga?",
                          "#length that mtg?",
                          "And how long did that one go? Felt endless.",
                          "I would further ask how long that meeting lasted."],
    "fu_other_day": ["ae a {day}?",
                     "#also {day}?",
                     "What about {day} then? I think I went slower.",
                     "I would further ask the same of {day}."],
    "fu_night_before": ["ae a le po na muamua atu?",
                        "#nightbefore?",
                        "And the night before that one? I was up late with the kids.",
                        "I would further ask the same concerning the previous night."],
    "fu_today": ["ae a i le aso nei?",
                 "#today so far?",
                 "And today so far? Be honest with me.",
                 "I would further ask the same as regards today thus far."],
    "fu_other_person": ["ae a {who}?",
                        "#{who} same q?",
                        "What about {who}? They always have opinions.",
                        "I would further ask the same in respect of {who}."],
}


def _slashed(day: date, year: bool = False) -> str:
    """Day first, zero-padded ("20/11"); ``year``: with the full year ("20/11/2034")."""
    text = f"{day.day:02d}/{day.month:02d}"
    return f"{text}/{day.year}" if year else text


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the year."""
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    back = (today - day).days
    if absolute or not 0 <= back <= 6:
        return [f"on the date {_slashed(day, True)}, {weekday}",
                f"on {weekday}, {_ordinal(day.day)} of {MONTHS[day.month - 1]}, {day.year}",
                f"on {day.day} {MONTHS[day.month - 1]}, {day.year}",
                f"on {_slashed(day)}/{day.year % 100:02d}"]
    if back == 0:
        return ["today", f"today {_slashed(day)}", f"today, being {weekday} {day.day} {MONTHS[day.month - 1]}"]
    if back == 1:
        return ["yesterday", f"yesterday, {_slashed(day)}",
                f"yesterday, which was {weekday} {day.day} {SHORT_MONTHS[day.month - 1]}"]
    return [f"on {weekday} just gone, {_slashed(day)}",
            f"this last {short} ({day.day} {SHORT_MONTHS[day.month - 1]})",
            f"on {weekday}, {back} days ago now"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    weekday, next_weekday = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night ({SHORT_DAYS[day.weekday()]} to {SHORT_DAYS[after.weekday()]})"]
    return [f"the night of {SHORT_DAYS[day.weekday()]} {_slashed(day)} going to {SHORT_DAYS[after.weekday()]}",
            f"{weekday} night, sleeping till {next_weekday}",
            f"overnight {_slashed(day)} to {_slashed(after)}", f"on the night {weekday} the {_ordinal(day.day)}"]
