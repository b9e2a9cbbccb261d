"""Question phrasings of the answers benchmark's fortieth tuning set, ``dev40`` (docs/benchmarks.md, "Answers").

``dev40`` was the held-out set until 2026-12-05, when, after its measurement at 86eb23f (grounded
accuracy 0.807; worst category multi-hop 0.636; unsupported 0.0; abstention 0.909; p95 0.019 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev39``, answers_dev39_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): an IT support officer at a bank in
downtown Port Moresby who types English, lower case, with Tok Pisin words mixed in, in the Latin
letters Tok Pisin is written in ("wanem" for what, "wanem kain" for what kind, "we" and "wanem hap"
for where, "husat" for who, "ol i stap" for those who were there, "hamas" for how many and how much,
"wanem taim" for at what time, "hamas aua", "hamas minit" and "hamas kilomita" for how many hours,
minutes and kilometres, "i go inap" for it lasted, "i stat" for it began, "namba wan" for the first,
"las" for the last, "kaikai" for food and to eat, "kaikai long moning", "kaikai long belo" and
"kaikai long nait" for the meals, "haus kaikai" for a restaurant, "kofi" and "kap" for coffee and
cups, "dring" for to drink, "kisim" for to take in, "miting" for a meeting, "mi gat" for I had,
"eksasais" for a workout, "mekim" for to do, "ran" for to run, "raun long wilwil" for to ride a
bicycle, "slip" for sleep, "mi go slip" for I went to bed, "mi kirap" for I woke, "slip liklik" for
to sleep less, "moa" for more, "longpela moa" for longer, "antap moa" for higher, "olsem wanem" for
how (it was), "wantaim na nogat" for with and without, "tupela kain de" for both kinds of days, "wan
wan" for each, "long de" for on the day that, "taim" for when, "bihain long" for after, "bipo long
en" for before it, "tude" for today, "dispela wik" and "las wik" for this week and last week,
"olgeta" for in all, "na" for and and for and what about, "o" for or, "yumi" for we, "bai" and "mas"
for will and must, "nupela" for new, "i tok" and "i tokim mi" for said and told me, "ritim",
"lukim", "harim" and "traim" for to read, watch, listen to and try, "buk", "piksa", "podkas", "dok",
"nem", "pikinini meri", "krismas" (years of age), "balus" (a plane) and "ofsait" for a book, a film,
a podcast, a dog, a name, a daughter, years, a plane and the offsite, "kam daun" for to land,
"kamap" for to become, "muv i go" for moved to, "wankain askim" for the same question, "pinis" for
so far); a PMV (bus) driver on the Gordons to Boroko run who types at the stops, lower case, the
fewest words, the thing, the day and what is asked split by " | ", with no question mark,
abbreviations ("mtg", "mins", "hrs", "avg", "vs", "bpm", "wk", "q"), "+" for and, and "y/n" where a
yes or no is asked; a bilum weaver who sells at the craft market at Ela Beach and chats, the
question first and a remark after it ("the stall", "the market", "the kai bar", "my aunty", "the PMV
ride home", "the roosters", "the neighbours' dogs", "threading", "my nephew", "PNG time", "Jacksons"
for the airport); and a retired public servant in Waigani who writes in full, formal sentences in
the Papua New Guinean official manner ("Could you furnish me with", "I seek to ascertain", "I should
like to ascertain", "Your assistance is sought on", "Might I have the particulars of", "took lunch",
"dined", "retired to bed"). Every question asks for the gold ``answers_evalset`` computes for its
key, and fills the slots described in answers_phrases.py.

The dev40 life lives in Pacific/Port_Moresby, from Monday 9 January 2034; Papua New Guinea keeps
one offset (UTC+10) all year and has never had daylight saving time, so no clock changes inside it.
Dates are written as people in Papua New Guinea write Gregorian dates in English: day first, slashed
and not padded without the year ("13/1"), zero-padded with the full year as on PNG forms, payslips
and receipts ("06/01/2034"), or an ordinal before "of" and the month's full or short name ("the 13th
of January", "the 6th of Jan, 2034"); for one of the six days before today "last" and the short
weekday before a slashed date in brackets ("last Fri (13/1)"), the short weekday, its ordinal and
the month ("on Fri the 13th of January"), or, in the Australian-tinged English of Port Moresby, the
weekday "just gone" ("on Friday just gone (13/1)"); for an older one with the year ("on 06/01/2034,
a Friday", "on Friday the 6th of January 2034"); for a day that may lie outside the life always with
the year ("on 06/01/2034, a Friday", "on Friday the 6th of January, 2034", "on Fri the 6th of Jan,
2034"); today and yesterday alone or with the date ("today", "today, Wed the 18th", "today
Wednesday, 18/1", "yesterday", "yesterday Tuesday, 17/1", "yesterday the 17th (Tue)"); a night as
last night, alone or with the two days it spans ("last night, Tue 17/1 to Wed 18/1"), a weekday's
night with its slashed date ("on Tuesday night, 17/1"), the night from one weekday and ordinal to
the next ("the night from Tuesday the 17th to Wednesday the 18th"), or overnight from one short
weekday to the next, both days slashed ("overnight Tue to Wed, 17/1-18/1"); an older night with the
year ("the night of Tue 10/01/2034"). Workouts are named with places in and around Port Moresby: Ela
Beach and its road, Joyce Bay, the Sogeri road, Bomana, the Taurama aquatic centre, Paga Hill,
Waigani and the Varirata cliffs.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("Ela Beach run", "run along the Ela Beach road", "Joyce Bay run"),
         "cycle": ("Sogeri road ride", "ride out to Bomana", "bike ride up to Sogeri"),
         "swim": ("Taurama pool swim", "swim at the Taurama aquatic centre", "Ela Beach swim"),
         "yoga": ("yoga on Paga Hill", "yoga class at Waigani"),
         "climb": ("Varirata climb", "climbing session on the Varirata cliffs")}
"""What its questions call a workout (one drawn per question)."""

# Each key: the Tok Pisin mixer, the PMV driver, the bilum weaver, the retired public servant.
PHRASES: dict[str, list[str]] = {
    "book": [
        "wanem buk {who} i tokim mi long ritim?",
        "book tip | {who} | title",
        "Which book was it that {who} told me to read? I want something for the quiet hours at the stall.",
        "Could you furnish me with the title of the book {who} recommended to me?",
    ],
    "film": [
        "wanem piksa {who} i tok mi mas lukim?",
        "film tip | {who} | which one",
        "What was the film {who} said I have to watch? My kids want a movie night.",
        "I seek to ascertain which film {who} recommended that I watch.",
    ],
    "offsite": [
        "ofsait i muv i go long wanem hap, {who} i tok?",
        "offsite | {who} | moved where",
        "Where did {who} say the offsite got moved to? People are always moving things around.",
        "Your assistance is sought on where, according to {who}, the offsite has been relocated.",
    ],
    "restaurant": [
        "wanem haus kaikai {who} i tok yumi mas traim?",
        "restaurant tip | {who} | name",
        "Which restaurant did {who} say we should try out? I never eat out, it's always the kai bar.",
        "Could you furnish me with the name of the restaurant {who} suggested we try?",
    ],
    "flight": [
        "balus bilong {who} bai kam daun long wanem taim?",
        "flight | {who} | lands when",
        "When does {who}'s flight come in? Jacksons is always so busy.",
        "I should like to ascertain at what time {who}'s flight is due to land.",
    ],
    "dog": [
        "nupela dok bilong {who}, nem bilong em wanem?",
        "new dog | {who} | name",
        "What did {who} call the new dog? The dogs at the market chase everyone.",
        "Might I have the name of {who}'s new dog?",
    ],
    "launch": [
        "launch bilong {project} i muv i go long wanem de, {who} i tok?",
        "launch {project} | {who} | new date",
        "What's the new date {who} gave for the {project} launch? Everything runs on PNG time here.",
        "I seek to ascertain the date to which, according to {who}, the {project} launch has been moved.",
    ],
    "age": [
        "pikinini meri bilong {who} bai kamap hamas krismas?",
        "daughter | {who} | turning what age",
        "How old is {who}'s daughter going to be? I might weave her a small bilum.",
        "Could you furnish me with the age {who}'s daughter is turning?",
    ],
    "podcast": [
        "wanem podkas {who} i tokim mi long harim?",
        "podcast tip | {who} | which one",
        "Which podcast did {who} tell me to listen to? I need something for the long hours of weaving.",
        "Your assistance is sought on which podcast {who} recommended to me.",
    ],
    "breakfast_food": [
        "wanem kaikai mi kaikai long moning {day}?",
        "breakfast | {day} | what",
        "What did I have for breakfast {day}? I was rushing to set up the stall.",
        "Could you furnish me with what I had for breakfast {day}?",
    ],
    "lunch_food": [
        "kaikai long belo {day}, mi kaikai wanem?",
        "lunch | {day} | food",
        "What did I eat for lunch {day}? Probably something from the kai bar.",
        "I seek to ascertain what I ate for lunch {day}.",
    ],
    "dinner_food": [
        "wanem kaikai long nait mi kaikai {day}?",
        "dinner | {day} | what i ate",
        "What did I eat for dinner {day}? I was so tired after packing up the bilums.",
        "I should like to ascertain what I had for dinner {day}.",
    ],
    "lunch_place": [
        "mi kaikai long belo long wanem hap {day}?",
        "lunch | {day} | where",
        "Where did I go for lunch {day}? The market days all blur together.",
        "Your assistance is sought on where I took lunch {day}.",
    ],
    "dinner_place": [
        "kaikai long nait {day}, mi kaikai long we?",
        "dinner | {day} | place",
        "Where was I for dinner {day}? The PMV ride home takes forever.",
        "Might I have the particulars of where I dined {day}?",
    ],
    "workout_kind": [
        "wanem kain eksasais mi mekim {day}?",
        "workout | {day} | what kind",
        "What workout did I do {day}? I lose track between the stall and home.",
        "Could you furnish me with the type of exercise I undertook {day}?",
    ],
    "heart_rate": [
        "average heart rate bilong mi long {noun} {day}, em hamas?",
        "avg bpm | {noun} | {day}",
        "What was my average heart rate on the {noun} {day}? The nurse at the clinic told me to watch it.",
        "I seek to ascertain my average heart rate during the {noun} {day}.",
    ],
    "sleep_quality": [
        "slip bilong mi {night} i olsem wanem?",
        "sleep quality | {night}",
        "How was my sleep {night}? The neighbours' dogs were barking again.",
        "I should like to ascertain the quality of my sleep {night}.",
    ],
    "sleep_night": [
        "mi slip hamas aua {night}?",
        "sleep hrs | {night}",
        "How many hours did I sleep {night}? The roosters here start way too early.",
        "Could you furnish me with the duration of my sleep {night}?",
    ],
    "exercise_duration": [
        "hamas minit long {noun} bilong mi {day}?",
        "mins | {noun} | {day}",
        "How long did the {noun} take me {day}? My legs are still feeling it.",
        "I seek to ascertain the duration of my {noun} {day}.",
    ],
    "meeting_duration": [
        "hamas minit {title} miting i go inap {day}?",
        "mtg length | {title} | {day}",
        "How long did the {title} meeting run {day}? Meetings here never finish on time.",
        "Your assistance is sought on the duration of the {title} meeting {day}.",
    ],
    "distance_run": [
        "mi ran hamas kilomita {day}?",
        "run km | {day}",
        "How far did I run {day}? I want to beat my nephew one day.",
        "Could you furnish me with the distance I ran {day}?",
    ],
    "distance_cycle": [
        "mi raun long wilwil hamas kilomita {day}?",
        "bike km | {day}",
        "How many kilometres did I ride {day}? The hills out that way are no joke.",
        "I should like to ascertain the distance I cycled {day}.",
    ],
    "distance_swim": [
        "mi swim hamas kilomita {day}?",
        "swim km | {day}",
        "How far did I swim {day}? The water is the only cool place in this town.",
        "I seek to ascertain the distance I swam {day}.",
    ],
    "attendees": [
        "husat ol i stap long {title} miting {day}?",
        "who came | {title} | {day}",
        "Who came to the {title} meeting {day}? I only remember the loud ones.",
        "Might I have the names of those who attended the {title} meeting {day}?",
    ],
    "coffee_count": [
        "mi dring hamas kap kofi {day}?",
        "coffees | {day} | how many",
        "How many cups of coffee did I drink {day}? Highlands coffee is too good.",
        "I seek to ascertain the number of cups of coffee I drank {day}.",
    ],
    "caffeine": [
        "hamas mg caffeine mi kisim {day}, olgeta?",
        "caffeine mg | {day} | total",
        "How much caffeine did I get through {day}, in milligrams? My hands shake when I'm threading.",
        "Could you furnish me with my total caffeine intake, in milligrams, {day}?",
    ],
    "meeting_count": [
        "mi gat hamas miting {day}?",
        "mtgs | {day} | how many",
        "How many meetings did I sit through {day}? Felt like far too many.",
        "I should like to ascertain the number of meetings I attended {day}.",
    ],
    "km_week": [
        "dispela wik, hamas kilomita olgeta mi {past}?",
        "{activity} km | this wk | total",
        "How many kilometres of {activity} have I done this week, all up? My cousin says I'm getting fit.",
        "Could you furnish me with the total number of kilometres I {past} this week?",
    ],
    "workouts_week": [
        "dispela wik mi mekim eksasais hamas taim?",
        "workouts | this wk | how many",
        "How many workouts have I fitted in this week? Weaving all day makes it hard.",
        "I seek to ascertain the number of workouts I have completed this week.",
    ],
    "first_coffee": [
        "namba wan kap kofi {day}, mi dring long wanem taim?",
        "first coffee | {day} | time",
        "What time did I have my first coffee {day}? I can't open the stall without one.",
        "Might I have the time of my first cup of coffee {day}?",
    ],
    "last_coffee": [
        "las kap kofi bilong mi {day}, wanem taim?",
        "last coffee | {day} | time",
        "When was my last coffee {day}? I'm trying not to drink it late.",
        "I should like to ascertain the time of my final cup of coffee {day}.",
    ],
    "first_meeting": [
        "namba wan miting bilong mi {day} i stat long wanem taim?",
        "first mtg | {day} | start time",
        "When did my first meeting start {day}? Traffic at Waigani is always a mess.",
        "Could you furnish me with the starting time of my first meeting {day}?",
    ],
    "wake": [
        "mi kirap long wanem taim {day}?",
        "woke up | {day} | time",
        "What time did I get up {day}? The roosters always beat me.",
        "Your assistance is sought on the time at which I woke {day}.",
    ],
    "bedtime": [
        "mi go slip long wanem taim {night}?",
        "bed | {night} | time",
        "What time did I get to bed {night}? Some nights I weave till late.",
        "I seek to ascertain the time at which I retired to bed {night}.",
    ],
    "dinner_on_distance": [
        "long de mi {past} {km} km, mi kaikai wanem long nait?",
        "dinner | day of the {km} km {noun} | food",
        "What did I eat for dinner the day I {past} {km} km? I must have been starving after that.",
        "Could you furnish me with what I ate for dinner on the day of my {km} km {noun}?",
    ],
    "meeting_after_workout": [
        "bihain long {noun} {day}, husat i stap long namba wan miting?",
        "first mtg after {noun} | {day} | who",
        "Who was in the first meeting after my {noun} {day}? I was probably still sweaty.",
        "I seek to ascertain who attended the first meeting following my {noun} {day}.",
    ],
    "lunch_on_meeting_day": [
        "long de bilong {title} miting, mi kaikai long belo long we?",
        "lunch place | day of {title}",
        "Where did I have lunch on the day of the {title} meeting? Those work days blur together.",
        "Your assistance is sought on where I took lunch on the day of the {title} meeting.",
    ],
    "sleep_after_meeting": [
        "long nait bihain long {title} miting, mi slip hamas aua?",
        "sleep hrs | night after {title}",
        "How long did I sleep the night after the {title} meeting? Those meetings stay in my head.",
        "I should like to ascertain how long I slept on the night following the {title} meeting.",
    ],
    "dinner_on_said_day": [
        "long de {who} i tok long {value}, mi kaikai wanem long nait?",
        "dinner | day {who} brought up {value} | food",
        "What was dinner the day {who} told me about {value}? I remember the chat, not the food.",
        "Might I have the particulars of what I ate for dinner on the day {who} mentioned {value}?",
    ],
    "compare_sleep": [
        "mi slip hamas aua {n1} na {n2}? wanem nait i longpela moa?",
        "sleep hrs | {n1} vs {n2} | each + longer",
        "How many hours did I sleep {n1} and {n2}, and which night was longer? I've felt tired all week.",
        "I seek to ascertain how long I slept {n1} and {n2}, and on which of the two nights I slept longer.",
    ],
    "compare_caffeine": [
        "hamas mg caffeine {d1} na {d2}? wanem de i antap moa?",
        "caffeine mg | {d1} vs {d2} | each + higher",
        "How much caffeine did I have {d1} and {d2}, and which day had more? I drink too much when the market's "
        "busy.",
        "Could you furnish me with my caffeine intake {d1} and {d2}, and indicate which day's was greater?",
    ],
    "compare_duration": [
        "eksasais bilong mi {d1} na {d2} i go hamas minit wan wan? wanem i longpela moa?",
        "workout mins | {d1} vs {d2} | each + longer",
        "How long were my workouts {d1} and {d2}, and which one went longer? I'm trying to build up slowly.",
        "I should like to ascertain the duration of my workout {d1} and of that {d2}, and which of the two was "
        "longer.",
    ],
    "compare_coffee_weeks": [
        "hamas kap kofi mi dring dispela wik na las wik? dispela wik i moa?",
        "coffees | this wk vs last wk | each + more now y/n",
        "How many coffees have I had this week and how many last week, and am I drinking more now? My aunty says "
        "I drink too much.",
        "Could you furnish me with the number of cups of coffee I drank this week and last week, and whether this "
        "week's count is the higher?",
    ],
    "late_coffee_sleep": [
        "taim mi dring kofi long {t} o bihain, mi slip liklik long nait? average slip long tupela kain de?",
        "avg sleep | coffee at/after {t} vs not | less y/n",
        "Do I sleep less after days when I have coffee at {t} or later, and what's my average sleep with and "
        "without? I love an afternoon cup at the stall.",
        "I seek to ascertain whether I sleep less following days on which I drank coffee at or after {t}, with my "
        "average sleep after such days and after other days.",
    ],
    "late_dinner_sleep": [
        "taim kaikai long nait i stat long {t} o bihain, mi slip liklik? average slip wantaim na nogat?",
        "avg sleep | dinner at/after {t} vs earlier | less y/n",
        "Do I sleep less when dinner starts at {t} or later? What are my averages both ways? Market days mean "
        "late dinners.",
        "Could you furnish me with my average sleep after days on which dinner began at or after {t} and after "
        "other days, and whether it is shorter after the late dinners?",
    ],
    "exercise_sleep": [
        "long de mi mekim eksasais, mi slip moa long nait? average slip long tupela kain de?",
        "avg sleep | workout days vs rest days | more y/n",
        "Do I sleep more after the days I work out, and what's the average sleep after workout days and after "
        "rest days? My body needs it.",
        "I should like to ascertain whether I sleep more on nights following a day with a workout, with my "
        "average sleep after such days and after days without one.",
    ],
    "caffeine_sleep": [
        "taim mi kisim {mg} mg caffeine o moa long wanpela de, mi slip liklik? average wantaim na nogat?",
        "avg sleep | {mg}mg+ caffeine days vs not | less y/n",
        "Do I sleep less after days with {mg} mg of caffeine or more, and what's my average sleep either way? "
        "I'm trying to cut back.",
        "Your assistance is sought on whether I sleep less after days on which I took at least {mg} mg of "
        "caffeine, with my average sleep after such days and after the rest.",
    ],
    "exercise_coffee": [
        "long de mi mekim eksasais, mi dring moa kofi? average kap long de wantaim na nogat eksasais?",
        "avg coffees | workout days vs rest days | more y/n",
        "Do I drink more coffee on workout days, and how many cups do I average on those days and on the "
        "others? Training makes me want a cup.",
        "Might I have my average daily cups of coffee on days with a workout and on days without, and whether I "
        "drink more on the former?",
    ],
    "fu_day_before": [
        "na de bipo long en, mi kaikai wanem long belo?",
        "day before | lunch",
        "And the day before that, what did I have for lunch? I'm trying to see if I eat the same thing every day.",
        "And might I have what I took for lunch on the preceding day?",
    ],
    "fu_meeting_length": [
        "na miting i go inap hamas minit?",
        "that mtg | how long",
        "And how long did that meeting go for? Felt endless, I bet.",
        "Could you further furnish me with the duration of that meeting?",
    ],
    "fu_other_day": [
        "na {day}, mi ran hamas kilomita?",
        "and {day} | run km",
        "And how far did I run {day}? Want to see if I'm getting better.",
        "And the distance I ran {day}, if you would?",
    ],
    "fu_night_before": [
        "na nait bipo long en, mi slip hamas aua?",
        "night before that | sleep hrs",
        "And the night before that, how long did I sleep? No wonder I'm so tired.",
        "And how long did I sleep on the night preceding it?",
    ],
    "fu_today": [
        "na tude, hamas kap kofi pinis?",
        "today | coffees so far",
        "And how many coffees have I had today? I've lost count again.",
        "And the number of cups of coffee I have drunk today?",
    ],
    "fu_other_person": [
        "na {who}? wankain askim",
        "{who} | same q",
        "And what about {who}, same question? I get all these people mixed up.",
        "And might I have the same particulars for {who}?",
    ],
}


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _slash(d: date) -> str:
    """Day first, not padded, no year: 13/1."""
    return f"{d.day}/{d.month}"


def _form(d: date) -> str:
    """Day first, zero-padded, the full year, as on PNG forms: 06/01/2034."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How this set may name ``day`` asked on ``today``; ``absolute``: always with the year."""
    name, short, back = WEEKDAYS[day.weekday()], WEEKDAYS[day.weekday()][:3], (today - day).days
    month = MONTHS[day.month - 1]
    if absolute or not 0 <= back <= 13:
        return [f"on {_form(day)}, a {name}", f"on {name} the {_nth(day.day)} of {month}, {day.year}",
                f"on {short} the {_nth(day.day)} of {month[:3]}, {day.year}"]
    if back == 0:
        return ["today", f"today, {short} the {_nth(day.day)}", f"today {name}, {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday {name}, {_slash(day)}", f"yesterday the {_nth(day.day)} ({short})"]
    if back <= 6:
        return [f"last {short} ({_slash(day)})", f"on {short} the {_nth(day.day)} of {month}",
                f"on {name} just gone ({_slash(day)})"]
    return [f"on {_form(day)}, a {name}", f"on {name} the {_nth(day.day)} of {month} {day.year}"]


def night_options(day: date, today: date) -> list[str]:
    """How this set may name the night that starts on ``day``."""
    after, back = day + timedelta(days=1), (today - day).days
    name, next_name = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if back == 1:
        return ["last night", f"last night, {name[:3]} {_slash(day)} to {next_name[:3]} {_slash(after)}"]
    if back > 6:
        return [f"the night of {name[:3]} {_form(day)}"]
    return [f"on {name} night, {_slash(day)}",
            f"the night from {name} the {_nth(day.day)} to {next_name} the {_nth(after.day)}",
            f"overnight {name[:3]} to {next_name[:3]}, {_slash(day)}-{_slash(after)}"]
