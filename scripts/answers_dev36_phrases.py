"""Question phrasings of the answers benchmark's thirty-sixth tuning set, ``dev36`` (docs/benchmarks.md, "Answers").

``dev36`` was the held-out set until 2026-12-05, when, after its measurement at ceaf5f5 (grounded
accuracy 0.758; worst category multi-hop 0.455; unsupported 0.004; abstention 0.955; p95 0.025 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev35``, answers_dev35_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a mobile-money product analyst in
Dar es Salaam who types English, lower case, with Swahili words mixed in ("nini" for what, "gani"
for which, "wapi" for where, "nani" and "akina nani" for who, "ngapi" for how many, "kiasi gani" for
how much, "saa ngapi" for at what time, "dakika ngapi" and "masaa mangapi" for how many minutes and
hours, "kifungua kinywa", "chakula cha mchana" and "chakula cha jioni" for the meals, "nilikula" for
I ate, "kahawa" for coffee, "kikao" and "vikao" for a meeting and meetings, "nililala" for I slept,
"niliamka" for I woke, "nilienda kulala" for I went to bed, "nilikimbia", "niliogelea" and "kwa
baiskeli" for I ran, I swam and by bike, "mazoezi" for a workout, "leo" for today, "wiki hii" and
"wiki iliyopita" for this week and last week, "tangu Jumatatu" for since Monday, "wastani" for on
average, "zaidi" and "pungufu" for more and less, "au" for or, "au baadaye" for or later, "na ...
je?" for and what about, "siku iliyotangulia" for the day before, "sikumbuki" for I don't remember,
"wa" and "ya" for 's, "baada ya" for after, "mbona" and "aisee" as sighs); a port crane
operator at the container terminal who types the fewest words, lower case, an arrow between the
thing and what is asked ("->"), abbreviations ("bfast", "mtg", "min", "hrs", "wk", "avg", "vs"),
and a question mark at the end; a dhow skipper who takes visitors out from the Msasani slipway and
chats, the question first and a remark after it ("the tourists", "the tide", "the dhow", "my
cousin in Zanzibar"); and a compliance officer at a bank who writes in full, formal sentences in
the East African manner ("Kindly advise", "Kindly confirm", "Could you kindly indicate", "I shall be
grateful to know"). Every question asks for the gold ``answers_evalset`` computes for its key, and
fills the slots described in answers_phrases.py.

The dev36 life lives in Africa/Dar_es_Salaam, from Monday 20 June 2033; Tanzania keeps East
Africa Time (UTC+3) all year, with no daylight saving time, so no clock changes inside it. Dates are
written as people in Tanzania write them in English: day first, mostly with slashes and zero-padded
("21/06", with the year "21/06/2033"), or the day as an ordinal before the month's full name, often
with a comma before the year ("21st June", "21st June, 2033"); the weekday in full before the date
("on Tuesday, 21/06", "this past Tuesday (21/06)"), after it ("on 21st June, a Tuesday"), or
abbreviated after it with a dash ("on 21/06 - Tue"): those four for one of the six days before
today, "on Tuesday, 21/06/2033" or "on 21st June, 2033 (Tuesday)" for an older one, and "on
21/06/2033 - Tue", "on the 21st of June, 2033 (Tue)" or "on Tuesday 21st June, 2033" for a day
that may lie outside the life; today and yesterday alone or with the date
("today, 22/06", "today - Wed 22nd", "yesterday (the 21st)", "yesterday - 21/06"); a night as last
night, alone or with its weekday ("last night, Tuesday's"), a weekday's night with its slashed date
("Tuesday's night - 21/06"), the night of one weekday into the next ("the night of Tuesday into
Wednesday"), or by the days of the month ("the night of 21st into 22nd June", "the night of 30th
June into 1st July").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = {"run": ("run", "run along Coco Beach", "jog round the Msasani peninsula"),
         "cycle": ("bike ride", "ride out along the Bagamoyo road"), "swim": ("swim", "swim off Kigamboni"),
         "yoga": ("yoga", "yoga session at the studio"), "climb": ("climbing", "bouldering session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _slashes(day: date, year: bool = False) -> str:
    """21/06, or 21/06/2033 with the year."""
    return f"{day:%d/%m/%Y}" if year else f"{day:%d/%m}"


def _nth(day: date) -> str:
    """21st, 1st, 22nd, 13th."""
    n = day.day
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short, month = WEEKDAYS[day.weekday()], SHORT[day.weekday()], MONTHS[day.month - 1]
    if absolute:
        return [f"on {_slashes(day, True)} - {short}", f"on the {_nth(day)} of {month}, {day.year} ({short})",
                f"on {name} {_nth(day)} {month}, {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {_slashes(day)}", f"today - {short} {_nth(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday (the {_nth(day)})", f"yesterday - {_slashes(day)}"]
    if 2 <= back <= 6:
        return [f"on {name}, {_slashes(day)}", f"on {_nth(day)} {month}, a {name}", f"on {_slashes(day)} - {short}",
                f"this past {name} ({_slashes(day)})"]
    return [f"on {name}, {_slashes(day, True)}", f"on {_nth(day)} {month}, {day.year} ({name})"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    after = day + timedelta(days=1)
    if day.month == after.month:
        span = f"{_nth(day)} into {_nth(after)} {MONTHS[day.month - 1]}"
    else:
        span = f"{_nth(day)} {MONTHS[day.month - 1]} into {_nth(after)} {MONTHS[after.month - 1]}"
    named = [f"{WEEKDAYS[day.weekday()]}'s night - {_slashes(day)}", f"the night of {span}",
             f"the night of {WEEKDAYS[day.weekday()]} into {WEEKDAYS[after.weekday()]}"]
    if (today - day).days == 1:
        return ["last night", f"last night, {WEEKDAYS[day.weekday()]}'s", *named]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "kitabu gani {who} alinipendekezea? jina sikumbuki kabisa",
        "book from {who} -> title?",
        "Which book did {who} tell me to read? I want something for the slow hours waiting on the tide.",
        "Kindly advise which book {who} recommended that I read.",
    ],
    "film": [
        "ile filamu {who} alisema lazima niitazame ni gani?",
        "film {who} insisted on -> which?",
        "What was the film {who} said I simply had to watch? The tourists cancelled, so I have an evening free.",
        "Kindly confirm which film {who} insisted I should watch.",
    ],
    "offsite": [
        "offsite imehamishiwa mji gani? {who} ndiye aliyesema",
        "offsite new city per {who} -> ?",
        "Which city has the offsite been moved to now, according to {who}? "
        "My cousin in Zanzibar wants to know if I'm passing through.",
        "Could you kindly indicate the city to which, per {who}, the offsite has been moved?",
    ],
    "restaurant": [
        "mgahawa gani {who} alisema tujaribu? nataka kwenda weekend",
        "restaurant {who} tipped -> name?",
        "What's the name of that restaurant {who} said we should go to? The tourists always ask me where to eat.",
        "I shall be grateful to know the name of the restaurant that {who} suggested we try.",
    ],
    "flight": [
        "ndege ya {who} inatua saa ngapi? nataka kumpokea airport",
        "{who} flight -> landing time?",
        "When does {who}'s plane touch down? The traffic on Nyerere Road is murder after five.",
        "Kindly advise the time at which {who}'s flight is expected to land.",
    ],
    "dog": [
        "mbwa mpya wa {who} anaitwa nani?",
        "{who} new dog -> name?",
        "What's {who}'s new dog called? The crew want to know if it can come out on the dhow.",
        "Kindly confirm the name {who} has given the new dog.",
    ],
    "launch": [
        "launch ya {project} imesogezwa hadi lini? {who} alisema",
        "{project} launch, per {who} -> moved to?",
        "So the {project} launch got pushed back, what's the new date {who} gave? I need to plan my leave around it.",
        "Could you kindly indicate the date to which the {project} launch has moved, as stated by {who}?",
    ],
    "age": [
        "binti wa {who} anatimiza miaka mingapi? birthday inakaribia",
        "{who} daughter -> turning what age?",
        "How old will {who}'s daughter be on her birthday? I promised her a ride on the dhow.",
        "I shall be grateful to know what age {who}'s daughter is about to turn.",
    ],
    "podcast": [
        "podcast gani {who} alinipendekezea? nataka kusikiliza kwenye daladala",
        "podcast {who} rated -> which?",
        "Which podcast was it that {who} kept telling me about? Long waits at the slipway need something to listen to.",
        "Kindly advise which podcast {who} recommended to me.",
    ],
    # value on date
    "breakfast_food": [
        "{day} kifungua kinywa nilikula nini? sikumbuki aisee",
        "bfast {day} -> what?",
        "What did I have for breakfast {day}? Probably chapati again, but tell me.",
        "Kindly confirm what I ate for breakfast {day}.",
    ],
    "lunch_food": [
        "{day} chakula cha mchana nilikula nini?",
        "lunch {day} -> what food?",
        "What was lunch {day}? Out on the water I lose track of what I eat.",
        "Could you kindly indicate what I had for lunch {day}?",
    ],
    "dinner_food": [
        "chakula cha jioni {day} nilikula nini? mbona nimesahau",
        "dinner {day} -> food?",
        "What did I eat for dinner {day}? It was late, the tourists kept me out past sunset.",
        "I shall be grateful to know what I had for dinner {day}.",
    ],
    "lunch_place": [
        "{day} nilikula chakula cha mchana wapi?",
        "lunch {day} -> where?",
        "Where did I have lunch {day}? A visitor asked me for somewhere decent near the harbour.",
        "Kindly advise where I took my lunch {day}.",
    ],
    "dinner_place": [
        "chakula cha jioni {day} nilikula wapi?",
        "dinner {day} -> place?",
        "Where was dinner {day}? My wife says we always end up at the same spot.",
        "Could you kindly indicate where I had dinner {day}?",
    ],
    "workout_kind": [
        "{day} nilifanya mazoezi ya aina gani? kukimbia, kuogelea au nini?",
        "workout {day} -> kind?",
        "What sort of exercise did I do {day}? My shoulders are telling me it was something hard.",
        "Kindly confirm what type of workout I did {day}.",
    ],
    "heart_rate": [
        "{day} wakati wa {noun} mapigo yangu ya moyo yalikuwa wastani gani?",
        "{noun} {day} -> avg heart rate?",
        "What was my average heart rate on the {noun} {day}? The heat here does strange things to it.",
        "Kindly advise my average heart rate over the {noun} {day}.",
    ],
    "sleep_quality": [
        "{night} nililala vipi? good, fair au poor?",
        "sleep {night} -> good / fair / poor?",
        "Would you call my sleep {night} good, fair or poor? The generator next door was going half the night.",
        "Could you kindly indicate whether my sleep {night} was good, fair or poor?",
    ],
    "sleep_night": [
        "{night} nililala masaa mangapi na dakika ngapi?",
        "sleep {night} -> hrs + min?",
        "How much sleep did I get {night}? I was up early to catch the tide.",
        "I shall be grateful to know how many hours and minutes I slept {night}.",
    ],
    "exercise_duration": [
        "{day} {noun} ilichukua dakika ngapi?",
        "{noun} {day} -> how many min?",
        "How long did my {noun} go on {day}, in minutes? Writing it down for my nephew, he's keeping score.",
        "Kindly confirm the duration in minutes of my {noun} {day}.",
    ],
    "meeting_duration": [
        "{title} ya {day} ilichukua dakika ngapi? ilikuwa ndefu mno",
        "{title} {day} -> length in min?",
        "How long did the {title} go on {day}? It felt longer than a crossing to Zanzibar.",
        "Could you kindly indicate how many minutes the {title} {day} lasted?",
    ],
    # distance
    "distance_run": [
        "{day} nilikimbia km ngapi?",
        "run {day} -> km?",
        "How many km did I run {day}? I'm training for the Kili half, don't laugh.",
        "Kindly advise the distance I ran {day}.",
    ],
    "distance_cycle": [
        "{day} nilienda kwa baiskeli km ngapi?",
        "bike {day} -> distance?",
        "How many kilometres did I ride the bike {day}? The potholes on that road nearly threw me off.",
        "I shall be grateful to know how far I cycled {day}.",
    ],
    "distance_swim": [
        "{day} niliogelea umbali gani?",
        "swim {day} -> how far?",
        "How far did I swim {day}? The current off the point was strong.",
        "Could you kindly indicate the distance I swam {day}?",
    ],
    # attendees
    "attendees": [
        "{title} ya {day} walihudhuria akina nani? nitajie wote",
        "{title} {day} -> who attended?",
        "Who turned up to the {title} {day}? I joined from the boat and the signal kept cutting.",
        "Kindly confirm the names of those who attended the {title} {day}.",
    ],
    # counts and totals
    "coffee_count": [
        "{day} nilikunywa kahawa ngapi?",
        "coffees {day} -> how many?",
        "How many cups of coffee did I drink {day}? My wife says too many.",
        "Kindly advise how many coffees I had {day}.",
    ],
    "caffeine": [
        "{day} kafeini yote ilikuwa mg ngapi?",
        "caffeine {day} -> total mg?",
        "How many milligrams of caffeine did I get through {day}? My hands were shaking on the tiller.",
        "Could you kindly indicate my total caffeine intake {day}, in milligrams?",
    ],
    "meeting_count": [
        "{day} nilikuwa na vikao vingapi?",
        "mtgs {day} -> count?",
        "How many meetings were there {day}? For a boat man I sit in far too many.",
        "I shall be grateful to know how many meetings I attended {day}.",
    ],
    "km_week": [
        "wiki hii tangu Jumatatu {activity} jumla ni km ngapi?",
        "{activity} wk so far since mon -> total km?",
        "What's my total distance of {activity} this week, counting from Monday? My nephew claims he's beating me.",
        "Kindly confirm the total kilometres of {activity} I have covered this week since Monday.",
    ],
    "workouts_week": [
        "wiki hii tangu Jumatatu nimefanya mazoezi mara ngapi?",
        "workouts wk since mon -> number?",
        "How many times have I worked out this week, starting Monday? Hauling the anchor doesn't count, I know.",
        "Kindly advise the number of workouts I have done this week, counting from Monday.",
    ],
    # first and last
    "first_coffee": [
        "{day} kahawa ya kwanza niliinywa saa ngapi?",
        "first coffee {day} -> time?",
        "When did I have my first coffee {day}? I was on the slipway before the sun.",
        "Could you kindly indicate the time of my first coffee {day}?",
    ],
    "last_coffee": [
        "{day} kahawa ya mwisho ilikuwa saa ngapi?",
        "last coffee {day} -> at?",
        "What time was my last coffee {day}? I couldn't sleep for ages after.",
        "I shall be grateful to know at what time I had my final coffee {day}.",
    ],
    "first_meeting": [
        "{day} kikao cha kwanza kilianza saa ngapi?",
        "1st mtg {day} -> start?",
        "When did my first meeting begin {day}? I think I took it on the jetty.",
        "Kindly confirm the starting time of my first meeting {day}.",
    ],
    "wake": [
        "{day} niliamka saa ngapi?",
        "woke {day} -> time?",
        "What time did I get up {day}? The muezzin usually beats my alarm.",
        "Kindly advise the time at which I woke up {day}.",
    ],
    "bedtime": [
        "{night} nilienda kulala saa ngapi?",
        "bedtime {night} -> ?",
        "When did I finally go to bed {night}? The tourists wanted one more story.",
        "Could you kindly indicate at what time I went to bed {night}?",
    ],
    # multi-hop
    "dinner_on_distance": [
        "siku ile ya {noun} ya km {km}, chakula cha jioni nilikula nini?",
        "day of {km} km {noun} -> dinner?",
        "On the day of that {km} km {noun}, what did I have for dinner? I'd have eaten a whole goat.",
        "Kindly advise what I ate for dinner on the day I {past} {km} km.",
    ],
    "meeting_after_workout": [
        "{day} kikao cha kwanza baada ya {noun} kilikuwa na akina nani?",
        "{day} 1st mtg post {noun} -> who?",
        "Who was in the first meeting after my {noun} {day}? I was still dripping with sweat.",
        "I shall be grateful to know who attended my first meeting after the {noun} {day}.",
    ],
    "lunch_on_meeting_day": [
        "siku ya {title} nilikula chakula cha mchana wapi?",
        "{title} day -> lunch where?",
        "On the day of the {title}, where did I go for lunch? A colleague wants somewhere close to the office.",
        "Kindly confirm where I had lunch on the day of the {title}.",
    ],
    "sleep_after_meeting": [
        "usiku baada ya {title} nililala masaa mangapi?",
        "night after {title} -> sleep hrs?",
        "How many hours did I sleep the night after the {title}? That one drained me completely.",
        "Could you kindly indicate how long I slept on the night after the {title}?",
    ],
    "dinner_on_said_day": [
        "siku ile {who} alipozungumzia {value}, nilikula nini jioni?",
        "day {who} brought up {value} -> dinner?",
        "The day {who} went on about {value}, what did I have for dinner? Odd what the mind keeps.",
        "Kindly advise what I ate for dinner on the day {who} spoke of {value}.",
    ],
    # comparison
    "compare_sleep": [
        "nililala zaidi {n1} au {n2}? niambie masaa ya usiku wote wawili",
        "sleep {n1} vs {n2} -> longer + hrs each?",
        "Which night did I sleep more, {n1} or {n2}, and how long both times? The tide kept me up one of them.",
        "Kindly confirm on which night I slept longer, {n1} or {n2}, stating the duration of each.",
    ],
    "compare_caffeine": [
        "kafeini ilikuwa zaidi siku gani, {d1} au {d2}? mg za kila siku",
        "caffeine {d1} vs {d2} -> more + mg each?",
        "Did I take in more caffeine {d1} or {d2}, and how many mg each day? One of those I brewed the big pot.",
        "Could you kindly indicate on which day my caffeine intake was higher, {d1} or {d2}, "
        "with the milligrams for each?",
    ],
    "compare_duration": [
        "mazoezi gani yalikuwa marefu zaidi, {d1} au {d2}? dakika za kila moja",
        "workout {d1} vs {d2} -> longer + min each?",
        "Which workout ran longer, {d1} or {d2}, and how many minutes each? My nephew and I have a soda riding on it.",
        "I shall be grateful to know which workout lasted longer, {d1} or {d2}, with the minutes of each.",
    ],
    "compare_coffee_weeks": [
        "wiki hii nimekunywa kahawa zaidi kuliko wiki iliyopita? nipe idadi zote mbili",
        "coffee wk vs prev wk -> counts?",
        "Am I drinking more coffee this week than last? Give me both counts. The new flask is a bad influence.",
        "Kindly advise whether I have had more coffee this week than last week, with the count for each.",
    ],
    # habit relations
    "late_coffee_sleep": [
        "siku nikinywa kahawa saa {t} au baadaye, je nalala pungufu? wastani wa zote mbili",
        "coffee {t} or later -> less sleep? both avgs?",
        "When I have coffee at {t} or later, do I end up sleeping less? Both averages, please. "
        "My cousin in Zanzibar says evening coffee never bothers him.",
        "Kindly confirm whether I sleep less on average after days with a coffee at {t} or later than after "
        "other days, stating both averages.",
    ],
    "late_dinner_sleep": [
        "chakula cha jioni kikianza saa {t} au baadaye, je nalala pungufu? wastani wa zote mbili",
        "dinner starting {t}+ -> sleep less? avgs?",
        "If dinner starts at {t} or later, do I sleep less than on other nights? Give me both averages. "
        "After a late trip we never eat before nine.",
        "Could you kindly indicate whether I sleep less on average after dinners starting at {t} or later than "
        "after earlier ones, with both averages?",
    ],
    "exercise_sleep": [
        "je nalala zaidi baada ya siku za mazoezi kuliko siku bila mazoezi? wastani wa zote mbili",
        "sleep after workout days vs none -> avgs?",
        "Do I sleep more after a day with a workout than after a day without? Both averages, please. "
        "My wife reckons it's the sea air, not the exercise.",
        "I shall be grateful to know whether I sleep longer on average after days with a workout than after "
        "days with none, stating both averages.",
    ],
    "caffeine_sleep": [
        "siku nikipata kafeini mg {mg} au zaidi, je nalala pungufu? wastani wa zote mbili",
        "{mg}+ mg caffeine days -> less sleep? avgs?",
        "On days I get {mg} mg of caffeine or more, do I sleep less afterwards? Both averages, please. "
        "I blame the flask.",
        "Kindly advise whether I sleep less on average after days with {mg} mg of caffeine or more than after "
        "the remaining days, with both averages.",
    ],
    "exercise_coffee": [
        "siku za mazoezi nakunywa kahawa zaidi kuliko siku bila mazoezi? wastani kwa siku",
        "coffee/day workout vs no-workout days -> avgs?",
        "Do I drink more coffee on workout days than on days off? Daily average for both. "
        "I always want a cup before the morning swim.",
        "Kindly confirm whether my daily coffee count is higher on average on days with a workout than on days "
        "without one, with both averages.",
    ],
    # follow-ups
    "fu_day_before": [
        "na siku iliyotangulia je? chakula cha mchana nilikula nini",
        "day before -> lunch?",
        "What about the day before that, what did I have for lunch? Piecing the week back together.",
        "Kindly advise what I had for lunch on the preceding day.",
    ],
    "fu_meeting_length": [
        "na kikao hicho kilichukua dakika ngapi?",
        "that mtg -> min?",
        "And that meeting, how many minutes did it take? Seemed endless.",
        "Could you kindly also indicate the length of that meeting?",
    ],
    "fu_other_day": [
        "na {day} je? nilikimbia km ngapi",
        "{day} -> run km?",
        "What about {day}, how far did I run? Just to compare.",
        "Kindly confirm also the distance I ran {day}.",
    ],
    "fu_night_before": [
        "na usiku uliotangulia je? nililala masaa mangapi",
        "night prior -> sleep?",
        "And the night before that one, how long did I sleep? Probably worse, I'd guess.",
        "I shall be grateful to know how long I slept the night before that.",
    ],
    "fu_today": [
        "na leo je? hadi sasa ngapi",
        "today till now -> count?",
        "What about today, how many so far? Still a few hours of daylight left.",
        "Kindly advise how many there have been so far today.",
    ],
    "fu_other_person": [
        "na {who} je? swali lile lile",
        "{who} -> same?",
        "And what about {who}, same thing? Just wondering.",
        "Could you kindly provide the same answer with regard to {who}?",
    ],
}
