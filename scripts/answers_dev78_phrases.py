"""Question phrasings of the answers benchmark's seventy-eighth tuning set, ``dev78`` (docs/benchmarks.md, "Answers").

``dev78`` was the held-out set until 2026-12-05, when, after its measurement at 5740458 (grounded
accuracy 0.648; worst category duration 0.5; unsupported 0.004; abstention 0.909; p95 0.021 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev77``, answers_dev77_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a woman in Sofia who types lower case and switches between English and Bulgarian inside a
  sentence (no earlier set's language), written in Latin letters as Bulgarians type it in chats,
  question words as Bulgarian puts them ("kakvo", "kade", "koga", "kolko", "koy", "koya", "koi",
  "kak", "v kolko chasa", "kolko dalgo"), "zakuska", "obyad" and "vecherya" for the meals, "sreshta"
  for a meeting, "trenirovka" for a workout, "kafe" for coffee, "ne pomnya", "moley" and
  "sashtoto", her follow-ups opened with "a" or "ami" (and what about), and English words where they come
  first to mind;
- a man who types every question as a lower-case note of what he means, an arrow and what he wants
  back ("breakfast {day} => food?", "{title} {day} => attendees?"), his follow-ups the same way
  ("day before => same?");
- a fresco restorer, at work on the Boyana Church's murals and under the vaults of churches in
  Sofia, writing in sentences with capitals, who makes a remark from her working life before or
  after the question (the scaffold and its planks, old plaster and stucco, flaking paint, cotton
  swabs and candle wax, cherubs and angels' wings, painted skies, the dome, the cathedral job to
  come);
- a man who writes formal sentences with formulas of his own: "Might you do me the service of
  ...", "I write to learn ...", "I ask leave to know ...", some closed with "With gratitude, as
  always.", his follow-ups opened with "Continuing in that vein," and "Apropos of the above,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev78 life lives in Europe/Sofia, from Monday 12 May 2036 to 27 May; Bulgaria keeps Eastern
European Time (UTC+2) in winter and summer time (UTC+3) from 30 March to 26 October 2036 (zoneinfo
gives two offsets over all of 2036, and one, UTC+3, over its 16 days, 12 to 27 May, after the change
of 30 March), so no clock changes inside it. Dates are written as people in Bulgaria write them, day
first: with dots, both padded, with the year and the "g." (for "godina", year) Bulgarians put after
it ("12.05.2036 g.") or without the year ("12.05"); with a slash instead, as typed in chats, the day
unpadded and the month padded ("12/05"); or in words, the day, then the month in Bulgarian, lower
case, and the year with its "g." ("12 may 2036 g."). Weekdays are English, left in Bulgarian, lower
case ("ponedelnik", "vtornik", "sryada", "chetvartak", "petak", "sabota", "nedelya"), with
Bulgarian's "v"/"vav" for "on" ("v sryada", "vav vtornik"), or cut to the letters Bulgarian
calendars print ("Pn", "Vt", "Sr", "Cht", "Pt", "Sb", "Nd"). For a day that may lie outside the life
always with the year ("on 12.05.2036 g. (Monday)", "12 may 2036 g., ponedelnik", "v ponedelnik
(12.05.2036 g.)"); for one of the days before yesterday Bulgarian's "on" with the weekday and the
dotted day in brackets ("v sryada (14.05)"), the calendar letters and the slashed day ("on Sr
14/05"), so many days ago with the Bulgarian weekday, the day and the Bulgarian month ("3 days ago,
sryada 14 may") or, two days back, "onzi den" (the day before yesterday) with the dotted day; today
alone, as "dnes" (today) with the calendar letters and the dotted day in brackets, or with the
Bulgarian weekday and the slashed day; yesterday alone, as "vchera" (yesterday) with "on" and the
weekday and the dotted day, or with the calendar letters and the slashed day in square brackets. A
night is named as Bulgarian names it, by the day it runs into ("v noshtta sreshtu vtornik", in the
night towards Tuesday), with its two days dotted in brackets ("v noshtta sreshtu vtornik (12.05 to
13.05)"), or in English from day to day ("the night of 12/05 going into 13/05"); last night alone,
"last night", or as "snoshti" (last night) with the English in brackets.
Workouts are named with places in and around Sofia: Borisova gradina, South Park, the Perlovska
river and Loven park, the roads out to Pancharevo, up Vitosha to Zlatni mostove and round the Iskar
reservoir, the Spartak pool and Pancharevo lake, a studio in Lozenets and one off Vitosha Boulevard,
a bouldering hall in Mladost and a wall in Studentski grad.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ABBR = ("Pn", "Vt", "Sr", "Cht", "Pt", "Sb", "Nd")
"""Weekdays as Bulgarian calendars abbreviate them, in Latin letters."""
BG = ("ponedelnik", "vtornik", "sryada", "chetvartak", "petak", "sabota", "nedelya")
"""Bulgarian weekdays in Latin letters, lower case."""
ON = ("v ponedelnik", "vav vtornik", "v sryada", "v chetvartak", "v petak", "v sabota", "v nedelya")
"""Bulgarian for "on Monday", "on Tuesday", ..."""
MONTHS = ("yanuari", "fevruari", "mart", "april", "may", "yuni", "yuli", "avgust", "septemvri", "oktomvri",
          "noemvri", "dekemvri")
"""Bulgarian months in Latin letters, lower case ("12 may", 12 May)."""

NOUNS = {"run": ("run in Borisova gradina", "run round South Park", "run along the Perlovska river",
                 "run through Loven park"),
         "cycle": ("ride out to Pancharevo", "ride up Vitosha to Zlatni mostove", "ride round the Iskar reservoir"),
         "swim": ("swim at the Spartak pool", "swim in Pancharevo lake"),
         "yoga": ("yoga class at a studio in Lozenets", "yoga hour at a studio off Vitosha Boulevard"),
         "climb": ("session at a bouldering hall in Mladost", "climbing evening at a wall in Studentski grad")}
"""What this set's questions call a workout of each activity: places in and around Sofia."""

PHRASES: dict[str, list[str]] = {
    "book": ["koya kniga mi preporacha {who}? i forgot the title, ne pomnya",
             "book from {who} => title?",
             "Up on the scaffold I read nothing but cracks in old plaster. Which book did {who} want me to pick up?",
             "Might you do me the service of naming the book {who} advised me to read?"],
    "film": ["koy film {who} kaza che tryabva da gledam? for tonight maybe",
             "film {who} pushed => which?",
             "Which film did {who} say I ought to watch? My eyes ache from matching colours on a vault.",
             "I write to learn which film {who} pressed me to see. With gratitude, as always."],
    "offsite": ["kade premestiha offsite-a? {who} kaza, no koy grad sega",
                "offsite moved, says {who} => city?",
                "So {who} says the offsite moved; to which city? I barely come down off the scaffolding these days.",
                "I ask leave to know to which city the offsite was moved, as {who} has it."],
    "restaurant": ["koy restorant predlozhi {who}? iskam da reserve a table",
                   "restaurant idea from {who} => name?",
                   "What was the place {who} thought we should eat at? I get hungry after a day of fixing stucco.",
                   "Might you do me the service of recalling which restaurant {who} put forward?"],
    "flight": ["v kolko chasa kaca samoleta na {who}? shte hodya na letishteto",
               "landing, flight of {who} => time?",
               "At what hour does the flight {who} is on come down? I must climb off the scaffold in time to drive "
               "out.",
               "I write to learn when the aeroplane carrying {who} is expected to land. With gratitude, as always."],
    "dog": ["kak se kazva novoto kuche na {who}? so sweet, no imeto mi izbyaga",
            "dog {who} just got => name?",
            "The new dog {who} got, what answers to which name? It would look fine painted in a corner of a fresco.",
            "I ask leave to know by what name the dog {who} has just acquired is called."],
    "launch": ["za koga otlozhiha {project} launch-a? {who} kaza, che pak se mesti",
               "{project} launch per {who} => new date?",
               "The {project} launch slid again, says {who}; to what date? Restorers know all about dates that "
               "slide.",
               "Might you do me the service of stating the new date, as {who} gives it, for the {project} launch?"],
    "age": ["na kolko stava dashterya na {who}? need a gift, moley",
            "daughter of {who} => turning how old?",
            "How old will the daughter of {who} be now? I might paint her a little cherub on a tile.",
            "I write to learn what age the daughter of {who} is about to reach."],
    "podcast": ["koy podkast mi preporacha {who}? for the drive do Vitosha",
                "podcast tip from {who} => which?",
                "Something to play while I clean a vault with cotton swabs: what podcast did {who} tell me about?",
                "I ask leave to know which podcast {who} commended to me. With gratitude, as always."],
    "breakfast_food": ["kakvo yadoh na zakuska {day}? ne pomnya nishto, honestly",
                       "breakfast {day} => food?",
                       "I was at the Boyana Church before eight. Breakfast {day}, tell me what it was.",
                       "Might you do me the service of telling me what my breakfast was {day}?"],
    "lunch_food": ["kakvo yadoh na obyad {day}? full chaos that day",
                   "lunch {day} => food?",
                   "A whole patch of painted sky got consolidated before noon. Which food made up my midday meal "
                   "{day}?",
                   "I write to learn the contents of my lunch {day}."],
    "dinner_food": ["kakvo vecheryah {day}? i really ne pomnya",
                    "dinner {day} => food?",
                    "I cleaned old wax off the walls until dark; so what was my dinner {day}?",
                    "I ask leave to know what I had for my dinner {day}. With gratitude, as always."],
    "lunch_place": ["kade obyadvah {day}? myastoto beshe hubavo",
                    "lunch {day} => where?",
                    "Lunch {day}: where did I take it? Somewhere close to the church, I suspect.",
                    "Might you do me the service of telling me the place where I lunched {day}?"],
    "dinner_place": ["kade vecheryah {day}? iskam pak da otida, it was great",
                     "dinner {day} => where?",
                     "Which place served me dinner {day}? I came straight from the scaffold with plaster in my hair.",
                     "I write to learn where I dined {day}. With gratitude, as always."],
    "workout_kind": ["kakva trenirovka napravih {day}? tichane or something else",
                     "workout {day} => type?",
                     "What kind of exercise did I get {day}? Kneeling under a vault all day is not enough.",
                     "I ask leave to know which sort of workout I did {day}."],
    "heart_rate": ["kakav mi beshe sredniyat pulse during the {noun} {day}? bpm, moley",
                   "{noun} {day} => avg bpm?",
                   "My average heart rate on the {noun} {day}, what was it? Far steadier on the scaffold, I bet.",
                   "Might you do me the service of stating my mean heart rate over the {noun} {day}?"],
    "sleep_quality": ["kak spah {night}? dobre ili zle, just that",
                      "sleep {night} => good/bad?",
                      "Good sleep or bad sleep {night}, which was it? A flaking fresco in the nave kept me thinking.",
                      "I write to learn whether I slept well or badly {night}."],
    "sleep_night": ["kolko chasa spah {night}? chuvstvam se totally dead",
                    "sleep {night} => hours?",
                    "The cathedral job starts next month and I lie awake over it. Give me the hours I slept {night}.",
                    "I ask leave to know how many hours of sleep I had {night}. With gratitude, as always."],
    "exercise_duration": ["kolko dalgo trayaha my {noun} {day}? v minuti, moley",
                          "{noun} {day} => minutes?",
                          "The {noun} {day} took me how many minutes? Less than one square of plaster, I hope.",
                          "Might you do me the service of telling me the length of the {noun} {day}?"],
    "meeting_duration": ["kolko trayala sreshtata {title} {day}? it never ended",
                         "{title} {day} => duration?",
                         "The {title} meeting {day} dragged on for how long? I could have stabilised a whole panel "
                         "in it.",
                         "I write to learn for how long the {title} meeting ran {day}."],
    "distance_run": ["kolko km izticah {day}? obshto, total",
                     "run {day} => km?",
                     "Tell me the running distance I did {day}. The knees suffer on the scaffold, so running "
                     "matters.",
                     "I ask leave to know what running distance, in kilometres, stands in my record {day}."],
    "distance_cycle": ["kolko km karah kolelo {day}? more or less, okolo",
                       "cycling {day} => km?",
                       "Give me the kilometres on the bike {day}. Sometimes I ride out to a village chapel to look "
                       "at its walls.",
                       "Might you do me the service of stating how far I rode my bicycle {day}?"],
    "distance_swim": ["kolko pluvah {day}? total distance, moley",
                      "swim {day} => distance?",
                      "My swim {day} covered what distance? Water washes the plaster dust out of me.",
                      "I write to learn how great a distance I swam {day}. With gratitude, as always."],
    "attendees": ["koi byaha na sreshtata {title} {day}? no idea koy doyde",
                  "{title} {day} => attendees?",
                  "Which people turned up to the {title} meeting {day}? I arrived late, paint on both cuffs.",
                  "I ask leave to know whose names appear among those at the {title} meeting {day}."],
    "coffee_count": ["kolko kafeta izpih {day}? a lot, bas sam siguren",
                     "coffees {day} => count?",
                     "Count my coffees {day} for me. There is always a flask on the scaffold plank.",
                     "Might you do me the service of counting the coffees I had {day}?"],
    "caffeine": ["kolko kofein imah {day}, mg obshto?",
                 "caffeine {day} => mg?",
                 "Caffeine {day}: what was my total in mg? A shaky brush ruins a painted eyelid.",
                 "I write to learn my whole intake of caffeine {day}, stated in milligrams."],
    "meeting_count": ["kolko sreshti imah {day}? the calendar beshe pulen",
                      "meetings {day} => count?",
                      "Meetings {day}, how many of them was I stuck in? Each one kept me off the walls.",
                      "I ask leave to know the number of meetings I attended {day}. With gratitude, as always."],
    "km_week": ["kolko km {activity} sam napravil ot ponedelnik? za tazi sedmica",
                "{activity} this week => km?",
                "How many km of {activity} have I got in since Monday? Bending under a vault gives me a stiff back.",
                "Might you do me the service of adding up the kilometres of {activity} I have done this week?"],
    "workouts_week": ["kolko trenirovki imam tazi sedmica dosega? samo chisloto, moley",
                      "workouts this week => count?",
                      "This week so far, how many workouts have I squeezed in? The church keeps me busier than I "
                      "like.",
                      "I write to learn the tally of my workouts since this week began."],
    "first_coffee": ["v kolko chasa izpih parvoto kafe {day}? samo chasa",
                     "first coffee {day} => time?",
                     "My first coffee {day}, at what time was it? Usually before I climb up to the dome.",
                     "I ask leave to know when the day's opening cup of coffee was drunk {day}."],
    "last_coffee": ["koga beshe poslednoto mi kafe {day}? samo chasa, please",
                    "last coffee {day} => time?",
                    "The final coffee of my day {day}, what time? Too late and my retouching goes wobbly.",
                    "Might you do me the service of telling me when I drank my final coffee {day}? With gratitude, "
                    "as always."],
    "first_meeting": ["v kolko zapochna parvata sreshta {day}? kogato started, samo tova",
                      "first meeting {day} => start?",
                      "What time did my earliest meeting start {day}? I was still mixing plaster for a patch.",
                      "I write to learn the starting time of the earliest meeting I had {day}."],
    "wake": ["v kolko chasa se sabudih {day}? tochno, exact time",
             "woke {day} => time?",
             "My waking hour {day}, what was it? Early, I think; the light on the north wall is best at dawn.",
             "I ask leave to know the time at which I woke {day}."],
    "bedtime": ["v kolko si legnah {night}? byah mnogo umorena",
                "bedtime {night} => time?",
                "Sketching a missing angel's wing kept me up. At what time was I in bed {night}?",
                "Might you do me the service of telling me when I retired to bed {night}?"],
    "dinner_on_distance": ["kakvo vecheryah the day I {past} {km} km? tozi den",
                           "dinner, day I {past} {km} km => food?",
                           "The day I {past} {km} km, what did I eat for dinner? I restore better after a long one.",
                           "I write to learn which dishes I dined on the day when I {past} {km} km."],
    "meeting_after_workout": ["koi byaha na sreshtata right after my {noun} {day}?",
                              "meeting straight after {noun} {day} => who?",
                              "There was a meeting just after my {noun} {day}; who was in it? I still had plaster "
                              "under my nails.",
                              "I ask leave to know the company at the meeting I went to once my {noun} {day} was "
                              "over."],
    "lunch_on_meeting_day": ["kade obyadvah v denya, kogato beshe {title} meeting?",
                             "lunch, {title} day => where?",
                             "The day the {title} meeting was held, which place fed me at lunch? I left the church "
                             "for it, that much I know.",
                             "Might you do me the service of telling me where I lunched on the day the {title} "
                             "meeting took place?"],
    "sleep_after_meeting": ["kolko chasa spah the night after {title} sreshtata?",
                            "sleep, night after {title} => hours?",
                            "The {title} meeting ran so long I missed the good light. That night, how many hours did "
                            "I sleep?",
                            "I write to learn the length of my sleep on the night after the {title} meeting, in "
                            "hours."],
    "dinner_on_said_day": ["kakvo vecheryah v denya, kogato {who} mentioned {value}?",
                           "dinner, day {who} mentioned {value} => food?",
                           "On the day {who} talked about {value}, what did I have for dinner? That week I was "
                           "cleaning candle wax off a side chapel's walls.",
                           "I ask leave to know the dinner I had on that day when {who} spoke of {value}."],
    "compare_sleep": ["koya nosht spah poveche, {n1} ili {n2}? and the hours za vsyaka",
                      "sleep {n1} vs {n2} => longer, hours?",
                      "Which night gave me more sleep, {n1} or {n2}, and how many hours each? Tired eyes miss "
                      "hairline cracks.",
                      "Might you do me the service of comparing my sleep {n1} and {n2}, naming the longer and the "
                      "hours of each?"],
    "compare_caffeine": ["v koy den imah poveche kofein, {d1} ili {d2}? mg za vseki",
                         "caffeine {d1} vs {d2} => more, mg?",
                         "Coffee and a fine retouching brush do not get along. Was {d1} or {d2} my heavier caffeine "
                         "day, and by how many mg each?",
                         "I write to learn on which day, {d1} or {d2}, I took in more caffeine, with the amount for "
                         "each."],
    "compare_duration": ["koya trenirovka beshe po-dalga, {d1} ili {d2}? minutite i na dvete",
                         "workout {d1} vs {d2} => longer, minutes?",
                         "Which workout lasted longer, the one {d1} or the one {d2}, and by the minutes each? I log "
                         "my retouching hours the same way.",
                         "I ask leave to know whether the workout {d1} or the one {d2} was longer, with the minutes "
                         "of each."],
    "compare_coffee_weeks": ["pia li poveche kafe tazi sedmica than last week? more ili less",
                             "coffee this week vs last => more/less?",
                             "Is my coffee drinking up on last week's? The flask on the scaffold empties fast.",
                             "Might you do me the service of telling me whether my coffee this week exceeds that of "
                             "last week?"],
    "late_coffee_sleep": ["spya li po-malko, ako pia kafe v {t} or later?",
                          "coffee {t} or later vs sleep => less?",
                          "Does coffee at {t} or later cut my sleep short? Some evenings I stay on to finish a face.",
                          "I write to learn if coffee taken at {t} or later leaves me with a shorter night."],
    "late_dinner_sleep": ["spya li po-malko, ako vecheryam v {t} or later?",
                          "dinner {t} or later vs sleep => less?",
                          "When dinner is at {t} or later, do I sleep less? Late shifts in the church push it back.",
                          "I ask leave to know if a dinner at {t} or later costs me sleep."],
    "exercise_sleep": ["spya li poveche sled dni s trenirovka than after rest days?",
                       "sleep, workout days vs rest days => longer?",
                       "Do workout days give me longer sleep than rest days? Kneeling on planks does not tire me the "
                       "right way.",
                       "Might you do me the service of telling me whether I sleep longer after days with a workout "
                       "than after days without?"],
    "caffeine_sleep": ["kak spya sled dni s {mg} mg kofein or more, compared to drugite dni?",
                       "sleep after {mg} mg caffeine days vs others => how?",
                       "On days with {mg} mg of caffeine or more, how does my sleep hold up against other days? My "
                       "brush hand tells me plenty.",
                       "I write to learn how my sleep after days of {mg} mg of caffeine or more compares with my "
                       "sleep after the rest."],
    "exercise_coffee": ["pia li poveche kafe v dni s trenirovka than on rest days?",
                        "coffees, workout days vs rest days => more?",
                        "Do I drink more coffee on days I train than on days I rest? The flask goes up the ladder "
                        "with me regardless.",
                        "I ask leave to know whether I drink more coffee on workout days than on days of rest."],
    "fu_day_before": ["a predishniya den?",
                      "day before => same?",
                      "And the day before that, the same question? My days on the scaffold run together.",
                      "Continuing in that vein, might you do me the service of the same for the day before?"],
    "fu_meeting_length": ["a kolko trayala tazi meeting?",
                          "that meeting => length?",
                          "That meeting, what was its length? Long enough to clean a whole cherub, I would say.",
                          "Apropos of the above, I write to learn how long that meeting lasted."],
    "fu_other_day": ["ami {day}? sashtoto question",
                     "again, {day} => ?",
                     "Would you answer the same for {day}? One more date, like one more square of wall.",
                     "Continuing in that vein, I ask leave to know the same {day}."],
    "fu_night_before": ["a noshtta predi tova? sashtoto",
                        "night before => same?",
                        "The night before that one, same question? I was fretting over a cracked vault then.",
                        "Apropos of the above, might you do me the service of the same for the night before?"],
    "fu_today": ["a dnes, dosega?",
                 "today so far => same?",
                 "Same for today, as far as it goes? I have been on the scaffold since seven.",
                 "Continuing in that vein, I write to learn the same for today thus far."],
    "fu_other_person": ["ami {who}? sashtoto",
                        "same for {who} => ?",
                        "The same question about {who}? Just put the other name in.",
                        "Apropos of the above, I ask leave to know the same concerning {who}."],
}
"""Every question key's templates: the mixed writer's, the arrow writer's, the restorer's, the formal
writer's."""


def _dot(day: date, year: bool = False) -> str:
    """Day first, both padded, as Bulgarians write them ("12.05", "12.05.2036 г.")."""
    return f"{day.day:02d}.{day.month:02d}" + (f".{day.year} g." if year else "")


def _slash(day: date) -> str:
    """Day first with a slash, as typed in chats, the month padded ("12/05")."""
    return f"{day.day}/{day.month:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"on {_dot(day, year=True)} ({WEEKDAYS[wd]})",
                f"{day.day} {MONTHS[day.month - 1]} {day.year} g., {BG[wd]}",
                f"{ON[wd]} ({_dot(day, year=True)})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"dnes ({ABBR[wd]}, {_dot(day)})", f"today, {BG[wd]} {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"vchera, {ON[wd]} {_dot(day)}", f"yesterday [{ABBR[wd]} {_slash(day)}]"]
    options = [f"{ON[wd]} ({_dot(day)})", f"on {ABBR[wd]} {_slash(day)}",
               f"{back} days ago, {BG[wd]} {day.day} {MONTHS[day.month - 1]}"]
    if back == 2:
        options.append(f"onzi den ({_dot(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"v noshtta sreshtu {BG[after.weekday()]} ({_dot(day)} to {_dot(after)})",
               f"the night of {_slash(day)} going into {_slash(after)}"]
    if (today - day).days == 1:
        options += ["last night", "snoshti (last night)"]
    return options
