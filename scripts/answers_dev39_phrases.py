"""Question phrasings of the answers benchmark's thirty-ninth tuning set, ``dev39`` (docs/benchmarks.md, "Answers").

``dev39`` was the held-out set until 2026-12-05, when, after its measurement at afc85b3 (grounded
accuracy 0.811; worst category follow-up 0.591; unsupported 0.015; abstention 0.955; p95 0.018 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev38``, answers_dev38_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a radio producer at an FM station
in Kampala who types English, lower case, with Luganda words mixed in, in the Latin letters Luganda
is written in ("ki" for what, "wa" for where, "kati eri wa" for where it is now, "baani abaaliyo"
for who was there, "mmeka", "bimeka" and "emeka" for how many, "ku ssaawa mmeka" for at what time,
"ddakiika mmeka" and "kilomita mmeka" for how many minutes and kilometres, "bbanga ki" for how
long, "lwamala" and "yamala" for it lasted, "lwatandika" for it began, "olwasooka" for the first,
"ekyenkya", "ekyemisana" and "ekyeggulo" for the meals, "nalidde" for I ate, "kaawa" for coffee,
"ebikopo" for cups, "nanywa" for I drank, "olukiiko" and "mu nkiiko" for a meeting and in meetings,
"dduyiro" for a workout, "nkoze ... emirundi emeka" for how many times I have done it, "nadduka",
"nawuga" and "navuga ggaali" for I ran, I swam and I cycled, "otulo" for sleep, "nneebase" for I
slept, "nagenda okwebaka" for I went to bed, "nazuukuka" for I woke, "nneebaka kitono" and
"nneebaka okusinga" for I sleep less and more, "ku nnaku ze" for on the days that, "bwe ndya" and
"bwe nnywa" for when I eat and when I drink, "ekiro" for a night, "buli" for each, "zombi" for
both, "wiiki eno" and "wiiki ewedde" for this week and last week, "leero" for today, "ate ...?" for
and what about, "oba" for or, "ne" for and, "yagamba" for said, "ndabe", "nsome", "mpulirize" and
"tugezeeko" for that I watch, read, listen and that we try, "olunaku lwe" for the day that,
"oluvannyuma lwa" for after, "ekitabo", "firimu", "embwa", "erinnya", "muwala", "emyaka",
"ennyonyi" and "wooteeri" for a book, a film, a dog, a name, a daughter, years, a plane and a
restaurant, "bambi" for please); a boda-boda rider at a stage in Wandegeya who types the fewest
words, lower case, the thing, the day and what is asked joined by " ~ ", with no question mark; a
seller of rolexes (the chapati rolled round an omelette) at a stand near Makerere who chats, the
question first and a remark after it ("the stand", "the students", "the morning rush", "the flask",
"the boda guys", "my cousin in Masaka", "the charcoal"); and a retired headmaster in Ntinda who
writes in full, formal sentences in the Ugandan manner ("May you tell me", "May you inform me", "I
humbly request to know", "I wish to enquire", "I further wish to know", "took" for ate or drank).
Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev39 life lives in Africa/Kampala, from Monday 5 December 2033; Uganda keeps East Africa
Time (UTC+3) all year, with no daylight saving time, so no clock changes inside it. Dates are
written as people in Uganda write Gregorian dates in English: day first, with slashes and not
zero-padded ("6/12", with the year "6/12/2033"), zero-padded with hyphens and the year as on
Ugandan receipts and forms ("06-12-2033"), the day as an ordinal before a slash as East Africans
write dates on forms and by hand ("6th/12", "6th/12/2033"), or an ordinal before the month's short
or full name ("6th Dec", "6th December, 2033" as Ugandan letters date themselves); for one of the
six days before today the short weekday before the ordinal and the short month ("on Tue 6th Dec"),
"last" and the weekday before a slashed date ("last Tuesday, 6/12"), or, as Ugandans say it, "last
week Tuesday (6/12)" for one of the week before this one and "on Tuesday this week (6th Dec)" for
one of this week; for an older one with the year ("on Tue 6th Dec 2033", "on 6/12/2033
(Tuesday)"); for a day that may lie outside the life always with the year ("on Tue, 6th December,
2033", "on 06-12-2033 (Tuesday)", "on Tuesday, 6th/12/2033"); today and yesterday alone or with the
date ("today, Wed 7th Dec", "today, 7th/12", "yesterday, Tuesday 6th December", "yesterday,
6th/12"); a night as last night, alone or from one short weekday and ordinal into the next ("last
night (Tue 6th into Wed 7th)"), a weekday's night with its ordinal ("on Tuesday night (the 6th)"),
the night of a short weekday and slashed date into the next weekday ("the night of Tue 6/12 into
Wednesday"), or overnight from one ordinal to the next ("overnight 6th to 7th Dec", "overnight
30th Nov to 1st Dec").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run", "run round Kololo airstrip", "jog up Makerere hill"),
         "cycle": ("ride", "ride out on the Entebbe road", "bike ride to Munyonyo"),
         "swim": ("swim", "swim at the Kabira pool", "swim at the Lugogo pool"),
         "yoga": ("yoga session", "yoga class in Bugolobi", "yoga on the Kololo rooftop"),
         "climb": ("climbing session", "bouldering at the Lugogo wall", "climb at the Kisementi wall")}
"""What its questions call a workout of each activity (one drawn per question), some named with places in
Kampala."""


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _slash(day: date, year: bool = False) -> str:
    return f"{day.day}/{day.month}" + (f"/{day.year}" if year else "")


def _hyphen(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def _short(day: date, year: bool = False) -> str:
    """"6th Dec", with the year "6th Dec 2033"."""
    return f"{_nth(day.day)} {MONTHS[day.month - 1][:3]}" + (f" {day.year}" if year else "")


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How its questions name ``day`` asked on ``today``; ``absolute``: always with the year."""
    name, short = WEEKDAYS[day.weekday()], WEEKDAYS[day.weekday()][:3]
    if absolute:
        return [f"on {short}, {_nth(day.day)} {MONTHS[day.month - 1]}, {day.year}", f"on {_hyphen(day)} ({name})",
                f"on {name}, {_nth(day.day)}/{day.month:02d}/{day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {short} {_short(day)}", f"today, {_nth(day.day)}/{day.month}"]
    if back == 1:
        return ["yesterday", f"yesterday, {name} {_nth(day.day)} {MONTHS[day.month - 1]}",
                f"yesterday, {_nth(day.day)}/{day.month}"]
    if back <= 6:
        week = (f"last week {name} ({_slash(day)})" if day < today - timedelta(days=today.weekday())
                else f"on {name} this week ({_short(day)})")
        return [f"on {short} {_short(day)}", f"last {name}, {_slash(day)}", week]
    return [f"on {short} {_short(day, True)}", f"on {_slash(day, True)} ({name})"]


def night_options(day: date, today: date) -> list[str]:
    """How its questions name the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, short, next_name = WEEKDAYS[day.weekday()], WEEKDAYS[day.weekday()][:3], WEEKDAYS[after.weekday()]
    between = (f"{_nth(day.day)} to {_short(after)}" if day.month == after.month
               else f"{_short(day)} to {_short(after)}")
    if (today - day).days > 6:
        return [f"the night of {short} {_slash(day, True)} into {next_name}", f"overnight {between} {after.year}"]
    options = [f"on {name} night (the {_nth(day.day)})", f"the night of {short} {_slash(day)} into {next_name}",
               f"overnight {between}"]
    if (today - day).days == 1:
        options += ["last night", f"last night ({short} {_nth(day.day)} into {next_name[:3]} {_nth(after.day)})"]
    return options


PHRASES = {
    # What someone said (the value; a launch's date, a flight's time, an age).
    "age": ["muwala wa {who} is turning emyaka emeka on saturday?",
            "{who} daughter ~ turning what age",
            "how old is {who}'s daughter turning? i want to keep her a rolex with extra eggs",
            "May you tell me the age that {who}'s daughter is turning?"],
    "book": ["{who} yagamba nsome ekitabo ki? the title bambi",
             "book {who} said to read ~ title",
             "which book did {who} tell me to read? the students at the stand keep asking me for something good",
             "I humbly request to know the title of the book that {who} recommended to me."],
    "dog": ["embwa ya {who} empya, erinnya lyayo ki?",
            "{who} new dog ~ name",
            "what did {who} name the new dog? she showed me a photo of her by the charcoal stove",
            "May you inform me of the name of the dog that {who} adopted?"],
    "film": ["firimu ki {who} gye yagamba ndabe?",
             "film {who} said to watch ~ which",
             "which film did {who} say i should watch? the power keeps going off near the stand so we'll see",
             "I wish to enquire which film {who} advised me to watch."],
    "flight": ["ennyonyi ya {who} egwa ku ssaawa mmeka on friday?",
               "{who} flight ~ landing time",
               "what time does {who}'s flight land? i promised to keep some rolexes warm for the pickup",
               "May you tell me at what time {who}'s flight is due to land?"],
    "launch": ["the {project} launch, {who} yagamba it slipped to which date?",
               "{project} launch ~ new date from {who}",
               "what date did {who} say the {project} launch slipped to? sounds like my landlord's promises",
               "I humbly request to know the date to which, according to {who}, the {project} launch was moved."],
    "offsite": ["the offsite, {who} yagamba kati eri wa?",
                "offsite moved ~ where to ~ {who}",
                "where did {who} say the offsite moved to? i have never gone further than Jinja myself",
                "I wish to enquire where {who} said the offsite has been moved to."],
    "podcast": ["podcast ki {who} gye yagamba mpulirize?",
                "podcast from {who} ~ which one",
                "which podcast did {who} tell me to listen to? the radio at the stand only plays football",
                "May you remind me which podcast {who} recommended?"],
    "restaurant": ["wooteeri ki {who} gye yagamba tugezeeko?",
                   "restaurant {who} said to try ~ name",
                   "which restaurant did {who} say we should try? hope they cook better than the stall next to mine",
                   "I humbly request the name of the restaurant that {who} proposed we try."],
    # A value on a day or a night.
    "breakfast_food": ["ekyenkya {day} nalidde ki?",
                       "breakfast ~ {day} ~ what food",
                       "what did i eat for breakfast {day}? i always forget once the morning rush starts",
                       "May you tell me what I had for breakfast {day}?"],
    "lunch_food": ["ekyemisana {day} nalidde ki?",
                   "lunch ~ {day} ~ what food",
                   "what was my lunch {day}? all the food near the stand tastes the same to me",
                   "I wish to enquire what I ate for lunch {day}."],
    "dinner_food": ["ekyeggulo {day} nalidde ki?",
                    "supper ~ {day} ~ what food",
                    "what did i have for supper {day}? my belly remembers but my head doesn't",
                    "May you inform me what I took for supper {day}?"],
    "lunch_place": ["ekyemisana {day} nalidde wa?",
                    "lunch ~ {day} ~ which place",
                    "where did i have lunch {day}? somewhere with a long queue, i think",
                    "I humbly request to know where I had lunch {day}."],
    "dinner_place": ["ekyeggulo {day} nalidde wa?",
                     "supper ~ {day} ~ which place",
                     "where did i eat supper {day}? not at home, the saucepan was still clean",
                     "May you tell me where I had supper {day}?"],
    "workout_kind": ["{day} nakola dduyiro ki?",
                     "workout ~ {day} ~ what kind",
                     "what kind of workout did i do {day}? my legs are still telling stories",
                     "I wish to enquire what form of exercise I did {day}."],
    "heart_rate": ["my {noun} {day}, average heart rate yali mmeka?",
                   "{noun} ~ {day} ~ average bpm",
                   "what was my average heart rate during my {noun} {day}? felt like my heart was racing the bodas",
                   "May you tell me my average heart rate during the {noun} {day}?"],
    "sleep_quality": ["{night} otulo, quality yali good, fair oba poor?",
                      "sleep ~ {night} ~ quality",
                      "how was my sleep quality {night}, good, fair or poor? the dogs on my street bark all night",
                      "I humbly request to know the quality of my sleep {night}."],
    # How long.
    "sleep_night": ["{night} nneebase for how many hours?",
                    "sleep ~ {night} ~ how long",
                    "how long did i sleep {night}? woke up feeling like a flattened chapati",
                    "May you tell me for how long I slept {night}?"],
    "exercise_duration": ["{day} my {noun} yamala ddakiika mmeka?",
                          "{noun} ~ {day} ~ how long",
                          "how long was my {noun} {day}? i lost track of time halfway through",
                          "I wish to enquire how long my {noun} lasted {day}."],
    "meeting_duration": ["olukiiko lwa {title} {day} lwamala bbanga ki?",
                         "{title} ~ {day} ~ how long",
                         "how long did the {title} meeting go on {day}? felt longer than a Kampala jam",
                         "May you inform me of the length of the {title} meeting {day}?"],
    # How far.
    "distance_run": ["{day} nadduka kilomita mmeka?",
                     "run ~ {day} ~ km",
                     "how far did i run {day}? the hill behind the stand nearly finished me",
                     "I humbly request to know how far I ran {day}."],
    "distance_cycle": ["{day} navuga ggaali kilomita mmeka?",
                       "bike ride ~ {day} ~ km",
                       "how far did i cycle {day}? the potholes made it feel double",
                       "May you tell me what distance I cycled {day}?"],
    "distance_swim": ["{day} nawuga kilomita mmeka?",
                      "swim ~ {day} ~ km",
                      "how far did i swim {day}? i only remember the cold water",
                      "I wish to enquire what distance I swam {day}."],
    # Who was there.
    "attendees": ["olukiiko lwa {title} {day}, baani abaaliyo?",
                  "{title} ~ {day} ~ who came",
                  "who was in the {title} meeting {day}? i never remember faces, only orders",
                  "May you tell me who attended the {title} meeting {day}?"],
    # Counts and totals.
    "coffee_count": ["{day} nanywa ebikopo bya kaawa bimeka?",
                     "coffees ~ {day} ~ count",
                     "how many coffees did i drink {day}? the flask at the stand empties too fast",
                     "I humbly request to know how many cups of coffee I took {day}."],
    "caffeine": ["{day} caffeine yonna, mg mmeka?",
                 "caffeine ~ {day} ~ total mg",
                 "how much caffeine did i take {day}, in mg? my hands were shaking while flipping the eggs",
                 "May you inform me of the total caffeine, in milligrams, that I took {day}?"],
    "meeting_count": ["{day} nabadde mu nkiiko mmeka?",
                      "meetings ~ {day} ~ how many",
                      "how many meetings did i have {day}? thank God the stand has no meetings",
                      "I wish to enquire how many meetings I had {day}."],
    "km_week": ["wiiki eno, kilomita za {activity} zonna mmeka?",
                "{activity} km ~ this week ~ total",
                "how many km of {activity} have i done this week? i want to brag to the boda guys",
                "May you tell me how many kilometres I {past} this week in total?"],
    "workouts_week": ["wiiki eno nkoze dduyiro emirundi emeka?",
                      "workouts ~ this week ~ count",
                      "how many workouts have i done this week? carrying the charcoal sacks doesn't count, i know",
                      "I humbly request to know how many workouts I have done this week."],
    # First and last.
    "first_coffee": ["{day} first kaawa yange yali ku ssaawa mmeka?",
                     "first coffee ~ {day} ~ what time",
                     "what time did i have my first coffee {day}? before the stand opened, i think",
                     "May you tell me at what time I took my first coffee {day}?"],
    "last_coffee": ["{day} last kaawa yange yali ku ssaawa mmeka?",
                    "last coffee ~ {day} ~ what time",
                    "what time was my last coffee {day}? i was still wide awake at midnight",
                    "I wish to enquire at what time I took my last coffee {day}."],
    "first_meeting": ["{day} olukiiko olwasooka lwatandika ku ssaawa mmeka?",
                      "first meeting ~ {day} ~ start time",
                      "what time did my first meeting start {day}? the traffic at Wandegeya always makes me late",
                      "I humbly request to know at what time my first meeting began {day}."],
    "wake": ["{day} nazuukuka ku ssaawa mmeka?",
             "woke up ~ {day} ~ what time",
             "what time did i wake up {day}? the cocks in our compound start at four",
             "May you tell me at what time I woke up {day}?"],
    "bedtime": ["{night} nagenda okwebaka ku ssaawa mmeka?",
                "bed ~ {night} ~ what time",
                "what time did i go to bed {night}? the neighbours had a party with a big speaker",
                "I wish to enquire at what time I went to bed {night}."],
    # Two hops.
    "dinner_on_distance": ["olunaku lwe i {past} {km} km, ekyeggulo nalidde ki?",
                           "supper ~ day i {past} {km} km ~ what food",
                           "what did i eat for supper on the day i {past} {km} km? i must have been starving",
                           "May you tell me what I had for supper on the day that I {past} {km} km?"],
    "meeting_after_workout": ["{day} after my {noun}, olukiiko olwasooka baani abaaliyo?",
                              "first meeting after {noun} ~ {day} ~ who",
                              "who was in my first meeting after the {noun} {day}? i must have been sweating the "
                              "whole time",
                              "I humbly request to know who attended my first meeting after my {noun} {day}."],
    "lunch_on_meeting_day": ["olunaku lwa {title} meeting, ekyemisana nalidde wa?",
                             "lunch place ~ day of {title} ~ where",
                             "where did i have lunch on the day of the {title} meeting? somewhere near the office, "
                             "i bet",
                             "May you inform me where I had lunch on the day of the {title} meeting?"],
    "sleep_after_meeting": ["ekiro oluvannyuma lw'olukiiko lwa {title}, nneebase for how many hours?",
                            "sleep ~ night after {title} ~ how long",
                            "how long did i sleep the night after the {title} meeting? those meetings drain me more "
                            "than the morning rush",
                            "I wish to enquire how long I slept on the night following the {title} meeting."],
    "dinner_on_said_day": ["olunaku {who} lwe yayogera ku {value}, ekyeggulo nalidde ki?",
                           "supper ~ day {who} mentioned {value} ~ what food",
                           "what was my supper on the day {who} told me about {value}? i remember the talk, not "
                           "the food",
                           "May you tell me what I ate for supper on the day {who} mentioned {value} to me?"],
    # Comparisons: both values, and which is more.
    "compare_sleep": ["{n1} ne {n2}, nneebase hours mmeka buli kiro, and which night was longer?",
                      "sleep ~ {n1} ~ {n2} ~ hours each, which longer",
                      "how long did i sleep {n1} and {n2}, and which night was longer? trying to work out why i'm so "
                      "tired at the stand",
                      "May you tell me how long I slept {n1} and {n2}, and which of the two nights was the longer?"],
    "compare_caffeine": ["caffeine {d1} ne {d2}, mg mmeka buli lunaku, and which day had more?",
                         "caffeine ~ {d1} ~ {d2} ~ mg each, which more",
                         "how much caffeine did i have {d1} and {d2}, and which day had more? trying to cut down, "
                         "honestly",
                         "I humbly request to know my caffeine intake in milligrams {d1} and {d2}, and which day had "
                         "the higher."],
    "compare_duration": ["dduyiro {d1} ne {d2}, ddakiika mmeka buli lunaku, and which one was longer?",
                         "workout length ~ {d1} ~ {d2} ~ minutes each, which longer",
                         "how long were my workouts {d1} and {d2}, and which went on longer? my knees have opinions",
                         "May you inform me of the length of my workout {d1} and of the one {d2}, and which lasted "
                         "longer?"],
    "compare_coffee_weeks": ["kaawa: wiiki eno ne wiiki ewedde, ebikopo bimeka buli wiiki, and is this week more?",
                             "coffees ~ this week ~ last week ~ count each, more or fewer",
                             "how many coffees have i had this week and how many last week, is it more this week? i "
                             "lose count at the stand",
                             "I wish to enquire how many cups of coffee I have taken this week and how many last week, "
                             "and whether this week's count is the higher."],
    # Habits: the mean on days with and without, and which way it goes.
    "late_coffee_sleep": ["ku nnaku ze nnywa kaawa at or after {t}, nneebaka kitono? average sleep those nights vs "
                          "the others?",
                          "coffee from {t} on ~ average sleep that night vs other days ~ less",
                          "do i sleep less on nights after days i have a coffee at or after {t}? give me both "
                          "averages, the late flask might be the problem",
                          "May you tell me whether I sleep less after days on which I take coffee at or after {t}, "
                          "with my average sleep after days with and without such coffee?"],
    "late_dinner_sleep": ["bwe ndya ekyeggulo at or after {t}, nneebaka kitono? average sleep with vs without?",
                          "supper starting {t} or later ~ average sleep vs other days ~ less",
                          "when my supper starts at {t} or later, do i sleep less that night? show me the average both "
                          "ways, late suppers are a habit at the stand",
                          "I humbly request to know whether I sleep less on nights when supper began at or after {t}, "
                          "giving the average sleep in both cases."],
    "exercise_sleep": ["ku nnaku ze nkola dduyiro, nneebaka okusinga? average sleep with dduyiro vs without?",
                       "workout days ~ average sleep vs rest days ~ more",
                       "do i sleep longer after days i work out? compare the averages for me, my cousin in Masaka "
                       "swears by it",
                       "May you inform me whether I sleep longer on nights after a workout day, with the average "
                       "sleep after days with and without a workout?"],
    "caffeine_sleep": ["bwe nnywa caffeine {mg} mg oba okusingawo mu lunaku, nneebaka kitono? averages zombi?",
                       "days with {mg} mg caffeine or more ~ average sleep after vs other days ~ less",
                       "do i sleep less after days with at least {mg} mg of caffeine? both averages please, the flask "
                       "is always full",
                       "I wish to enquire whether my sleep is shorter after days on which I take {mg} mg of caffeine "
                       "or more, with the average sleep after those days and after the rest."],
    "exercise_coffee": ["ku nnaku ze nkola dduyiro, nnywa kaawa nnyingi okusinga? average ebikopo per day, with vs "
                        "without?",
                        "coffees per day ~ workout days vs rest days ~ averages, more",
                        "do i drink more coffee on days i work out? give me the average cups for both kinds of day, "
                        "just curious",
                        "May you tell me whether I take more coffee on days with a workout, with the average number "
                        "of cups a day with and without one?"],
    # Follow-ups (the first question is one of the keys above).
    "fu_day_before": ["ate the day before that, ekyemisana kyali ki?",
                      "day before ~ lunch ~ what food",
                      "and what did i have for lunch the day before that? my memory is like a leaking jerrycan",
                      "May you also tell me what I ate for lunch on the day before that?"],
    "fu_meeting_length": ["ate olukiiko olwo lwamala bbanga ki?",
                          "that meeting ~ how long",
                          "and how long did that meeting last? sounds like a long one",
                          "I further wish to know how long that meeting lasted."],
    "fu_other_day": ["ate {day}, nadduka kilomita mmeka?",
                     "run ~ {day} ~ km too",
                     "and how far did i run {day}? i'm trying to see if i'm improving",
                     "May you tell me also how far I ran {day}?"],
    "fu_night_before": ["ate the night before that, nneebase for how long?",
                        "night before ~ sleep ~ how long",
                        "and how long did i sleep the night before that one? i'm sure it was worse",
                        "I further wish to know how long I slept the night before that."],
    "fu_today": ["ate leero? ebikopo bimeka so far?",
                 "coffees ~ today so far ~ count",
                 "and how many coffees so far today? be honest with me",
                 "May you tell me also how many cups of coffee I have taken so far today?"],
    "fu_other_person": ["ate {who}? same thing bambi",
                        "same ~ for {who}",
                        "and what about {who}? i always mix those two up",
                        "May you answer the same question for {who}?"],
}
"""Every question key's templates: the radio producer's, the boda-boda rider's, the rolex seller's, the
headmaster's."""
