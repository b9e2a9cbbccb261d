"""Question phrasings of the answers benchmark's forty-first tuning set, ``dev41`` (docs/benchmarks.md, "Answers").

``dev41`` was the held-out set until 2026-12-05, when, after its measurement at 64014ab (grounded
accuracy 0.797; worst category multi-hop 0.545; unsupported 0.011; abstention 0.727; p95 0.021 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev40``, answers_dev40_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young accountant at a mining
company's office in Ulaanbaatar who types English, lower case, with Mongolian words mixed in, in the
Latin letters Mongolians type on their phones ("kh" written "h"; "yu" for what, "yamar" for what
kind, "ali" for which, "haana" and "haashaa" for where and where to, "hen" for who, "hed" for how
many and how much, "hed tsagt" for at what time, "hed tsag" and "hed minut" for how many hours and
minutes, "hezee" for when, "bi" and "minii" for I and my, "idsen" for ate, "uusan" for drank,
"oglooni hool", "udiin hool" and "oroin hool" for breakfast, lunch and dinner, "kofe" and "ayaga"
for coffee and cups, "koffein" for caffeine, "hural" for a meeting, "dasgal" for a workout, "guisen"
for ran, "dugui" for a bicycle, "usand selsen" for swam, "untsan" for slept, "bossan" for woke,
"untahaar hevtsen" for went to bed, "shono" for night, "odor" for day, "nom", "kino", "nohoi",
"ner", "ohin", "nas" and "nisleg" for a book, a film, a dog, a name, a daughter, age and a flight,
"zuvlusun" and "helsen" for recommended and said, "ene doloo honog" and "ungursun doloo honog" for
this week and last week, "unuudur" for today, "niit" for in all, "dundaj" for average, "zurhnii
tsohilt" for heart rate, "ehnii" and "suuliin" for first and last, "iluu" and "baga" for more and
less, "urt" for long, "ba" for and, "harin" for and what about, "tegeed" for and then, "omnoh" for
the one before, "daraa" and "daraah" for after and the next, "be", "ve" and "uu" as question
particles); a shift supervisor at a cashmere factory who types the fewest words, lower case, the
thing, the day and what is asked split by " :: ", every question ending in "??", abbreviations
("mtg", "mtgs", "wk", "avg", "hrs", "mins", "bpm", "1st", "vs"), "+" for and, and "more or not" or
"less or not" where a yes or no is asked; a student at the National University of Mongolia who
chats, the question first and a remark after it ("the dorm", "the radiator", "the khuushuur stand",
"my grandma", "my cousin", "Tsagaan Sar", "Peace Avenue", "the Tuul", "buuz", "the bus"); and a
retired school headmaster in Zaisan who writes formal sentences with polite formulas of his own
("Please be so good as to", "Kindly advise me", "I would be obliged to learn", "Would you be so kind
as to", "if you please", "if you would be so kind"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev41 life lives in Asia/Ulaanbaatar, from Monday 13 February 2034; Mongolia keeps one offset
(UTC+8) all year and has had no daylight saving time since 2017, so no clock changes inside it.
Dates are written as people in Mongolia write Gregorian dates in English: year first with dots and
zero-padded, as on Mongolian forms, receipts and bank slips ("2034.02.17"), year first with slashes
("2034/02/17"), day first, slashed and not padded without the year ("17/2"), or, with the month's
name, an ordinal before "of" ("the 17th of February 2034 (Fri)"); for one of the six days before today
the weekday and the slashed day in brackets ("this past Friday (17/2)"), the short weekday before
the dotted date ("on Fri, 2034.02.17"), or the weekday after the slashed day ("on 17/2, the Friday");
for a day that may lie outside the life always with the year ("on 2034.02.17, a Friday", "on Friday,
2034/02/17", "on the 17th of February 2034 (Fri)"); today and yesterday alone or with the date ("today",
"today, 2034.02.22", "yesterday", "yesterday, 2034.02.21", "yesterday (21/2, a Tuesday)"). A night is
last night, alone or with the two days it spans ("last night, 21/2 into 22/2"); a weekday's night
with the two slashed days it spans in brackets ("Sunday night (19/2-20/2)"); the night of a dotted date ("on the night
of 2034.02.19"); or the night between two short weekdays and their slashed days ("the night between
Sun 19/2 and Mon 20/2"). Workouts are named with places in and around Ulaanbaatar: the Tuul river,
the Zaisan memorial, the Central Stadium, Peace Avenue, Gachuurt, the Sports Palace pool,
Sukhbaatar Square, the Gandan monastery and Bogd Khan mountain.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("Tuul river run", "run up to the Zaisan memorial", "run round the Central Stadium"),
         "cycle": ("ride along Peace Avenue", "ride out to Gachuurt", "Gachuurt bike ride"),
         "swim": ("Sports Palace pool swim", "swim at the Sports Palace pool"),
         "yoga": ("yoga class near Sukhbaatar Square", "yoga by the Gandan monastery"),
         "climb": ("Bogd Khan climb", "climbing session on Bogd Khan mountain")}
"""What its questions call a workout (one drawn per question)."""

# Each key: the Mongolian mixer, the cashmere factory supervisor, the student, the retired headmaster.
PHRASES: dict[str, list[str]] = {
    "book": [
        "{who} yamar nom unsh gej zuvlusun be?",
        "book :: {who} recommended :: title??",
        "What book did {who} tell me to pick up? I need something for the long nights in the dorm.",
        "Please be so good as to remind me which book {who} recommended to me.",
    ],
    "film": [
        "{who} yamar kino uz gej zuvlusun be?",
        "film :: {who} recommended :: which??",
        "What film did {who} tell me to watch? My roommate wants a movie night.",
        "Would you be so kind as to remind me which film {who} recommended?",
    ],
    "offsite": [
        "{who}-iin helsneer offsite haashaa shiljsen be?",
        "offsite :: moved where :: per {who}??",
        "Where's the offsite moved to, according to {who}? Hope it's not a ger camp in this cold.",
        "Kindly advise me where, as {who} told me, the offsite has been moved.",
    ],
    "restaurant": [
        "{who} ali restoran ochij uzeye gej helsen be?",
        "restaurant tip :: {who} :: which place??",
        "Which restaurant did {who} say we should try? I'm tired of the khuushuur stand.",
        "Please be so good as to remind me which restaurant {who} suggested we try.",
    ],
    "flight": [
        "{who}-iin nisleg hed tsagt buuh ve?",
        "{who} flight :: lands when??",
        "What time does {who}'s flight get in? The new airport is such a trek from town.",
        "Would you be so kind as to tell me at what time {who}'s flight is due to land?",
    ],
    "dog": [
        "{who}-iin shine nohoinii ner yu ve?",
        "{who} new dog :: name??",
        "What did {who} call their new dog? Every puppy in our khoroo is called Banhar.",
        "Kindly advise me of the name {who} has given to the new dog.",
    ],
    "launch": [
        "{who} {project} launch hezee bolson gej helsen be? shine ognoo?",
        "{project} launch :: new date per {who}??",
        "When's the {project} launch now, according to {who}? It keeps moving like traffic on Peace Avenue.",
        "Kindly advise me of the date to which, as {who} informed me, the {project} launch has been moved.",
    ],
    "age": [
        "{who}-iin ohin hed nastai bolj baigaa ve?",
        "{who} daughter :: turning what age??",
        "How old is {who}'s daughter turning? I should get her something before Tsagaan Sar.",
        "I would be obliged to learn what age {who}'s daughter is about to turn.",
    ],
    "podcast": [
        "{who} yamar podcast sons gej zuvlusun be?",
        "podcast :: {who} recommended :: which??",
        "Which podcast did {who} tell me about? I need something for the bus.",
        "I would be obliged to learn which podcast {who} recommended.",
    ],
    "breakfast_food": [
        "bi {day} oglooni hooloor yu idsen be?",
        "breakfast :: {day} :: ate what??",
        "What did I have for breakfast {day}? I can't remember anything before my milk tea.",
        "Please be so good as to tell me what I ate for breakfast {day}.",
    ],
    "lunch_food": [
        "bi {day} udiin hooloor yu idsen be?",
        "lunch :: {day} :: ate what??",
        "What did I eat for lunch {day}? My memory's as frozen as the Tuul.",
        "Kindly remind me what I had for lunch {day}.",
    ],
    "dinner_food": [
        "bi {day} oroin hooloor yu idsen be?",
        "dinner :: {day} :: ate what??",
        "What was my dinner {day}? My grandma keeps asking if I eat properly.",
        "I would be obliged to learn what I had for dinner {day}.",
    ],
    "lunch_place": [
        "{day} udiin hoolaa haana idsen be?",
        "lunch :: {day} :: where??",
        "Where did I eat lunch {day}? Somewhere warm, I hope.",
        "Kindly tell me where I took my lunch {day}.",
    ],
    "dinner_place": [
        "{day} oroin hoolaa haana idsen be?",
        "dinner :: {day} :: where??",
        "Where did I have dinner {day}? I lose track of places in this weather.",
        "Please be so good as to inform me where I dined {day}.",
    ],
    "workout_kind": [
        "{day} yamar dasgal hiisen be?",
        "workout :: {day} :: which kind??",
        "What kind of workout did I do {day}? My legs have opinions about it.",
        "Would you be so kind as to tell me which form of exercise I undertook {day}?",
    ],
    "heart_rate": [
        "{day} {noun} hiihed zurhnii tsohilt dundajaar hed baisan be?",
        "{noun} :: {day} :: avg bpm??",
        "What was my average heart rate on the {noun} {day}? It felt like it was through the roof.",
        "I would be obliged to learn my average heart rate during the {noun} {day}.",
    ],
    "sleep_quality": [
        "{night} bi yamar untsan be? sain uu, muu yu?",
        "sleep quality :: {night}??",
        "How well did I sleep {night}? The radiator was clanking again.",
        "Kindly tell me how well I slept {night}.",
    ],
    "sleep_night": [
        "{night} hed tsag untsan be?",
        "sleep :: {night} :: hrs??",
        "How long did I sleep {night}? The neighbours had guests till late.",
        "Please be so good as to tell me how long I slept {night}.",
    ],
    "exercise_duration": [
        "{day} {noun} hed minut urgeljilsen be?",
        "{noun} :: {day} :: how long??",
        "How long did my {noun} take {day}? Felt like forever in the cold.",
        "I would be obliged to learn how long my {noun} lasted {day}.",
    ],
    "meeting_duration": [
        "{day} {title} hural hed minut urgeljilsen be?",
        "{title} :: {day} :: length??",
        "How long did the {title} go on {day}? My tea went cold twice.",
        "Kindly advise me how long the {title} lasted {day}.",
    ],
    "distance_run": [
        "{day} hed km guisen be?",
        "run :: {day} :: km??",
        "How far did I run {day}? I want to brag to my cousin.",
        "Please be so good as to tell me what distance I ran {day}.",
    ],
    "distance_cycle": [
        "{day} dugui unaad hed km yavsan be?",
        "bike :: {day} :: km??",
        "How far did I cycle {day}? The roads were half ice.",
        "I would be obliged to learn how far I cycled {day}.",
    ],
    "distance_swim": [
        "{day} hed km usand selsen be?",
        "swim :: {day} :: km??",
        "How far did I swim {day}? The pool was packed with kids.",
        "Kindly tell me the distance I swam {day}.",
    ],
    "attendees": [
        "{day} {title} hurald hen hen oroltsson be?",
        "{title} :: {day} :: who attended??",
        "Who came to the {title} {day}? I zoned out during the introductions.",
        "Please be so good as to tell me who attended the {title} {day}.",
    ],
    "coffee_count": [
        "{day} hed ayaga kofe uusan be?",
        "coffees :: {day} :: how many??",
        "How many coffees did I drink {day}? Tea is more my thing, supposedly.",
        "I would be obliged to learn how many coffees I drank {day}.",
    ],
    "caffeine": [
        "{day} niit hed mg koffein avsan be?",
        "caffeine :: {day} :: total mg??",
        "How much caffeine did I have {day}? My hands are a bit shaky.",
        "Kindly advise me of the total caffeine I consumed {day}.",
    ],
    "meeting_count": [
        "{day} hed hural baisan be?",
        "mtgs :: {day} :: how many??",
        "How many meetings did I have {day}? It felt like a hundred.",
        "Please be so good as to tell me how many meetings I had {day}.",
    ],
    "km_week": [
        "ene doloo honogt {activity} niit hed km bolson be?",
        "{activity} km :: this wk :: total??",
        "How many km did I {verb} this week in total? Trying to keep it up through the winter.",
        "I would be obliged to learn the total number of kilometres I covered by {activity} this week.",
    ],
    "workouts_week": [
        "ene doloo honogt hed udaa dasgal hiisen be?",
        "workouts :: this wk :: count??",
        "How many workouts have I done this week? Be honest with me.",
        "Kindly tell me how many workouts I have completed this week.",
    ],
    "first_coffee": [
        "{day} ehnii kofegoo hed tsagt uusan be?",
        "1st coffee :: {day} :: time??",
        "When did I have my first coffee {day}? Mornings are a blur.",
        "Please be so good as to tell me at what time I took my first coffee {day}.",
    ],
    "last_coffee": [
        "{day} suuliin kofegoo hed tsagt uusan be?",
        "last coffee :: {day} :: time??",
        "When was my last coffee {day}? I'm wondering why I was up so late.",
        "I would be obliged to learn at what time I had my last coffee {day}.",
    ],
    "first_meeting": [
        "{day} ehnii hural hed tsagt ehelsen be?",
        "1st mtg :: {day} :: start time??",
        "What time did my first meeting start {day}? I think I rushed in from the bus.",
        "Kindly advise me at what time my first meeting began {day}.",
    ],
    "wake": [
        "{day} hed tsagt bossan be?",
        "woke up :: {day} :: time??",
        "When did I get up {day}? It's still pitch dark when the alarm goes.",
        "Would you be so kind as to tell me at what hour I rose {day}?",
    ],
    "bedtime": [
        "{night} hed tsagt untahaar hevtsen be?",
        "bedtime :: {night}??",
        "What time did I go to bed {night}? I was texting my sister for ages.",
        "I would be obliged to learn at what time I went to bed {night}.",
    ],
    "dinner_on_distance": [
        "{km} km {past} odroo oroin hooloor yu idsen be?",
        "day i {past} {km} km :: dinner??",
        "What did I eat for dinner the day I {past} {km} km? I bet it was something big.",
        "Kindly tell me what I had for dinner on the day I {past} {km} km.",
    ],
    "meeting_after_workout": [
        "{day} {noun}-ii daraa shuud bolson hurald hen baisan be?",
        "mtg right after {noun} :: {day} :: who??",
        "Who was in the meeting straight after my {noun} {day}? I walked in still red in the face.",
        "Please be so good as to tell me who attended the meeting that directly followed my {noun} {day}.",
    ],
    "lunch_on_meeting_day": [
        "{title} bolson odor udiin hoolaa haana idsen be?",
        "{title} day :: lunch where??",
        "Where did I have lunch the day of the {title}? Somewhere near the office, maybe.",
        "Kindly remind me where I took lunch on the day of the {title}.",
    ],
    "sleep_after_meeting": [
        "{title}-iin daraah shono hed tsag untsan be?",
        "night after {title} :: sleep hrs??",
        "How long did I sleep the night after the {title}? I was so wound up.",
        "I would be obliged to learn how long I slept on the night following the {title}.",
    ],
    "dinner_on_said_day": [
        "{who} {value}-g zuvlusun odor oroin hooloor yu idsen be?",
        "day {who} recommended {value} :: dinner??",
        "What did I have for dinner the day {who} told me about {value}? I remember nothing else from that day.",
        "Kindly tell me what I had for dinner on the day {who} recommended {value}.",
    ],
    "compare_sleep": [
        "{n1} ba {n2} hed tsag untsan be? ali n' urt ve?",
        "sleep :: {n1} vs {n2} :: hrs each + longer one??",
        "How long did I sleep {n1} and {n2}, and which night was longer? I'm trying to work out my best nights.",
        "Please be so good as to tell me how long I slept {n1} and {n2}, and on which of the two I slept more.",
    ],
    "compare_caffeine": [
        "{d1} ba {d2} hed mg koffein avsan be? ali odor n' iluu ve?",
        "caffeine :: {d1} vs {d2} :: mg each + which more??",
        "How much caffeine did I have {d1} and {d2}, and which day had more? My heart was racing on one of them.",
        "I would be obliged to learn how much caffeine I consumed {d1} and {d2}, and on which day it was greater.",
    ],
    "compare_duration": [
        "{d1} ba {d2} dasgal hed minut urgeljilsen be? ali n' urt ve?",
        "workout length :: {d1} vs {d2} :: mins each + longer??",
        "How long were my workouts {d1} and {d2}, and which one went longer? One of them wiped me out.",
        "Kindly tell me how long I exercised {d1} and {d2}, and which workout was the longer.",
    ],
    "compare_coffee_weeks": [
        "ene doloo honog ba ungursun doloo honogt hed ayaga kofe uusan be? ali n' iluu ve?",
        "coffees :: this wk vs last wk :: count each + more or not??",
        "How many coffees have I had this week and how many last week, and is this week more? I promised my mum "
        "I'd cut down.",
        "Please be so good as to tell me how many coffees I have drunk this week and how many last week, and whether "
        "this week's count is the higher.",
    ],
    "late_coffee_sleep": [
        "{t}-ees hoish kofe uusan odruud ba busad odruudiin daraah shono dundajaar hed tsag untdag ve? baga untdag uu?",
        "coffee at/after {t} days vs others :: avg sleep after each :: less or not??",
        "On average, how long do I sleep after days with a coffee at or after {t} versus days without, and is it "
        "less? My cousin swears coffee after lunch ruins her nights.",
        "Kindly advise me of my average sleep following days on which I drank coffee at or after {t}, compared with "
        "days on which I did not, and whether it is the shorter.",
    ],
    "late_dinner_sleep": [
        "oroin hool {t}-ees hoish ehelsen odruud ba busad odruudiin daraah shono dundajaar hed tsag untdag ve? baga "
        "uu?",
        "dinner start at/after {t} vs other days :: avg sleep after each :: less or not??",
        "How long do I sleep on average after days my dinner starts at or after {t}, compared with the other days, "
        "and is it less? Late buuz nights are a habit.",
        "I would be obliged to learn my average sleep on the nights after dinner began at or after {t}, set against "
        "all other nights, and whether it is the shorter.",
    ],
    "exercise_sleep": [
        "dasgal hiisen odruud ba hiigeegui odruudiin daraah shono dundajaar hed tsag untdag ve? iluu untdag uu?",
        "sleep after workout days vs rest days :: avg each :: more or not??",
        "What's my average sleep after days I work out versus days I don't, and do I sleep more after the workout "
        "days? Everyone at the gym says so.",
        "Please be so good as to tell me my average sleep on the nights after days with a workout and after days "
        "without, and whether the former is the longer.",
    ],
    "caffeine_sleep": [
        "{mg} mg ba tuunees deesh koffein avsan odruud ba busad odruudiin daraah shono dundajaar hed tsag untdag ve? "
        "baga uu?",
        "caffeine {mg}+ mg days vs others :: avg sleep after each :: less or not??",
        "How long do I sleep on average after days with at least {mg} mg of caffeine, versus days with less, and is "
        "it less? I suspect the office espresso machine.",
        "Kindly advise me of my average sleep after days on which I consumed at least {mg} mg of caffeine, compared "
        "with the remaining days, and whether it is the shorter.",
    ],
    "exercise_coffee": [
        "dasgal hiisen odruud ba hiigeegui odruudad dundajaar odort hed ayaga kofe uudag ve? iluu uudag uu?",
        "coffees/day :: workout days vs rest days :: avg each + more or not??",
        "How many coffees a day do I average on workout days versus rest days, and is it more on workout days? I "
        "feel like I need the boost.",
        "I would be obliged to learn the average number of coffees I drink a day on days with a workout and on days "
        "without, and whether it is greater on workout days.",
    ],
    "fu_day_before": [
        "tegeed omnoh odor n'?",
        "day before that??",
        "And the day before that? Just curious, no rush.",
        "And on the preceding day, if you please?",
    ],
    "fu_other_person": [
        "harin {who} n'?",
        "same q :: {who}??",
        "What about {who}, then? I always mix those two up.",
        "And in the case of {who}, if you would be so kind?",
    ],
    "fu_today": [
        "harin unuudur hed ve?",
        "today so far??",
        "And today so far? Be gentle.",
        "And for today, if you would be so kind?",
    ],
    "fu_meeting_length": [
        "ter hural hed minut urgeljilsen be?",
        "that mtg :: length??",
        "And how long did it run? Felt endless.",
        "And might you tell me how long that meeting lasted, if you please?",
    ],
    "fu_night_before": [
        "harin omnoh shono n'?",
        "night before that??",
        "And the night before that one? Trying to see a pattern.",
        "And the night prior to that, if you please?",
    ],
    "fu_other_day": [
        "harin {day}?",
        "run :: {day} :: km too??",
        "And what about {day}? I think that one was in the snow.",
        "And {day}, if you would be so kind?",
    ],
}


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _slash(d: date) -> str:
    """Day first, slashed, not padded, no year: 17/2."""
    return f"{d.day}/{d.month}"


def _dots(d: date) -> str:
    """Year first, dotted, zero-padded, as on Mongolian forms and receipts: 2034.02.17."""
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today`` (one drawn at random); ``absolute``: always
    with the year, for a day that may lie outside the life."""
    name, short, back = WEEKDAYS[day.weekday()], WEEKDAYS[day.weekday()][:3], (today - day).days
    if absolute or not 0 <= back <= 6:
        return [f"on {_dots(day)}, a {name}", f"on {name}, {day.year}/{day.month:02d}/{day.day:02d}",
                f"on the {_nth(day.day)} of {MONTHS[day.month - 1]} {day.year} ({short})"]
    if back == 0:
        return ["today", f"today, {_dots(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday, {_dots(day)}", f"yesterday ({_slash(day)}, a {name})"]
    return [f"this past {name} ({_slash(day)})", f"on {short}, {_dots(day)}", f"on {_slash(day)}, the {name}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day`` (one drawn at random)."""
    after = day + timedelta(days=1)
    if (today - day).days == 1:
        return ["last night", f"last night, {_slash(day)} into {_slash(after)}"]
    return [f"{WEEKDAYS[day.weekday()]} night ({_slash(day)}-{_slash(after)})", f"on the night of {_dots(day)}",
            f"the night between {WEEKDAYS[day.weekday()][:3]} {_slash(day)} and {WEEKDAYS[after.weekday()][:3]} "
            f"{_slash(after)}"]
