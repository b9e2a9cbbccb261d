"""Question phrasings of the answers benchmark's thirtieth tuning set, ``dev30`` (docs/benchmarks.md, "Answers").

``dev30`` was the held-out set until 2026-12-05, when, after its measurement at d017b2c (grounded
accuracy 0.83; worst category follow-up 0.636; unsupported 0.004; abstention 0.864; p95 0.020 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev29``, answers_dev29_phrases.py) on 2026-12-04, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner,
its time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a Bangkok local who types Thai
English, lower case, with romanised Thai words and particles in it ("ka", "kha", "na ka" and "na"
at the end, "mai" for a yes-or-no question, "arai" for what, "tee nai" for where, "khrai bang" for
who all, "gee" for how many, "gee mong" for what time, "gee chua mong" and "gee nathi" for how many
hours and minutes, "glai tao rai" for how far, "gin" and "gin khao" for eating, "ahan chao",
"ahan tiang" and "ahan yen" for the meals, "kafae" for coffee and "gee kaew" for how many cups,
"prachum" for a meeting, "ork gamlang gai" for a workout, "wing", "pan jakkrayan" and "wai nam" for
running, cycling and swimming, "non" for sleeping, "khao non" for going to bed, "tuen" for waking,
"aathit nee" and "aathit gon" for this week and last, "wan gon" and "khuen gon" for the day and
night before, "wan tee" for the day that, "gap" for "and", "la" for "what about", "mak gwa" and
"noi gwa" for more and less, "nae nam" for recommending, "jam mai dai" for not remembering); a
scuba diving instructor who asks between boat trips, often the question first and a remark after
it ("the boat", "the dive shop", "topside", "bottom time", "my logbook", "a buddy", "the pier",
"briefing", "surface interval"); a hotel concierge who asks in long, courteous sentences, a clause
before the question or after it ("might I ask", "would you be so kind", "the front desk", "my shift
at the desk", "the guests", "handover", "I should like"); and a wedding planner who types fast, in
fragments with dashes and colons, lower case, with asides about the job ("the run sheet", "the
timeline", "the couple", "vendors", "the venue", "the rehearsal", "pls", "asap"). Every question
asks for the gold ``answers_evalset`` computes for its key, and fills the slots described in
answers_phrases.py.

The dev30 life lives in Asia/Bangkok, from Monday 7 June 2032; Thailand keeps Indochina Time
(UTC+7) all year, with no daylight saving time, so no clock changes inside it. Dates are written as
people in Thailand write them in English: day first, with slashes ("8/6", zero-padded with the year
"08/06/2032"), the day and the month's name or its short name ("8 June", "8 Jun"), an ordinal and
"of" ("the 8th of June 2032"), the weekday before the date, with a full stop after its short form,
or in brackets after it, and sometimes with the year of the Buddhist Era that Thai forms and
documents count in ("8/6/2575": 2575 B.E. is 2032 A.D., the Gregorian year plus 543; the gold is
the same day either way, and the test of day-first dates reads only the day and the month of such a
date): "on Tuesday (8 Jun)", "on Tue. 8/6", "on Tuesday, 08/06/2032", "on 8/6/2575", "this Tuesday
(8 June)" (one of this week) or "last Tuesday (8 June)" (one of the week before), and "on Tue.
08/06/2032", "on the 8th of June 2032 (Tuesday)" or "on 8/6/2575 (Tue)" for a day that may lie
outside the life; today and yesterday alone or with the date ("today (Wednesday 9/6)", "today (the
9th)", "yesterday (Tue. 8/6)", "yesterday, Tue. 8 Jun"); a night as last night (alone, or "last
night (Tuesday night, 8/6)"), a weekday's night with its date ("Tuesday night (8 Jun)"), the night
of a weekday and date ("the night of Tue. 8/6"), or the night between two dates ("the night between
8/6 and 9/6").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
BUDDHIST_ERA = 543
"""Years the Thai solar calendar counts ahead of the Gregorian one (2032 A.D. is 2575 B.E.)."""
NOUNS = {"run": ("run in Lumpini Park", "jog"), "cycle": ("bike ride", "ride on the Sky Lane"),
         "swim": ("swim", "swim at the condo pool"), "yoga": ("yoga class", "yoga session"),
         "climb": ("bouldering session", "climbing session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dm(day: date) -> str:
    return f"{day.day}/{day.month}"


def _padded(day: date, year: bool = False) -> str:
    return f"{day:%d/%m/%Y}" if year else f"{day:%d/%m}"


def _buddhist(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year + BUDDHIST_ERA}"


def _named(day: date, short: bool = False) -> str:
    month = MONTHS[day.month - 1]
    return f"{day.day} {month[:3] if short else month}"


def _nth(day: date) -> str:
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {short}. {_padded(day, True)}",
                f"on the {_nth(day)} of {MONTHS[day.month - 1]} {day.year} ({name})", f"on {_buddhist(day)} ({short})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({name} {_dm(day)})", f"today (the {_nth(day)})"]
    if back == 1:
        return ["yesterday", f"yesterday ({short}. {_dm(day)})", f"yesterday, {short}. {_named(day, True)}"]
    if 2 <= back <= 6:
        week = "this" if day.weekday() < today.weekday() else "last"
        return [f"on {name} ({_named(day, True)})", f"on {short}. {_dm(day)}", f"on {name}, {_padded(day, True)}",
                f"on {_buddhist(day)}", f"{week} {name} ({_named(day)})"]
    return [f"on {name} ({_named(day)})", f"on {short}. {_padded(day, True)}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    after = day + timedelta(days=1)
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    named = [f"{name} night ({_named(day, True)})", f"the night of {short}. {_dm(day)}",
             f"the night between {_dm(day)} and {_dm(after)}"]
    if (today - day).days == 1:
        return ["last night", f"last night ({name} night, {_dm(day)})", *named[1:]]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "{who} nae nam book hai chan, chue arai na ka? jam mai dai laew",
        "Which book did {who} tell me to read? Something for the long boat rides out to the sites.",
        "A guest asked me for a good read this morning, which reminded me: what was the book {who} recommended?",
        "book rec from {who} - title? need something for the flight to the destination wedding",
    ],
    "film": [
        "{who} bok wa film nee tong doo, film arai na ka?",
        "What movie did {who} say I had to see? Not a shark one, I hope.",
        "Should I have an evening off this week, I would like to watch the film {who} suggested. Could you "
        "remind me of its title?",
        "ok so {who} told me about a movie i HAVE to watch... what was it called",
    ],
    "offsite": [
        "offsite yai pai tee nai na? {who} bok wa move laew, city arai ka",
        "{who} said the offsite's changed location. Where's it moved to? Hope it's somewhere near the coast.",
        "I understand from {who} that the offsite will no longer be held where it was planned; to which city "
        "has it been moved?",
        "offsite venue change (per {who}) - where is it now?? which city",
    ],
    "restaurant": [
        "{who} nae nam ran ahan, ran arai na ka? yak pai gin",
        "Where did {who} reckon we should go eat? I need a spot for the post-dive dinner.",
        "Which restaurant was it that {who} suggested we try? I may well pass it on to the guests if it is good.",
        "restaurant {who} recommended -- name? could be a rehearsal dinner option",
    ],
    "flight": [
        "flight khong {who} land gee mong ka? ja pai rub tee suvarnabhumi",
        "What time's {who} landing? I'll try to be back off the boat for the pickup.",
        "At what time is {who}'s flight due to arrive? I should like to arrange a car from the hotel.",
        "{who}'s landing time?? need it for the airport transfer sheet",
    ],
    "dog": [
        "ma tua mai khong {who} chue arai kha? the dog they adopt",
        "What's the name of the dog {who} adopted? I want to say hi to it properly.",
        "{who} has taken in a dog, I am told; what name did they give it?",
        "the dog {who} adopted... what's it called? adding it to my notes",
    ],
    "launch": [
        "{who} bok wa {project} launch luean pai, wan nai na ka? new date",
        "{who} said {project} slipped. What date is the launch now?",
        "According to {who}, the {project} launch has been postponed; may I ask to which date?",
        "{project} launch pushed?? {who} said so - new date pls, it might clash with a wedding",
    ],
    "age": [
        "luk sao {who} ja ayu gee kuab na ka? birthday coming",
        "How old is {who}'s daughter about to turn? Thinking of getting her a snorkel set.",
        "{who}'s daughter has a birthday approaching; what age will she be turning, if I may ask?",
        "{who}'s daughter - what age is she turning? ordering balloons asap",
    ],
    "podcast": [
        "podcast tee {who} nae nam, chue arai ka? ja fang bon BTS",
        "Which podcast was {who} telling me to try? I need something for the drive to the pier.",
        "Could you remind me which podcast {who} recommended? I would listen to it on the way home after my shift.",
        "podcast rec from {who}? for the drive to the venue, what was it",
    ],
    # value on date
    "breakfast_food": [
        "{day} gin arai pen ahan chao ka? breakfast",
        "What did I eat for breakfast {day}? Had to be something light before diving.",
        "{Day}, before my shift at the desk began, what did I have for breakfast?",
        "breakfast {day} - what was it? i never remember, always eating standing up",
    ],
    "lunch_food": [
        "ahan tiang {day} gin arai na? jam mai dai ka",
        "Lunch {day} - what did I eat? I'm logging it next to my dives.",
        "Would you tell me what I ate for lunch {day}? The days at the desk all blur together.",
        "what did i have for lunch {day}? between vendor calls probably",
    ],
    "dinner_food": [
        "{day} ahan yen gin arai ka? dinner menu",
        "What was for dinner {day}? Whatever I ate after getting back topside.",
        "I would like to know what I ate for dinner {day}, once I had handed over to the night concierge.",
        "dinner {day}?? what did i eat, genuinely no idea",
    ],
    "lunch_place": [
        "{day} pai gin khao tiang tee nai ka? chue ran",
        "Lunch {day}, where did I sit down to eat? Name of the spot.",
        "{Day}, at which establishment did I take my lunch? A guest may well ask me about it.",
        "lunch spot {day}, where was it? could be good for a vendor meeting",
    ],
    "dinner_place": [
        "ahan yen {day} gin tee nai na ka? ran arai",
        "Where was I eating dinner {day}? I've lost track of days since the liveaboard.",
        "Where did I dine {day}? I should like to note the name of the place for my recommendations.",
        "where was dinner {day}? place name pls",
    ],
    "workout_kind": [
        "{day} ork gamlang gai arai ka?",
        "{Day}, what was my workout? Running, swimming, something else?",
        "What form of exercise did I take {day}, if I may ask?",
        "what workout did i squeeze in {day}?",
    ],
    "heart_rate": [
        "{noun} {day}, heart rate average gee ka? bpm",
        "What was my average heart rate on the {noun} {day}? I like to compare it with my air consumption.",
        "I am curious about my {noun} {day}: what was my average heart rate throughout it, in beats per minute?",
        "avg bpm on my {noun} {day}? felt higher than a groom's at the altar",
    ],
    "sleep_quality": [
        "{night} non lap dee mai ka? good, fair or poor",
        "How was my sleep {night}, good, fair or poor? Early boat call today.",
        "{Night}, how would you rate the quality of my sleep?",
        "sleep quality {night}? felt like i dreamed about seating charts all night",
    ],
    "sleep_night": [
        "{night} non dai gee chua mong ka?",
        "How many hours did I sleep {night}? Need to know if I'm fit to dive.",
        "I would be grateful to know how long I slept {night}; the late check-ins kept me up.",
        "how long did i sleep {night}? the couple's big weekend is coming",
    ],
    "exercise_duration": [
        "{noun} {day} chai wela gee nathi ka?",
        "How long was my {noun} {day}? Bottom time, so to speak, in minutes.",
        "Might I ask how many minutes my {noun} took {day}?",
        "my {noun} {day} - how many minutes was it? blocking time on my calendar",
    ],
    "meeting_duration": [
        "prachum {title} {day} nan gee nathi ka?",
        "How long did the {title} go on {day}? Longer than a dive briefing, it felt like.",
        "Might I ask how long the {title} lasted {day}, from start to finish?",
        "{title} {day} - how long did it go? need to know for my timeline",
    ],
    # distance
    "distance_run": [
        "{day} wing dai gee km ka?",
        "How far did I run {day}? The distance in km, please.",
        "Could you tell me the distance of my run {day}? In kilometres, if you would.",
        "km i ran {day}? need to beat the groom in the charity run lol",
    ],
    "distance_cycle": [
        "{day} pan jakkrayan dai gee km ka?",
        "How many km did I ride {day}? Bike, not boat.",
        "How far did I go by bicycle {day}? The distance in kilometres, please.",
        "km biked {day}? quick one",
    ],
    "distance_swim": [
        "{day} wai nam dai glai tao rai ka?",
        "How far did I swim {day}? Curious how it compares with my surface swims.",
        "{Day}, what distance did I swim, if you would be so kind?",
        "swam how far {day}?",
    ],
    # attendees
    "attendees": [
        "prachum {title} {day} mee khrai bang ka?",
        "Who was at the {title} {day}? Everyone who showed up, like a buddy roster.",
        "Would you be so kind as to list everyone who attended the {title} {day}?",
        "{title} {day}: who attended? full list pls",
    ],
    # counts and totals
    "coffee_count": [
        "{day} gin kafae pai gee kaew ka?",
        "How many coffees did I drink {day}? Boat coffee counts too.",
        "How many cups of coffee did I have {day}? The lobby machine is a temptation.",
        "coffees {day}: how many? be honest",
    ],
    "caffeine": [
        "{day} caffeine tang mot gee mg ka?",
        "How much caffeine did I take in {day}? In mg, please. Caffeine and diving don't mix great.",
        "{Day}, how many milligrams of caffeine did I consume altogether? I fear the espresso at the front desk.",
        "total caffeine {day}?? in mg. asking for my heart",
    ],
    "meeting_count": [
        "{day} mee prachum gee an ka?",
        "How many meetings did I have {day}? Topside days are all meetings.",
        "{Day}, how many meetings did I attend in all?",
        "how many meetings did i have {day}? felt like twenty",
    ],
    "km_week": [
        "aathit nee {activity} ruam gee km laew ka?",
        "What's my {activity} total for this week so far, in km?",
        "Would you add up for me how far I {past} this week, in kilometres?",
        "{activity} km since monday?? all added up",
    ],
    "workouts_week": [
        "aathit nee ork gamlang gai pai gee krang laew ka?",
        "How many times have I worked out this week, counting from Monday? It's for my logbook.",
        "Might I ask how many workouts I have completed this week?",
        "# of workouts since monday? need to know if i've been slacking",
    ],
    # first and last
    "first_coffee": [
        "{day} kafae kaew raek gee mong ka?",
        "When did I have my first coffee {day}? Before the boat left?",
        "At what time was my first cup of coffee {day}, if you would?",
        "what time did the first coffee happen {day}?",
    ],
    "last_coffee": [
        "{day} kafae kaew sudtai gee mong ka?",
        "What time was my last coffee {day}? I was wired all through the surface interval.",
        "{Day}, at what hour did I have my final cup of coffee?",
        "time of my last coffee {day}?? trying to cut down",
    ],
    "first_meeting": [
        "{day} prachum raek gee mong ka?",
        "What time did my first meeting start {day}? Hoping it was after I opened the dive shop.",
        "{Day}, when was it that my first meeting got under way?",
        "first meeting {day} - what time did it start? the run sheet says nothing",
    ],
    "wake": [
        "{day} tuen gee mong kha?",
        "What time did I wake up {day}? Boat days I'm up before the sun.",
        "Might you tell me the time I awoke {day}? I had a very early handover.",
        "what time was i up {day}? early call?",
    ],
    "bedtime": [
        "{night} khao non gee mong ka?",
        "When did I go to bed {night}? An early night before diving, I hope.",
        "{Night}, at what time did I go to sleep, as best the records show?",
        "bedtime {night}? what time did i finally go to bed",
    ],
    # multi-hop
    "dinner_on_distance": [
        "wan tee chan {past} {km} km, ahan yen gin arai ka?",
        "What was my dinner the evening of my {km} km {noun}? Big day, I'd have been hungry.",
        "I would like to recall my dinner on the day I {past} {km} km; what did I eat?",
        "dinner on the {km} km {noun} day - what did i eat?",
    ],
    "meeting_after_workout": [
        "{day} lang {noun}, prachum tor pai mee khrai bang ka?",
        "Who was in the meeting I had right after my {noun} {day}? Straight from the workout into a call, probably.",
        "After my {noun} {day}, who were the people at the very next meeting I attended?",
        "the meeting straight after my {noun} {day} - who was there?",
    ],
    "lunch_on_meeting_day": [
        "wan tee mee {title}, gin khao tiang tee nai ka?",
        "Lunch on the {title} day, where did I eat? The place, please.",
        "Might I ask where I lunched on the day the {title} was held?",
        "{title} day lunch spot?? where did i eat",
    ],
    "sleep_after_meeting": [
        "khuen lang {title}, non dai gee chua mong ka?",
        "The night after the {title}, how many hours did I sleep? I remember being wiped.",
        "Following the day of the {title}, how long did I sleep that night?",
        "night after the {title} - hours of sleep?",
    ],
    "dinner_on_said_day": [
        "wan tee {who} bok ruang {value}, ahan yen gin arai ka?",
        "{who} told me about {value} one day - what was my dinner that day?",
        "I should like to know what I ate for dinner on the day when {who} told me of {value}.",
        "the day {who} talked up {value} - dinner was what?",
    ],
    # comparison
    "compare_sleep": [
        "{n1} gap {n2}, khuen nai non nan gwa ka? bok chua mong tang song khuen duay",
        "Did I sleep longer {n1} or {n2}? Give me the hours for both nights.",
        "Comparing {n1} and {n2}, on which of the two nights did I sleep longer, and for how long each?",
        "{n1} vs {n2} - which night did i sleep more? both numbers pls",
    ],
    "compare_caffeine": [
        "caffeine {d1} gap {d2}, wan nai mak gwa ka? gee mg tang song wan",
        "{D1} versus {d2}, which day was I more caffeinated? Milligrams for both.",
        "Would you compare my caffeine intake {d1} with that {d2}, and tell me which was higher, giving the "
        "milligrams for each day?",
        "caffeine {d1} vs {d2}: which day was higher? mg both",
    ],
    "compare_duration": [
        "ork gamlang {d1} gap {d2}, wan nai nan gwa ka? gee nathi",
        "My workouts {d1} and {d2}, which one lasted longer? Give me the minutes for each.",
        "Of my workout {d1} and my workout {d2}, which took longer? Please give both durations.",
        "workout {d1} vs {d2} - which went longer? mins for both",
    ],
    "compare_coffee_weeks": [
        "aathit nee gin kafae mak gwa aathit gon mai ka? gee kaew tang song aathit",
        "This week versus last week: have I drunk more coffee? Both counts, please.",
        "Have I had more coffee this week than I did last week? I would appreciate both figures.",
        "did my coffee count go up from last week to this week? give me both",
    ],
    # habit relations
    "late_coffee_sleep": [
        "wan tee gin kafae {t} reu lang jak nan, non noi gwa mai ka? average",
        "Coffee at {t} or later: does it mean I sleep less that night? Compare the averages.",
        "I have wondered whether a coffee at {t} or later shortens my sleep; do I sleep less on such nights "
        "than on the others, on average?",
        "coffee at {t} or later = less sleep? compare avg hours with and without",
    ],
    "late_dinner_sleep": [
        "tha gin ahan yen {t} reu duek gwa nan, non noi gwa mai ka?",
        "Do I sleep less when I start dinner at {t} or later? Averages for both kinds of night.",
        "On evenings when I sit down to dinner at {t} or later, do I then sleep less than on other evenings? "
        "The averages would be most helpful.",
        "does eating dinner at {t} or later mean less sleep for me? need avg both ways",
    ],
    "exercise_sleep": [
        "wan tee ork gamlang gai, khuen nan non mak gwa mai ka? tieb gap wan tee mai dai ork",
        "After a day with a workout, do I sleep more than after a rest day? Averages for each, please.",
        "Is it the case that I sleep longer on nights following a day with exercise than on nights following "
        "a day without? Averages for both, please.",
        "workout days -> more sleep that night? avg vs non-workout days",
    ],
    "caffeine_sleep": [
        "wan tee caffeine {mg} mg keun pai, non noi gwa mai ka? average",
        "When I've had {mg} mg of caffeine or more in a day, is my sleep that night any shorter? Average for "
        "both kinds of day.",
        "On nights after a day on which I took in at least {mg} mg of caffeine, do I sleep less than after "
        "other days? I would like the averages.",
        "days with {mg}mg+ caffeine: less sleep after? avg both ways",
    ],
    "exercise_coffee": [
        "wan tee ork gamlang gai, gin kafae mak gwa mai ka? average gee kaew tor wan",
        "Training days versus days off: do I drink more coffee when I train? Average cups a day for each.",
        "Would you say I drink more coffee on my exercise days than on my days off from exercise? The "
        "average number of cups a day for each, please.",
        "coffee per day on workout days vs rest days - more or less? avgs pls",
    ],
    # follow-ups
    "fu_day_before": [
        "laew wan gon la ka?",
        "Same thing for the day before, please - what was lunch?",
        "And on the day prior, what did I have?",
        "day before that? lunch again",
    ],
    "fu_meeting_length": [
        "laew prachum nan chai wela gee nathi ka?",
        "Right, and how long was that one? Minutes are fine.",
        "And that meeting, for how long did it go on, if I may ask?",
        "ok that meeting - length in mins?",
    ],
    "fu_other_day": [
        "laew {day} la ka? wing dai gee km",
        "What about {day}, how far was that run?",
        "And {day}, what distance did I run?",
        "now {day} - km?",
    ],
    "fu_night_before": [
        "laew khuen gon la ka?",
        "One more night back - how long did I sleep then?",
        "And the preceding night, how long did I sleep?",
        "the night before it? hrs pls",
    ],
    "fu_today": [
        "laew wan nee la ka? gee kaew laew",
        "And today? Count everything up to now.",
        "And for today, how many cups have there been so far?",
        "and today - how many cups up to now?",
    ],
    "fu_other_person": [
        "laew {who} la ka?",
        "And for {who}, what's the answer?",
        "And what of {who}, might I ask?",
        "ok now {who} - same q",
    ],
}
