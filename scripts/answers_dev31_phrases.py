"""Question phrasings of the answers benchmark's thirty-first tuning set, ``dev31`` (docs/benchmarks.md, "Answers").

``dev31`` was the held-out set until 2026-12-05, when, after its measurement at efbd7a2 (grounded
accuracy 0.83; worst categories count/total, habit relation and follow-up 0.682; unsupported 0.0;
abstention 0.955; p95 0.061 s), the engineer tuning the answer planner read its failures; it is
spent as held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day
and zone as before. It had replaced the former held-out set (now ``dev30``, answers_dev30_phrases.py)
on 2026-12-05, and was written from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): an Addis Ababa local who types
English, lower case, with romanised Amharic words in it ("selam", "ishi" for okay, "ebakih" for
please, "min" for what, "min yibalal" for what it is called, "yet" for where, "man man" for who
all, "sint" for how many or how much, "be sint sa'at" for at what time and "sint sa'at" for how
many hours, "sint dekika" for how many minutes, "fejje" for how long a thing took, "ferenji sa'at"
for the international clock rather than the Ethiopian one, "qurs", "mesa" and "erat" for the
meals, "belahu" for I ate, "buna" for coffee, "sini" for its small cup and "tetahu" for I drank,
"sibseba" for a meeting, "sport" for a workout, "rucha" and "wana" for running and swimming,
"rotku" and "bisiklet nedahu" for I ran and I cycled, "inqilf" for sleep, "tenyahu" for I slept or
went to bed, "neqahu" for I woke, "metsihaf" for a book, "migib bet" for a restaurant, "wusha" for
a dog, "set lij" for a daughter, "awroplan" and "yarefal" for a plane and its landing, "yihe samint"
and "yalfew samint" for this week and last, "qen" for a day, "mata" for a night, "ke ziya befit"
for before that, "weyis" for or, "yetignaw" for which, "bizu" for much, "yibeltal", "yirezmal" and
"yansal" for more, longer and less, "degmo" for also, "zare" for today, "eskahun" for so far); a
veterinarian at a small-animal practice who asks between consults, the question first and a remark
about the clinic after it ("consults", "the surgery list", "on call", "the kennels", "evening
clinic", "the staff room", "a locum", "farm calls"); a conference interpreter at the African Union
who asks in careful, complete sentences, a clause before the question or after it, and wants exact
figures ("the booth", "the session", "the plenary", "the delegation", "the summit", "the morning
session", "the conference centre", "in the record"); and an architect who types on a phone between
site visits, lower case, short, with a dash or a colon and an aside about the job ("site", "the
site visit schedule", "the drawings", "the client lunch", "the programme", "the minutes").
Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev31 life lives in Africa/Addis_Ababa, from Monday 9 August 2032; Ethiopia keeps East
Africa Time (UTC+3) all year, with no daylight saving time, so no clock changes inside it. Dates are
written as people in Ethiopia write them in English, always in the Gregorian calendar (the Ethiopian
calendar's dates are never used): day first, with slashes ("10/8", zero-padded with the year
"10/08/2032"), sometimes marked "G.C." as Ethiopian forms mark a Gregorian date to tell it from an
Ethiopian one, the day and the month's name or its short name ("10 August", "10 Aug"), an ordinal
("the 10th", "the 10th of August, 2032"), the weekday before the date or in brackets after it:
"on Tuesday, the 10th (10/8)", "on 10 August (Tuesday)", "on Tuesday 10/08/2032 G.C.", "this past
Tuesday, 10 Aug" or "on the Tuesday that passed (10/8)" (the Amharic "yalfew", that passed, put
into English) for one of the six days before today, and "on 10/08/2032 G.C. (Tuesday)", "on Tue 10
August, 2032 G.C." or "on the 10th of August, 2032 (a Tuesday)" for a day that may lie outside the
life; today and yesterday alone or with the date ("today, Wednesday 11/8", "today (11 Aug)",
"yesterday (Tuesday, 10/8)", "yesterday, the 10th (Tue)"); a night as last night or "yesterday
night", as people in Ethiopia say it (the Amharic "tinant mata"), alone or as "last night (Tuesday
10/8)", a weekday's night with its ordinal ("Tuesday night, the 10th"), the night of a weekday and
date ("the night of Tue 10 Aug"), or the night from one day into the next ("the night from Tuesday
10/8 into Wednesday").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
GREGORIAN = "G.C."
"""How Ethiopian forms mark a Gregorian date (Gregorian Calendar), to tell it from an Ethiopian one."""
NOUNS = {"run": ("run", "jog round Meskel Square"), "cycle": ("bike ride", "cycling session"),
         "swim": ("swim", "swim at the Ghion pool"), "yoga": ("yoga", "yoga practice"),
         "climb": ("climb", "climbing-wall session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dm(day: date) -> str:
    return f"{day.day}/{day.month}"


def _padded(day: date, year: bool = False) -> str:
    return f"{day:%d/%m/%Y}" if year else f"{day:%d/%m}"


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
        return [f"on {_padded(day, True)} {GREGORIAN} ({name})", f"on {short} {_named(day)}, {day.year} {GREGORIAN}",
                f"on the {_nth(day)} of {MONTHS[day.month - 1]}, {day.year} (a {name})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {name} {_dm(day)}", f"today ({_named(day, True)})"]
    if back == 1:
        return ["yesterday", f"yesterday ({name}, {_dm(day)})", f"yesterday, the {_nth(day)} ({short})"]
    if 2 <= back <= 6:
        return [f"on {name}, the {_nth(day)} ({_dm(day)})", f"on {_named(day)} ({name})",
                f"on {name} {_padded(day, True)} {GREGORIAN}", f"this past {name}, {_named(day, True)}",
                f"on the {name} that passed ({_dm(day)})"]
    return [f"on {name} {_named(day)}", f"on {short} {_padded(day, True)} {GREGORIAN}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    name, short, after = WEEKDAYS[day.weekday()], SHORT[day.weekday()], WEEKDAYS[(day + timedelta(days=1)).weekday()]
    named = [f"{name} night, the {_nth(day)}", f"the night of {short} {_named(day, True)}",
             f"the night from {name} {_dm(day)} into {after}"]
    if (today - day).days == 1:
        return ["last night", "yesterday night", f"last night ({name} {_dm(day)})", *named[1:]]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "selam! {who} recommended a metsihaf to me, min yibalal? i forgot the title",
        "What was the book {who} told me I should read? I need something for the quiet nights on call.",
        "Before the session resumes, could you remind me which book {who} recommended? I'd like to order it.",
        "book {who} recommended - title? need something for the long drives to site",
    ],
    "film": [
        "{who} told me one film is a must-watch, min yibalal? ebakih remind me",
        "Which film did {who} say I had to see? I'll watch it after evening clinic.",
        "{who} insisted that I watch a particular film; what was its title, if you recall?",
        "the movie {who} said i have to watch: what was it? weekend plan",
    ],
    "offsite": [
        "the offsite wede yet tezawawere? {who} said it moved, which city",
        "Where has the offsite been moved to? {who} mentioned it, and I'll need to arrange a locum.",
        "As I understood {who}, the offsite has been relocated. To which city, precisely?",
        "offsite moved, per {who} - to which city? checking it against the site visit schedule",
    ],
    "restaurant": [
        "{who} suggested one migib bet for us, min yibalal? the restaurant",
        "Which restaurant did {who} say we ought to try? We need somewhere for the practice dinner.",
        "Could you tell me the name of the restaurant {who} suggested we go to? I'd like to book a table for "
        "the delegation.",
        "restaurant {who} said we should try - name? maybe for the client lunch",
    ],
    "flight": [
        "ye {who} awroplan be sint sa'at yarefal? i will pick them up at Bole",
        "When does {who}'s flight get in? Someone will have to cover my afternoon consults.",
        "At what time is {who}'s flight scheduled to land? I'd like to be at the airport, if the session "
        "allows.",
        "{who} lands when? flight time pls, i'll drive over from site",
    ],
    "dog": [
        "{who} got a new wusha, simu min new? forgot already",
        "What's {who}'s adopted dog called? Professional curiosity, of course.",
        "{who} adopted a dog recently, as I recall; could you tell me the name it was given?",
        "{who}'s new dog: name? they sent me a pic of it on site",
    ],
    "launch": [
        "{who} said the {project} launch moved, addisu qen min new? the new date",
        "{who} said {project} has been pushed back. What's the launch date now?",
        "According to {who}, the {project} launch was postponed; may I have the new date, please?",
        "{project} launch - new date? {who} said it slipped, need it for the programme",
    ],
    "age": [
        "ye {who} set lij sint amet tihonalech? her birthday is coming",
        "How old will {who}'s daughter be on her birthday? I want to get the card right.",
        "{who}'s daughter has a birthday soon; how old will she be turning, if you know?",
        "{who}'s daughter turning how old? picking up a gift on the way back from site",
    ],
    "podcast": [
        "{who} told me about a podcast, min yibalal? for the taxi to piassa",
        "Which podcast did {who} recommend? I need something for the drive out to farm calls.",
        "Which podcast was it that {who} recommended to me? I listen on the way to the conference centre.",
        "that podcast {who} mentioned - name? for the commute",
    ],
    # value on date
    "breakfast_food": [
        "{day} qurs min belahu? i cannot remember",
        "What did I have for breakfast {day}? Probably eaten over a patient chart.",
        "Could you tell me what I ate for breakfast {day}, before the morning session?",
        "breakfast {day}, what was it? ate in the car i think",
    ],
    "lunch_food": [
        "{day} mesa min belahu? ebakih tell me",
        "{Day}, what did I eat for lunch? It was a busy surgery list.",
        "What did I have for lunch {day}? The break between sessions was short, so I may have eaten in a hurry.",
        "lunch {day} - what did i eat? no memory of it at all",
    ],
    "dinner_food": [
        "{day} erat min neber? just the food",
        "What did I have for dinner {day}? I'm keeping a food diary this month.",
        "I'd like to know what I ate for dinner {day}, if it's in the record.",
        "dinner {day}? what did i eat, was it takeaway",
    ],
    "lunch_place": [
        "{day} mesa yet belahu? the place name",
        "Where did I eat lunch {day}? I'd like to go back if it was good.",
        "{Day}, where did I have lunch? The name of the place will do.",
        "where was lunch {day}? name of the spot pls",
    ],
    "dinner_place": [
        "erat {day} yet neber? where did i eat",
        "Where did I have dinner {day}? Can't recall after that long shift.",
        "Could you tell me where I had dinner {day}? A visiting colleague asked for a recommendation.",
        "dinner {day} - where? restaurant or home",
    ],
    "workout_kind": [
        "{day} min sport serahu? rucha, wana or something else",
        "What exercise did I do {day}? My days run together.",
        "{Day}, what sort of workout did I do? I'm trying to keep a regular routine.",
        "{day}: which workout did i do? run, bike, something",
    ],
    "heart_rate": [
        "{day}, during my {noun}, ye lib mit average sint neber? in bpm",
        "What was my average heart rate during the {noun} {day}? I'd check it myself, but my stethoscope only "
        "works on dogs.",
        "I'd like my average heart rate for the {noun} {day}, in beats per minute, please.",
        "avg heart rate for the {noun} {day}? felt like i was pushing hard",
    ],
    "sleep_quality": [
        "{night} inqilfe endet neber? good, fair or poor",
        "How well did I sleep {night}? Good, fair or poor will do. No night calls, I hope.",
        "{Night}, how was the quality of my sleep? I had an early plenary to think about.",
        "how did i sleep {night} - good, fair, poor?",
    ],
    "sleep_night": [
        "{night} sint sa'at tenyahu? total hours",
        "How much sleep did I get {night}? I was on call, so I'm curious.",
        "Could you tell me how long I slept {night}? Not a rough figure, please: hours and minutes.",
        "hours of sleep {night}? deadline on the drawings",
    ],
    "exercise_duration": [
        "{day} my {noun} sint dekika fejje?",
        "How long did my {noun} last {day}? I squeezed it in between appointments.",
        "{Day}, for how many minutes did my {noun} go on?",
        "{noun} {day} - duration? in mins",
    ],
    "meeting_duration": [
        "{day} the {title} sint dekika fejje?",
        "How long did the {title} run {day}? It cut into my consult time.",
        "How long did the {title} last {day}? I'm trying to reconcile it with the session timings.",
        "{title} {day}: length in mins?",
    ],
    # distance
    "distance_run": [
        "{day} sint km rotku? ebakih",
        "How many kilometres did I run {day}? I'm updating my running log.",
        "What distance did I cover running {day}? In kilometres, please.",
        "run {day} - how many km?",
    ],
    "distance_cycle": [
        "{day} bisiklet sint km nedahu?",
        "How far did I cycle {day}? In kilometres.",
        "{Day}, how many kilometres did I ride the bike?",
        "bike {day}: km? was it a long one",
    ],
    "distance_swim": [
        "{day} wana sint neber? how far did i swim",
        "How far did I swim {day}? I always lose count of the lengths.",
        "Please remind me how far I swam {day}, in kilometres.",
        "how far was the swim {day}? km",
    ],
    # attendees
    "attendees": [
        "{day} the {title} sibseba lay man man neberu?",
        "Who came to the {title} {day}? I walked in late from surgery.",
        "Would you list the participants of the {title} {day}? Every name, please.",
        "{title} {day} - who was there? need names for the minutes",
    ],
    # counts and totals
    "coffee_count": [
        "{day} sint sini buna tetahu?",
        "How many coffees did I get through {day}? The staff room pot doesn't count itself.",
        "{Day}, how many cups of coffee did I drink? The coffee breaks at the centre are generous.",
        "how many coffees {day}? lost count on site",
    ],
    "caffeine": [
        "{day} caffeine total sint mg neber? betam bizu buna tetahu",
        "What was my total caffeine intake {day}, in milligrams? Asking as someone who should know better.",
        "How much caffeine did I take in altogether {day}? In milligrams, please; I'm trying to cut back "
        "before the summit.",
        "caffeine {day}, total mg?",
    ],
    "meeting_count": [
        "{day} sint sibseba neberegn?",
        "How many meetings was I in {day}? Practice management loves a meeting.",
        "{Day}, how many meetings were there in my calendar altogether?",
        "meetings {day} - how many? felt endless",
    ],
    "km_week": [
        "yihe samint {activity} total sint km new? since monday",
        "How many kilometres of {activity} have I done this week? Totalled from Monday.",
        "Could you total how far I {past} this week? Kilometres, please.",
        "{activity} this week - total km so far?",
    ],
    "workouts_week": [
        "yihe samint sint gize sport serahu? since monday",
        "How many workouts have I logged this week? Monday onwards.",
        "How many times have I exercised so far this week, counting from Monday?",
        "workouts this week, count? since mon",
    ],
    # first and last
    "first_coffee": [
        "{day} ye mejemeriya buna be sint sa'at neber? ferenji sa'at ebakih",
        "When did I have my first coffee {day}? Before morning consults, I'd guess.",
        "At what time did I have my first coffee {day}? Before the morning session began, presumably.",
        "{day}, first coffee at what time?",
    ],
    "last_coffee": [
        "{day} ye mecheresha buna be sint sa'at neber?",
        "What time was my last coffee {day}? I was jittery all through evening clinic.",
        "{Day}, when did I have my last cup of coffee? I'd like to see whether it was too late in the day.",
        "last coffee {day}, what time was it? too late probably",
    ],
    "first_meeting": [
        "{day} ye mejemeriya sibseba be sint sa'at jemere?",
        "What time did my first meeting begin {day}? I think it clashed with a consult.",
        "{Day}, at what time did my first meeting of the day begin?",
        "first mtg {day} started when?",
    ],
    "wake": [
        "{day} be sint sa'at neqahu? ferenji sa'at",
        "What time did I get up {day}? The kennels need seeing to first thing.",
        "Could you tell me what time I woke up {day}? I had an early start in the booth.",
        "woke up what time {day}? alarm was at six i think",
    ],
    "bedtime": [
        "{night} be sint sa'at tenyahu? when i went to bed",
        "When did I go to bed {night}? Late, probably; the phone kept ringing.",
        "{Night}, at what time did I finally turn in? I'd like to keep it earlier during the summit.",
        "{night} - what time did i get to bed? the drawings kept me up",
    ],
    # multi-hop
    "dinner_on_distance": [
        "the {km} km {noun} qen, erat min belahu?",
        "What did I have for dinner on the day I {past} {km} km? I'd have been starving.",
        "On the day of my {km} km {noun}, what did I eat for dinner?",
        "{km} km {noun} day - dinner was?",
    ],
    "meeting_after_workout": [
        "{day}, after my {noun}, the next sibseba lay man man neberu?",
        "Who was in the first meeting after my {noun} {day}? I'd have come straight from it.",
        "{Day}, after my {noun}, who attended the next meeting on my calendar?",
        "meeting right after the {noun} {day} - attendees?",
    ],
    "lunch_on_meeting_day": [
        "be {title} qen mesa yet belahu? the place",
        "The {title} day: where did I grab lunch? Name of the place, please.",
        "On the day the {title} took place, where did I go for lunch?",
        "{title} day - lunch where?",
    ],
    "sleep_after_meeting": [
        "the night after the {title}, sint sa'at tenyahu? total hours",
        "After the {title}, how much sleep did I get that night? I remember being shattered.",
        "How many hours did I sleep on the night following the {title}?",
        "night after the {title}: how many hrs of sleep?",
    ],
    "dinner_on_said_day": [
        "the qen {who} told me about {value}, erat min belahu?",
        "What did I eat for dinner the day {who} mentioned {value}?",
        "On the day {who} told me about {value}, what did I have for dinner?",
        "dinner the day {who} brought up {value} - what was it?",
    ],
    # comparison
    "compare_sleep": [
        "{n1} weyis {n2}, yetignaw mata bizu tenyahu? hours for both nights",
        "Did I get more sleep {n1} or {n2}? Give me the hours for each night.",
        "Between {n1} and {n2}, which night was my sleep longer? I'd like the duration for each.",
        "sleep: {n1} vs {n2} - which longer? both hrs",
    ],
    "compare_caffeine": [
        "{d1} ena {d2}, yetignaw qen caffeine yibeltal? mg for both",
        "Which day had more caffeine, {d1} or {d2}? Milligrams for each, please.",
        "On which day did I take in more caffeine, {d1} or {d2}? Please give the milligrams for each day as well.",
        "more caffeine {d1} or {d2}? numbers for both",
    ],
    "compare_duration": [
        "{d1} ena {d2}, yetignaw sport yirezmal? minutes for both",
        "Was my workout longer {d1} or {d2}? Minutes for both, please.",
        "Of the workouts {d1} and {d2}, which lasted longer? Please give me both durations.",
        "workout length {d1} vs {d2}? which longer + mins each",
    ],
    "compare_coffee_weeks": [
        "yihe samint ena yalfew samint, yetignaw bizu buna? count both weeks",
        "Am I drinking more coffee this week than last week? Give me both totals.",
        "Have I had more coffee so far this week than in the whole of last week? I'd like both numbers.",
        "coffee this wk vs last wk - more or fewer? both counts",
    ],
    # habit relations
    "late_coffee_sleep": [
        "buna at {t} or later - inqilfe yansal? average nights with and without",
        "Do I sleep less on nights after I've had coffee at {t} or later? Compare the average with other nights.",
        "Taking the days on which I had coffee at {t} or later, is my average sleep that night shorter than on "
        "the remaining nights? Both averages, please.",
        "coffee {t}+ means less sleep? avg both groups",
    ],
    "late_dinner_sleep": [
        "erat at {t} or later sihon, inqilfe yansal? average both",
        "Does a dinner starting at {t} or later cost me sleep? Compare my average on those nights with the rest.",
        "On the evenings I begin dinner at {t} or later, is my sleep that night shorter on average than on other "
        "evenings?",
        "late dinner ({t} or after) - less sleep? avg vs other nights",
    ],
    "exercise_sleep": [
        "sport yeserahubet qen, mata bizu tenyalehu? average vs days without sport",
        "Do I sleep longer after days when I've exercised than after days when I haven't? Averages for both.",
        "On nights following a day with a workout, do I sleep more than on nights following a day without one? "
        "The averages would help.",
        "workout day = more sleep after? avg both",
    ],
    "caffeine_sleep": [
        "{mg} mg caffeine or more yalebet qen, inqilfe yansal? average",
        "On days I've had {mg} mg of caffeine or more, do I sleep less that night? Averages both ways.",
        "After days when my caffeine reached {mg} mg or more, is my sleep shorter than after other days, on "
        "average?",
        "{mg}+ mg caffeine days - less sleep after? avg each",
    ],
    "exercise_coffee": [
        "sport yeserahubet qen bizu buna etetalehu? average sini per day, sport days vs rest days",
        "Do I drink more coffee on days I work out than on days I don't? Average cups per day for each.",
        "Is my coffee consumption higher on days when I exercise than on days when I don't? The average number "
        "of cups per day in each case, please.",
        "coffee per day: workout days vs rest days? avgs",
    ],
    # follow-ups
    "fu_day_before": [
        "ena ke ziya befit yalew qen? mesa min neber",
        "And the day before that? Same question, lunch.",
        "And on the previous day, what did I have for lunch?",
        "and the day prior - lunch?",
    ],
    "fu_meeting_length": [
        "ishi, ena sibsebaw sint dekika fejje?",
        "How long did that one go on, then? The meeting, I mean.",
        "And what was the duration of that meeting, in minutes?",
        "how long was it? mins",
    ],
    "fu_other_day": [
        "ena {day}? sint km rotku",
        "And {day}? How far did I run that time?",
        "What about the run {day}, what distance was it?",
        "and the run {day} - km?",
    ],
    "fu_night_before": [
        "ena ke ziya befit yalew mata? sint sa'at",
        "What about the night before? How many hours then?",
        "And the previous night, how long did I sleep?",
        "night before? hrs",
    ],
    "fu_today": [
        "ena zare degmo? sint sini eskahun",
        "And today so far? Between consults I lose count.",
        "And how many cups today, up to now?",
        "today so far? count",
    ],
    "fu_other_person": [
        "ye {who} degmo?",
        "What about {who}, same question?",
        "And what would the answer be for {who}?",
        "and for {who}? same thing",
    ],
}
