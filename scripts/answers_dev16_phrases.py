"""Question phrasings of the answers benchmark's sixteenth tuning set, ``dev16`` (docs/benchmarks.md, "Answers").

``dev16`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.837), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev15``, answers_dev15_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had: a Lagos professional who writes Nigerian English
with a little Pidgin ("abeg", "wetin", "chop" for eat, "nko" for "what about", "who and who", "don"
for done, "dey", "abi", "sef"), a restaurant cook who talks kitchen ("service", "prep",
"after close", "all day" for a running total, "heard", "in the weeds", "on the fly"), someone who
types fast on a phone and leaves the typos in (swapped, doubled and dropped letters, no
apostrophes, lower case), and a gamer who talks about life in gaming words ("irl", "stats",
"respawn" for waking, "log off" for going to bed, "lobby" for who was there, "buff", "nerf",
"debuff", "grind", "the W"). Every question asks for the gold ``answers_evalset`` computes for
its key, and fills the slots described in answers_phrases.py.

The dev16 life lives in Africa/Lagos, from Monday 25 February 2030, into March; Nigeria keeps
West Africa Time (UTC+1) all year, with no daylight saving time, so no clock changes inside it.
Dates are day first, as people in Nigeria write them: with slashes (day and month, or zero-padded
after the weekday with a two-digit year), or as an ordinal and the month's name or its short name,
with or without the weekday and the year; days are also named by weekday (as in Nigeria, "last week
Tuesday" for the Tuesday of the week before), by counting back and by relative words with the date
beside them. Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
COUNTED = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}

NOUNS = {
    "run": ("road run", "running workout"),
    "cycle": ("bicycle ride", "cycling workout"),
    "swim": ("pool session", "swimming workout"),
    "yoga": ("yoga practice", "yoga workout"),
    "climb": ("wall climb", "climbing workout"),
}
"""What its questions call a workout of each activity (one drawn per question)."""

PHRASES: dict[str, list[str]] = {
    # Said facts: what a named person said.
    "book": [
        "Which book {who} talk say make I read?",
        "{who} pitched me a book during a slow service, what was the title again?",
        "whcih book did {who} tell me to raed",
        "what's the book {who} said was a must-read? adding it to my backlog",
    ],
    "film": [
        "Abeg, which film {who} say make I watch?",
        "What movie did {who} tell me to watch on my night off?",
        "what movei did {who} say i shoud watch",
        "what's the film {who} said I had to watch? need it for the watch queue",
    ],
    "offsite": [
        "{who} talk say the offsite don move go where?",
        "Where did {who} say the offsite got moved to? Need to ask chef for the days off.",
        "where is teh offsite now, {who} said it moved",
        "{who} said the offsite changed maps, where is it now?",
    ],
    "restaurant": [
        "Which restaurant {who} say make we go try?",
        "What restaurant did {who} say we should try? I'm always scouting other kitchens.",
        "what was the resturant {who} said we shuold try",
        "which restaurant did {who} say we should try? new spot to unlock irl",
    ],
    "flight": [
        "{who} flight go land what time?",
        "What time does {who}'s flight land? I might do the pickup after close.",
        "waht time does {who}s flihgt land",
        "when does {who}'s flight touch down? need the ETA",
    ],
    "dog": [
        "Wetin be the name of the dog {who} adopt?",
        "{who} got a new dog, what's its name again? I'll save it a bone from the stockpot.",
        "whats the name of {who}s new dgo",
        "what did {who} name the new dog? new party member",
    ],
    "launch": [
        "{who} talk say the {project} launch don shift to which date?",
        "What date did {who} say the {project} launch got pushed back to?",
        "what date did {who} say the {project} lauch slipped too",
        "{project} launch got delayed, what's the new release date {who} gave?",
    ],
    "age": [
        "{who} daughter dey turn how many years? I wan buy card.",
        "How old is {who}'s daughter turning? I want to pipe the right number on the cake.",
        "how old is {who}s daugther turning",
        "{who}'s kid is leveling up soon, what age is the daughter turning?",
    ],
    "podcast": [
        "Which podcast {who} say make I dey listen?",
        "What's the podcast {who} told me to put on during prep?",
        "what podcast did {who} recomend to me",
        "which podcast did {who} rec? want something for the grind",
    ],
    # A value on a day.
    "breakfast_food": [
        "Wetin I chop for breakfast {day}?",
        "What did I eat for breakfast {day}? Trying to work out why I crashed mid-service.",
        "what did i have for brekfast {day}",
        "what was my breakfast loadout {day}?",
    ],
    "lunch_food": [
        "Abeg, wetin I chop for lunch {day}?",
        "What did I have for lunch {day}? Probably ate it standing at the pass.",
        "what did i have for lucnh {day}",
        "what was my lunch drop {day}? the food, not the place",
    ],
    "dinner_food": [
        "What I eat for dinner {day} sef?",
        "What did I eat for dinner {day}? After cooking for everyone else I never remember my own.",
        "waht did i eat for diner {day}",
        "what did I eat for dinner irl {day}?",
    ],
    "lunch_place": [
        "Where I go chop lunch {day}?",
        "Where did I eat lunch {day}? Want to know if the place is worth going back to.",
        "wher did i have lunch {day}",
        "lunch location {day}? where did I eat",
    ],
    "dinner_place": [
        "Where I chop dinner {day}, abeg?",
        "Where did I eat dinner {day}? Someone else's kitchen for once, I hope.",
        "where did i have dinenr {day}",
        "where'd I eat dinner {day}? need the location for my map",
    ],
    "workout_kind": [
        "Which kind exercise I do {day}?",
        "What workout did I fit in {day}, before or after prep?",
        "what kinda workout did i do {day}",
        "what kind of workout did I queue up {day}?",
    ],
    "heart_rate": [
        "Wetin be my average heart rate for the {noun} {day}?",
        "What was my average heart rate on the {noun} {day}? I felt in the weeds the whole way.",
        "whats my avg heart rate for the {noun} {day}",
        "avg bpm stat for my {noun} {day}?",
    ],
    "sleep_quality": [
        "How my sleep be {night}? The quality, I mean.",
        "How good was my sleep {night}, quality-wise? Service was brutal the next day.",
        "what was my sleep qaulity {night}",
        "sleep quality rating {night}? good, bad, whatever the log says",
    ],
    # Durations.
    "sleep_night": [
        "How many hours I sleep {night}?",
        "How much sleep did I actually get {night}, after close?",
        "how lomg did i sleep {night}",
        "sleep logged {night}, how many hours?",
    ],
    "exercise_duration": [
        "How long my {noun} take {day}?",
        "How many minutes was my {noun} {day}? Had to squeeze it in between shifts.",
        "how lnog was my {noun} {day}",
        "how long did my {noun} last {day}? session timer",
    ],
    "meeting_duration": [
        "That {title} {day}, how long e take?",
        "How long did {title} run {day}? Felt longer than a Saturday double.",
        "how lnog was the {title} {day}",
        "{title} {day}: how long was that session?",
    ],
    # Distances.
    "distance_run": [
        "How far I run {day}? Give am in km.",
        "How many kilometres did I run {day}, on the fly before prep?",
        "how far did i go runing {day}",
        "km on my run {day}? distance stat",
    ],
    "distance_cycle": [
        "How many km I ride bicycle {day}?",
        "How far did I bike {day}? Kilometres, please, I'm plating.",
        "how far did i cycel {day}",
        "bike ride distance {day}, how many km did I clock?",
    ],
    "distance_swim": [
        "How far I swim {day}?",
        "How much distance did I swim {day}? Before the lunch rush, I think.",
        "how far did i swimm {day}",
        "swim distance {day} in km? checking my stats",
    ],
    # Who attended.
    "attendees": [
        "Who and who attend the {title} {day}?",
        "Who sat in on {title} {day}? Just the names, I've got tickets coming.",
        "who was at {title} {day}? need teh names",
        "who was in the lobby for {title} {day}?",
    ],
    # Counts and totals.
    "coffee_count": [
        "How many cup of coffee I drink {day}?",
        "How many coffees all day {day}? Give me the count.",
        "how many cofees did i have {day}",
        "coffee count {day}? how many did I chug",
    ],
    "caffeine": [
        "How much caffeine enter my body {day}? Give me the mg.",
        "Caffeine all day {day}, how many milligrams? It was a double.",
        "how much caffiene did i have {day} in mg",
        "caffeine intake {day}, total mg? checking my buffs",
    ],
    "meeting_count": [
        "How many meetings I get {day}?",
        "How many meetings did I sit through {day}, all day?",
        "how many meetigns did i have {day}",
        "how many meetings did I have to grind through {day}?",
    ],
    "km_week": [
        "How many km I don {verb} this week?",
        "Kilometres {activity} this week, all day? Monday through now.",
        "how many km did i {verb} this wek",
        "{activity} km so far this week? grinding stats",
    ],
    "workouts_week": [
        "How many times I don exercise this week?",
        "How many workouts have I squeezed in around service this week?",
        "how many workuots have i done this week",
        "workout count this week so far?",
    ],
    # First and last.
    "first_coffee": [
        "What time I drink my first coffee {day}?",
        "When did I have my first coffee {day}? Before or after I opened the kitchen?",
        "what tiem was my first coffee {day}",
        "timestamp on my first coffee {day}?",
    ],
    "last_coffee": [
        "What time I drink the last coffee {day}?",
        "When was my last coffee {day}? Need to know if it was after close.",
        "what time was my lst coffee {day}",
        "what time did I have my final coffee {day}?",
    ],
    "first_meeting": [
        "What time my first meeting start {day}?",
        "When did my first meeting kick off {day}? I was still on prep.",
        "when was my frist meeting {day}",
        "what time did my first meeting start {day}? tracking my daily quests",
    ],
    "wake": [
        "What time I wake {day}?",
        "What time was I up {day}? Felt like I'd barely left the kitchen.",
        "waht time did i wake up {day}",
        "what time did I respawn {day}? as in wake up",
    ],
    "bedtime": [
        "What time I go bed {night}, abeg?",
        "What time did I finally hit the sheets {night}, after close?",
        "what tiem did i go to bed {night}",
        "what time did I log off and go to bed {night}?",
    ],
    # Two hops.
    "dinner_on_distance": [
        "The day I {past} {km} km, wetin I chop for dinner?",
        "What was dinner on the day of my {km} km {noun}? Hoping I refuelled properly.",
        "what did i have for dinner the day i {past} {km}km",
        "on the day of the {km} km {noun}, what was my dinner? post-quest food",
    ],
    "meeting_after_workout": [
        "After my {noun} {day}, who and who dey the next meeting?",
        "After my {noun} {day}, who was at the first meeting I walked into?",
        "who was in the frist meeting after my {noun} {day}",
        "post-{noun} {day}: who was in the next meeting lobby?",
    ],
    "lunch_on_meeting_day": [
        "The day we do {title}, where I go chop lunch?",
        "Where did I have lunch the day of {title}? Wasn't my own kitchen.",
        "where did i eat lunch teh day of {title}",
        "on {title} day, where'd I grab lunch?",
    ],
    "sleep_after_meeting": [
        "The night after {title}, how many hours I sleep?",
        "How long did I sleep the night after {title}? Was in the weeds all week.",
        "how much did i sleep teh night after {title}",
        "after {title}, how much sleep did I log that night?",
    ],
    "dinner_on_said_day": [
        "The day {who} tell me about {value}, wetin I chop for dinner that evening?",
        "What was dinner the day {who} brought up {value}?",
        "what did i eat for dinner the day {who} reccomended {value}",
        "the day {who} dropped the {value} rec, what did I have for dinner?",
    ],
    # Comparisons.
    "compare_sleep": [
        "{N1} abi {n2}, which night I sleep pass? How many hours each?",
        "Sleep {n1} against {n2}: which night did I get more, and how much each night?",
        "did i sleep longer {n1} or {n2}? hours for each nihgt",
        "sleep stats {n1} vs {n2}: which night had more hours logged? both numbers",
    ],
    "compare_caffeine": [
        "Between {d1} and {d2}, which day I take more caffeine? Tell me the mg for each.",
        "Caffeine {d1} against {d2}: milligrams for each, and which day was higher?",
        "which day had more caffiene, {d1} or {d2}? mg for both",
        "caffeine pvp: {d1} vs {d2}, mg for each and which day won?",
    ],
    "compare_duration": [
        "My workout {d1} and the one {d2}, which one last pass? How many minutes each?",
        "Workout {d1} against workout {d2}: which ran longer, and how many minutes each?",
        "whihc workout was longer, {d1} or {d2}? minutes for each",
        "workout length {d1} vs {d2}, which one takes the W? minutes for both",
    ],
    "compare_coffee_weeks": [
        "This week, I don drink more coffee pass last week? Count am for both weeks.",
        "Coffees all day this week against all of last week: am I drinking more? Numbers for both.",
        "am i drinking more cofee this week then last week? how many each week",
        "coffee stats this week vs last week: did the count go up? totals for both",
    ],
    # Habits.
    "late_coffee_sleep": [
        "When I drink coffee from {t} go, I dey sleep less that night? Average sleep for those days and the others.",
        "On days I have a coffee at {t} or later, do I sleep less that night than on days I don't? Averages both ways.",
        "do i sleep less when i have coffee at {t} or later? avg sleep those days vs the rest",
        "coffee at {t} or later: does it nerf my sleep that night? avg with vs without",
    ],
    "late_dinner_sleep": [
        "If I chop dinner {t} or later, my sleep dey reduce that night? Show me the average for both kinds of days.",
        "When my dinner starts at {t} or after, do I get less sleep that night? Averages for late-dinner days and the rest.",
        "do i sleep less after eating dinenr at {t} or later? avg both ways",
        "late dinner debuff? nights after a dinner at {t} or later vs earlier, avg sleep each",
    ],
    "exercise_sleep": [
        "When I exercise for the day, I dey sleep longer that night? Average sleep for workout days and the other ones.",
        "Do I sleep longer on nights after a workout than after days I skip it? Average for each, service or not.",
        "do i sleep longer after days i work out? avg sleep workout days vs no workuot",
        "does a workout day buff my sleep that night? avg hours with vs without",
    ],
    "caffeine_sleep": [
        "On days I take {mg} mg caffeine or more, my sleep that night dey shorter pass the other days? Abeg give me the average for both.",
        "When I'm at {mg} mg of caffeine or over in a day, do I sleep less that night than on the days I'm under? Average hours both ways.",
        "do i sleep less on nigths after days with {mg}mg or more of caffiene vs days under that? avg for each",
        "does a {mg} mg-or-more caffeine day debuff my sleep that night? avg sleep on those days vs the rest",
    ],
    "exercise_coffee": [
        "The days I exercise, I dey drink more coffee pass the days I no exercise? Average cups for both.",
        "Do I drink more coffee on days I work out than on days I don't? Average per day for each.",
        "do i drikn more coffee on workout days vs rest days? avg cups each",
        "workout days vs no-workout days: do I chug more coffees? avg per day for both",
    ],
    # Follow-ups: asked after another question, in the same conversation.
    "fu_day_before": [
        "And the day before that one nko?",
        "Same ticket, one day earlier?",
        "and teh day before",
        "now roll it back one day, the day before?",
    ],
    "fu_meeting_length": [
        "How long that meeting take?",
        "Heard. And how long did that one run?",
        "how long was that meetign",
        "and its duration? how long did that one last",
    ],
    "fu_night_before": [
        "And the night before am, how many hours?",
        "Same count for the night before?",
        "and the nigth before that",
        "and one night earlier? same stat",
    ],
    "fu_other_day": [
        "And {day} nko?",
        "Heard. Same for {day}?",
        "what abt {day}",
        "ok and {day}? same stat",
    ],
    "fu_other_person": [
        "And {who} own nko?",
        "Heard. Now {who}, same thing?",
        "and for {who}",
        "now check {who}'s, same question",
    ],
    "fu_today": [
        "And today nko?",
        "How about today so far?",
        "and todya",
        "and today's count so far?",
    ],
}


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways to name ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    weekday, month, ordinal = WEEKDAYS[day.weekday()], MONTHS[day.month - 1], _ordinal(day.day)
    short = f"{weekday} {day:%d/%m/%y}"
    if absolute:
        return [f"on {ordinal} {month}, {day.year}", f"on {short}", f"on {weekday}, {ordinal} {month} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {ordinal} {month}", f"today, {short}"]
    if back == 1:
        return ["yesterday", f"yesterday, {weekday} {day.day}/{day.month}", f"yesterday ({ordinal} {month})"]
    dated = [f"on {short}", f"on {ordinal} {month[:3]}, {day.year}", f"on the {ordinal} ({day:%d/%m})"]
    if back > 6:
        return dated
    monday = date.fromordinal(today.toordinal() - today.weekday())
    week = f"last week {weekday}" if day < monday else f"this week {weekday}"
    return [week, f"on {weekday}, {ordinal}", f"{COUNTED[back]} days ago ({weekday})",
            f"{weekday}, {ordinal} {month}", *dated]


def night_options(day: date, today: date) -> list[str]:
    """Ways to name the night that starts on ``day`` (its sleep ends the next morning)."""
    weekday, after = WEEKDAYS[day.weekday()], WEEKDAYS[(day.weekday() + 1) % 7]
    month, ordinal = MONTHS[day.month - 1], _ordinal(day.day)
    options = [f"{weekday} night, {day.day}/{day.month}", f"the night of {weekday}, {ordinal} {month}",
               f"the night from {weekday} to {after}", f"{weekday} night into {after} morning"]
    if (today - day).days == 1:
        options += ["last night", f"last night ({weekday} to {after})"]
    return options
