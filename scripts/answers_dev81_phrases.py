"""Question phrasings of the answers benchmark's eighty-first tuning set, ``dev81`` (docs/benchmarks.md, "Answers").

``dev81`` was the held-out set until 2026-12-05, when, after its measurement at b3359fa (grounded
accuracy 0.629; worst category follow_up 0.273; unsupported 0.0; abstention 0.818; p95
0.02 s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev80``, answers_dev80_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young architect at a studio in Savamala who types lower case and switches between English and
  Serbian inside a sentence (no earlier set's language), Serbian in Latin letters typed as it is in
  chats, without its diacritics ("sta", "gde", "kad", "koliko", "koji", "ko", "kako", "da li"),
  "dorucak", "rucak" and "vecera" for the meals, "sastanak" for a meeting, "trening" for a workout,
  "kafa" for coffee, "ne secam se", "molim te" and "isto pitanje", her follow-ups opened with "i"
  (and) or "isto" (the same), and English words where they come first to mind;
- a man who types every question tersely as a quoted line: a "> " first, then the thing asked in a
  few words, lower case, a comma and what he wants of it ("> breakfast {day}, what food?"), his
  follow-ups the same way ("> same, day before?");
- a bookbinder with a bindery in Dorćol, writing in sentences with capitals, who makes a remark from
  his working life before or after the question (the sewing frame and signatures, the press, paste
  and glue, leather and buckram, gold leaf, spines, endpapers, marbled covers);
- a man who writes formal sentences with formulas of his own: "I pray you to ...", "I would fain
  learn ...", "Vouchsafe to ...", some closed with "Your servant ever.", his follow-ups opened with
  "Moreover," and "Furthermore,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev81 life lives in Europe/Belgrade, from Monday 2 June 2036 to 17 June; Serbia keeps Central
European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October 2036 (zoneinfo
gives two offsets over all of 2036, and one, UTC+2, over its 16 days, 2 June to 17 June, after the
change of 30 March), so no clock changes inside it. Dates are written as people in Serbia write
them: day first, with dots, both padded, the year closed by a dot of its own ("02.06.2036."), or the
day and month alone the same way ("02.06."); in words, the day with its ordinal dot, the month in
Serbian's genitive, lower case, and the year with its dot ("2. juna 2036."), or without the year
("2. juna"); and, as typed in English chats, day first with a slash, both padded ("02/06"). Weekdays
are English, left in Serbian, lower case ("ponedeljak", "utorak", "sreda", "četvrtak", "petak",
"subota", "nedelja"), in Serbian's "on" with the accusative ("u ponedeljak", on Monday, "u sredu",
on Wednesday), or cut to the three letters Serbian calendars print ("pon", "uto", "sre", "čet",
"pet", "sub", "ned"). For a day that may lie outside the life always with the year ("on 02.06.2036.
(ponedeljak)", "u ponedeljak (2. juna 2036.)", "02.06.2036. (pon)"); for one of the days before
yesterday the Serbian "on" with the short date in brackets ("u sredu (04.06.)"), the calendar
letters and the slashed day ("on sre 04/06"), so many days back in Serbian with the weekday and the
day in words in brackets ("pre 3 dana (sreda, 4. juna)") or, two days back, "prekjuče" (the day
before yesterday) with the short date; today alone, as "danas" (today) with the calendar letters and
the short date in brackets, or with the Serbian weekday and the slashed day in brackets; yesterday
alone, as "juče" (yesterday) with the Serbian "on" and the day in words in brackets, or with the
calendar letters and the slashed day in brackets. A night is named as Serbian names it, the night
between the day it starts on and the day it ends on ("noć između ponedeljka i utorka", the night
between Monday and Tuesday), with its two short dates in brackets ("noć između ponedeljka i utorka
(02.06.-03.06.)"), or in English with its two slashed days joined by a dash ("the 02/06-03/06
night"); last night alone, "last night", or as "sinoć" (last night) with the English in brackets.
Workouts are named with places in and around Belgrade: Ada Ciganlija, the Sava quay, Košutnjak and
the Danube quay at Zemun, the roads out to Avala and to Zemun and round Ada, the pool at Tašmajdan and
the lake at Ada, a studio in Vračar and one in Dorćol, a bouldering gym in Novi Beograd and a wall on
Zvezdara.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ABBR = ("pon", "uto", "sre", "čet", "pet", "sub", "ned")
"""Weekdays as Serbian calendars abbreviate them."""
SR = ("ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja")
"""Serbian weekdays, lower case, in Latin letters."""
ON = ("u ponedeljak", "u utorak", "u sredu", "u četvrtak", "u petak", "u subotu", "u nedelju")
"""Serbian for "on Monday", "on Tuesday", ... (the accusative after "u")."""
BETWEEN = ("ponedeljka", "utorka", "srede", "četvrtka", "petka", "subote", "nedelje")
"""The days a night lies between, after "između" (the genitive)."""
MONTHS = ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra",
          "novembra", "decembra")
"""Serbian months in the genitive, lower case, as dates write them ("2. juna", 2 June)."""

NOUNS = {"run": ("run on Ada Ciganlija", "run along the Sava quay", "run in Košutnjak",
                 "run by the Danube at Zemun"),
         "cycle": ("ride out to Avala", "ride to Zemun and back", "ride round Ada"),
         "swim": ("swim at the Tašmajdan pool", "swim in the lake at Ada"),
         "yoga": ("yoga class at a studio in Vračar", "yoga session at a studio in Dorćol"),
         "climb": ("session at a bouldering gym in Novi Beograd", "climbing evening at a wall on Zvezdara")}
"""What this set's questions call a workout of each activity: places in and around Belgrade."""

PHRASES: dict[str, list[str]] = {
    "book": ["koju knjigu mi je {who} preporucio/la, what was the title again?",
             "> book tip from {who}, title?",
             "Which book was it that {who} pressed on me? I spent the morning sewing signatures for a thesis and my "
             "head is all thread.",
             "I pray you to name the book that {who} bade me read. Your servant ever."],
    "film": ["koji film je {who} rekao da obavezno pogledam? hocu ga za vikend",
             "> film {who} pushed on me, which?",
             "The film {who} told me I must see, what was its name? I could use a night away from the glue pot.",
             "I would fain learn which picture {who} urged upon me."],
    "offsite": ["u koji grad su prebacili offsite, po onome sto je {who} rekao?",
                "> offsite, moved to which city per {who}?",
                "Going by {who}, to which city has the offsite gone? I have a run of ledgers to finish before any "
                "trip.",
                "Vouchsafe to tell me to what city the offsite has been shifted, on the word of {who}."],
    "restaurant": ["kako se zove onaj restoran sto ga je {who} predlozio/la? the name je nestao iz glave",
                   "> restaurant name, {who}'s pick?",
                   "What was the name of the place to eat that {who} suggested? My fingers smell of paste, so "
                   "somewhere with a sink.",
                   "I pray you to recall the restaurant which {who} was pleased to propose."],
    "flight": ["u koliko sati slece avion od {who}? treba da idem po njih na aerodrom",
               "> {who}'s plane, lands when?",
               "I will have to leave a book in the press to go and meet them. When is the flight of {who} due down?",
               "I would fain learn at what hour the aircraft bearing {who} is to touch down. Your servant ever."],
    "dog": ["kako su nazvali novog psa, {who} i ekipa? the puppy, znas",
            "> {who}'s new dog, name?",
            "By what name does the new dog of {who} go? Ours once chewed the corner off a half-calf binding.",
            "Vouchsafe to tell me the name given by {who} to the hound lately come into that household."],
    "launch": ["za kad je pomeren {project} launch? {who} je rekao/la novi datum",
               "> {project} launch, new date per {who}?",
               "Per {who}, what date has the {project} launch slipped to? Deadlines slide in my trade too, when the "
               "leather comes late.",
               "I pray you to state the day to which the {project} launch now stands put off, as {who} reports it."],
    "age": ["koliko godina puni cerka od {who}? hocu da kupim poklon",
            "> age {who}'s daughter turns next?",
            "I am binding a little album for her birthday. Which birthday is the daughter of {who} coming up to?",
            "I would fain learn what age the daughter of {who} is next to attain."],
    "podcast": ["koji podcast mi je {who} preporucio/la? za voznju busom",
                "> podcast rec from {who}, which?",
                "Something to hear while the press does its work: which podcast did {who} point me to?",
                "Vouchsafe to remind me which podcast {who} was good enough to commend. Your servant ever."],
    "breakfast_food": ["sta sam uopste doruckovala {day}? ne secam se",
                       "> breakfast {day}, what food?",
                       "Between the folding and the sewing, what went into my breakfast {day}?",
                       "I pray you to tell me what made up my breakfast {day}."],
    "lunch_food": ["sta sam imala za rucak {day}? something quick verovatno",
                   "> lunch {day}, what did I eat?",
                   "Lunch {day}, what was on my plate by the nipping press?",
                   "I would fain learn what I ate at the midday meal {day}. Your servant ever."],
    "dinner_food": ["sta je bilo za veceru {day}? tell me the dishes",
                    "> dinner {day}, food?",
                    "What was my dinner made of {day}? By evening my eyes are full of gold leaf and little else.",
                    "Vouchsafe to tell me the fare of my dinner {day}."],
    "lunch_place": ["gde sam rucala {day}? koje mesto, the name",
                    "> lunch {day}, where?",
                    "Where did I get away to for lunch {day}? Not the bindery, I hope, with all that glue about.",
                    "I pray you to name the place where I took my lunch {day}."],
    "dinner_place": ["gde sam vecerala {day}? ime mesta molim te",
                     "> dinner {day}, which place?",
                     "Where was it I ate my dinner {day}? I locked up the workshop late and cannot place it.",
                     "I would fain learn the place of my supper {day}. Your servant ever."],
    "workout_kind": ["koji trening sam radila {day}? run, bike, sta vec",
                     "> workout {day}, what kind?",
                     "What sort of exercise got me off my stool {day}? My back wants something after hours bent over "
                     "the sewing frame.",
                     "Vouchsafe to tell me of what kind my exercise was {day}."],
    "heart_rate": ["koliki mi je bio average puls tokom {noun} {day}? u bpm",
                   "> avg heart rate, {noun} {day}?",
                   "Rounding a spine with the hammer keeps my pulse low. What did it average over the {noun} {day}?",
                   "I pray you to give me the mean beat of my heart during the {noun} {day}."],
    "sleep_quality": ["da li sam dobro spavala {night} ili lose? budi iskrena",
                      "> sleep {night}, good or poor?",
                      "Once the press was locked, did I sleep well or poorly {night}? I dreamt of endpapers that "
                      "would not lie flat.",
                      "I would fain learn whether my rest {night} was sound or broken."],
    "sleep_night": ["koliko sati sna sam imala {night}? in hours",
                    "> sleep {night}, hours?",
                    "A book under weights needs a full night, and so do I. How many hours did the tracker give me "
                    "{night}?",
                    "Vouchsafe to tell me for how many hours I slept {night}. Your servant ever."],
    "exercise_duration": ["koliko minuta je trajao {noun} {day}?",
                          "> {noun} {day}, minutes?",
                          "How many minutes went on the {noun} {day}? About as long as a coat of paste takes to go "
                          "tacky, I would say.",
                          "I pray you to reckon the minutes given to the {noun} {day}."],
    "meeting_duration": ["koliko je trajao {title} sastanak {day}? delovao je beskrajno",
                         "> {title} meeting {day}, how long?",
                         "How long was the {title} meeting {day}, start to finish? I had a headband half sewn when "
                         "it started.",
                         "I would fain learn the length of the {title} meeting {day}."],
    "distance_run": ["koliko sam km istrcala {day}? approx je ok",
                     "> run {day}, km?",
                     "I measure boards in millimetres all day, so give me kilometres: how far did my feet take me on "
                     "the run {day}?",
                     "Vouchsafe to tell me the distance of my run {day}."],
    "distance_cycle": ["koliko sam km presla biciklom {day}? the whole ride",
                       "> bike {day}, distance?",
                       "I took the bicycle to fetch a roll of buckram. How many kilometres did I pedal {day}?",
                       "I pray you to state how far I went on the bicycle {day}. Your servant ever."],
    "distance_swim": ["koliko metara ili km sam preplivala {day}? svejedno koja jedinica",
                      "> swim {day}, how far?",
                      "How far did my swim take me {day}? Water is the enemy of paper, but not of me.",
                      "I would fain learn the length of water I swam {day}."],
    "attendees": ["ko je sve bio na {title} sastanku {day}? the list",
                  "> {title} meeting {day}, who attended?",
                  "Who was round the cutting table, so to speak, at the {title} meeting {day}? I was picking gold "
                  "leaf off my sleeve and missed the faces.",
                  "Vouchsafe to name the persons present at the {title} meeting {day}."],
    "coffee_count": ["koliko kafa sam popila {day}?",
                     "> coffees {day}, how many?",
                     "How many coffees did the bindery's kettle make for me {day}? Each cup sits well clear of the "
                     "paper, mind.",
                     "I pray you to tally the coffees I took {day}."],
    "caffeine": ["koliko mg kofeina sam unela {day}? ukupno",
                 "> caffeine total {day}, mg?",
                 "What was my caffeine in milligrams {day}? Long sewing sessions call for it.",
                 "I would fain learn the sum of my caffeine {day}, in milligrams. Your servant ever."],
    "meeting_count": ["koliko sam imala sastanaka {day}?",
                      "> meetings {day}, count?",
                      "How many meetings ate into my day {day}? Every one of them kept me from the bench.",
                      "Vouchsafe to tell me the number of my meetings {day}."],
    "km_week": ["koliko km {activity} sam skupila od ponedeljka? this week do sada",
                "> {activity} km since monday?",
                "How many kilometres of {activity} have I put in since Monday? More than the bindery's whole stock "
                "of thread, I hope.",
                "I pray you to sum what kilometres of {activity} stand to my name since Monday."],
    "workouts_week": ["koliko treninga sam imala ove nedelje? so far, ukupno",
                      "> workouts this week, how many?",
                      "How many workouts stand to my name this week? Folding and pressing does not count, sadly.",
                      "I would fain learn how many exercise sessions I have had this week. Your servant ever."],
    "first_coffee": ["u koliko sam popila prvu kafu {day}?",
                     "> first coffee {day}, time?",
                     "When did the first coffee of the day reach me {day}? Before I opened the shutters, no doubt.",
                     "Vouchsafe to tell me at what hour the first coffee passed to me {day}."],
    "last_coffee": ["kad je bila poslednja kafa {day}? vreme",
                    "> last coffee {day}, when?",
                    "At what time did the last coffee of the day reach me {day}? I was trimming edges well into the "
                    "evening.",
                    "I pray you to give the hour of my final coffee {day}."],
    "first_meeting": ["kad je poceo prvi sastanak {day}? u koliko",
                      "> first meeting {day}, start time?",
                      "At what hour did the first meeting of my day begin {day}? I had glue drying and could not "
                      "leave it.",
                      "I would fain learn the hour at which my earliest meeting commenced {day}."],
    "wake": ["u koliko sati sam ustala {day}? the alarm ne pamtim",
             "> woke up {day}, what time?",
             "The press screw wants turning first thing. What o'clock had it gone when I woke up {day}?",
             "Vouchsafe to tell me the hour of my waking {day}. Your servant ever."],
    "bedtime": ["kad sam legla {night}? koliko je bilo sati",
                "> bed {night}, what time?",
                "What time did I put the lamp out and turn in {night}? I was finishing a marbled cover.",
                "I pray you to tell me the hour at which I laid myself down {night}."],
    "dinner_on_distance": ["sta je bilo za veceru tog dana kad sam {past} {km} km? I was starving",
                           "> dinner, day I {past} {km} km?",
                           "That was a long one. The day I {past} {km} km, what made up my dinner?",
                           "I would fain learn what I dined on the day that I {past} {km} km."],
    "meeting_after_workout": ["ko je bio na sastanku odmah posle {noun} {day}? names",
                              "> meeting right after {noun} {day}, who?",
                              "Who sat in on the meeting straight after my {noun} {day}? I came in still smelling of "
                              "leather.",
                              "Vouchsafe to name those who attended the meeting that came next after my {noun} "
                              "{day}."],
    "lunch_on_meeting_day": ["gde sam rucala onog dana kad je bio {title} sastanak?",
                             "> lunch place, day of {title}?",
                             "On the day of the {title} meeting, where did I go for my lunch? I had a rush order of "
                             "menus that week.",
                             "I pray you to name where I took lunch on the day of the {title} meeting. Your servant "
                             "ever."],
    "sleep_after_meeting": ["koliko sam spavala one noci posle {title} sastanka? sati",
                            "> sleep night after {title}, hours?",
                            "How many hours did I sleep the night after the {title} meeting? I lay awake counting "
                            "signatures.",
                            "I would fain learn the hours of my sleep on the night that followed the {title} "
                            "meeting."],
    "dinner_on_said_day": ["sta sam vecerala onog dana kad je {who} pomenuo/la {value}?",
                           "> dinner, day {who} mentioned {value}?",
                           "{who} mentioned {value} one day while I was gluing up. What was on my dinner plate that "
                           "day?",
                           "Vouchsafe to tell me what I dined on the day when {who} made mention of {value}."],
    "compare_sleep": ["kad sam duze spavala, {n1} ili {n2}? i koliko sati svaki put",
                      "> sleep {n1} vs {n2}, longer + hours each?",
                      "Which was the longer sleep, {n1} or {n2}, and how many hours did each give me? Both followed "
                      "long days at the bench.",
                      "I pray you to say whether I slept longer {n1} or {n2}, stating the hours of each."],
    "compare_caffeine": ["kad sam unela vise kofeina, {d1} ili {d2}? daj mi mg for both",
                         "> caffeine {d1} vs {d2}, more + mg each?",
                         "Which day had more caffeine in it, {d1} or {d2}, and what were the milligrams of each? One "
                         "of them was a rush binding.",
                         "I would fain learn on which of {d1} and {d2} I took more caffeine, with the milligrams of "
                         "both. Your servant ever."],
    "compare_duration": ["koji trening je bio duzi, {d1} ili {d2}? minuti za oba",
                         "> workout {d1} vs {d2}, longer + minutes each?",
                         "Was my workout {d1} or {d2} the longer, and by the minutes of each? I fitted both round "
                         "the press.",
                         "Vouchsafe to tell me whether the exercise {d1} or {d2} lasted longer, with the minutes of "
                         "each."],
    "compare_coffee_weeks": ["da li pijem vise ili manje kafe ove nedelje nego prosle?",
                             "> coffee this week vs last, more or less?",
                             "This week against last, am I drinking more coffee or less? A big order of case-bound "
                             "theses came in.",
                             "I pray you to tell me whether my coffee this week runs above or beneath that of the "
                             "week before."],
    "late_coffee_sleep": ["da li spavam manje kad popijem kafu u {t} ili kasnije?",
                          "> coffee at {t} or later, less sleep?",
                          "Late coffee keeps me at the bench. Do I sleep less when I have it at {t} or later?",
                          "I would fain learn whether coffee drunk at {t} or after cuts short my sleep."],
    "late_dinner_sleep": ["da li manje spavam kad veceram u {t} ili kasnije? asking for science",
                          "> dinner at {t} or later, shorter sleep?",
                          "Some evenings I eat only once the last cover is in the press. Does dinner at {t} or later "
                          "shorten my sleep?",
                          "Vouchsafe to tell me whether supper at {t} or later leaves me less sleep. Your servant "
                          "ever."],
    "exercise_sleep": ["da li spavam duze danima kad imam trening nego kad nemam?",
                       "> workout days vs rest days, sleep longer?",
                       "Is my sleep longer after a workout day than after a day of only the bench? The bench alone "
                       "never tires me enough.",
                       "I pray you to say whether I rest longer on nights after exercise than on nights after days "
                       "without it."],
    "caffeine_sleep": ["kako spavam posle dana sa {mg} mg kofeina ili vise, u poredjenju sa ostalim danima?",
                       "> sleep after {mg}+ mg caffeine days vs others?",
                       "Rush orders mean strong coffee. How does my sleep after days with {mg} mg of caffeine or "
                       "more stack up against the other days?",
                       "I would fain learn in what way my sleep after days of {mg} mg of caffeine or more differs "
                       "from that after the rest."],
    "exercise_coffee": ["da li pijem vise kafe danima kad treniram nego kad ne treniram?",
                        "> coffee, workout days vs rest days, more?",
                        "Do I drink more coffee on days I exercise than on days I do not? I keep the cup on a shelf "
                        "well away from the paper.",
                        "Vouchsafe to tell me whether I drink more coffee on the days I exercise than on those I "
                        "rest."],
    "fu_day_before": ["i dan pre toga? isto pitanje",
                      "> same, day before?",
                      "And the day before that one, please? One day blurs into the next at the bench.",
                      "Moreover, I pray you to give the same for the day preceding."],
    "fu_meeting_length": ["i koliko je trajao taj sastanak?",
                          "> that meeting, length?",
                          "That meeting, how long did it go on for? Longer than it takes the glue to set, I expect.",
                          "Furthermore, I would fain learn the duration of that meeting."],
    "fu_other_day": ["isto pitanje za {day}, molim te",
                     "> same for {day}?",
                     "Could you tell me the same for {day}? It goes in my workshop daybook.",
                     "Moreover, vouchsafe to give me the same for {day}."],
    "fu_night_before": ["i noc pre toga? isto",
                        "> same, night before?",
                        "The night before that one, then? I was up late over a split spine.",
                        "Furthermore, I pray you to answer likewise for the preceding night."],
    "fu_today": ["isto za danas, do sada?",
                 "> same, today so far?",
                 "And today, as far as it has got? The workshop has been open since seven.",
                 "Moreover, I would fain learn the same for the present day thus far."],
    "fu_other_person": ["isto pitanje, ali za {who}?",
                        "> same for {who}?",
                        "Now the same question about {who}? Only the name on the spine changes.",
                        "Furthermore, vouchsafe to give the same with regard to {who}."],
}
"""Every question key's templates: the mixed writer's, the quoting writer's, the bookbinder's, the formal
writer's."""


def _full(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}."


def _short(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}."


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"on {_full(day)} ({SR[wd]})", f"{ON[wd]} ({_words(day)} {day.year}.)", f"{_full(day)} ({ABBR[wd]})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"danas ({ABBR[wd]} {_short(day)})", f"today ({SR[wd]} {_slash(day)})"]
    if back == 1:
        return ["yesterday", f"juče, {ON[wd]} ({_words(day)})", f"yesterday ({ABBR[wd]} {_slash(day)})"]
    options = [f"{ON[wd]} ({_short(day)})", f"on {ABBR[wd]} {_slash(day)}",
               f"pre {back} dana ({SR[wd]}, {_words(day)})"]
    if back == 2:
        options.append(f"prekjuče ({_short(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"noć između {BETWEEN[day.weekday()]} i {BETWEEN[after.weekday()]} ({_short(day)}-{_short(after)})",
               f"the {_slash(day)}-{_slash(after)} night"]
    if (today - day).days == 1:
        options += ["last night", "sinoć (last night)"]
    return options
