"""Question phrasings of the answers benchmark's eightieth tuning set, ``dev80`` (docs/benchmarks.md, "Answers").

``dev80`` was the held-out set until 2026-12-05, when, after its measurement at 8339438 (grounded
accuracy 0.595; worst category first_last 0.227; unsupported 0.015; abstention 0.818; p95
0.021 s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev79``, answers_dev79_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a woman in Kyiv who types lower case and switches between English and Ukrainian inside a sentence
  (no earlier set's language), Ukrainian typed in Latin letters as it is in chats ("shcho", "de",
  "koly", "o kotrii", "skilky", "iakyi", "iaka", "khto", "iak", "chy"), "snidanok", "obid" and
  "vecheria" for the meals, "zustrich" for a meeting, "trenuvannia" for a workout, "kava" for coffee,
  "ne pamiataiu", "bud laska" and "te same", her follow-ups opened with "a" (and what about), and
  English words where they come first to mind;
- a man who types every question as fields, what he wants and what it is about, joined by a
  semicolon ("want=food; re=breakfast {day}"), his follow-ups the same way ("want=same; re=day
  before");
- a stonemason who restores old facades and church walls in Kyiv, writing in sentences with
  capitals, who makes a remark from his working life before or after the question (chisels and the
  mallet, the banker, limestone and sandstone, lime mortar, scaffolding, cornices, lettering);
- a man who writes formal sentences with formulas of his own: "I beseech you to ...", "I would
  crave leave to know ...", "Be so gracious as to ...", some closed with "Yours in expectation.",
  his follow-ups opened with "Further to this," and "In this same vein,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev80 life lives in Europe/Kyiv, from Monday 26 May 2036 to 10 June; Ukraine keeps Eastern
European Time (UTC+2) in winter and summer time (UTC+3) from 30 March to 26 October 2036 (zoneinfo
gives two offsets over all of 2036, and one, UTC+3, over its 16 days, 26 May to 10 June, after the
change of 30 March), so no clock changes inside it. Dates are written as people in Ukraine write
them: day first, with dots, both padded ("26.05.2036"), or the day and month alone the same way
("26.05"); in words, the day, the month in Ukrainian's genitive, lower case, typed in Latin letters,
and the year with its "r." (for "rik", year) ("26 travnia 2036 r."), or without the year ("26
travnia"); and, as typed in English chats, day first with a slash, both padded ("26/05"). Weekdays
are English, left in Ukrainian, lower case ("ponedilok", "vivtorok", "sereda", "chetver",
"piatnytsia", "subota", "nedilia"), in Ukrainian's "on" with the accusative ("u ponedilok", on
Monday, "v seredu", on Wednesday), or cut to the letters Ukrainian calendars print ("Pn", "Vt",
"Sr", "Cht", "Pt", "Sb", "Nd"). For a day that may lie outside the life always with the year ("on
26.05.2036 (ponedilok)", "u ponedilok, 26 travnia 2036 r.", "Pn, 26.05.2036"); for one of the days
before yesterday the Ukrainian "on" with the short date in brackets ("v seredu (28.05)"), the
calendar letters with a comma and the slashed day ("on Sr, 28/05"), so many days back with the
Ukrainian weekday and the day in words in brackets ("3 days back (sereda, 28 travnia)") or, two days
back, "pozavchora" (the day before yesterday) with the short date; today alone, as "sohodni" (today)
with the calendar letters and the short date in brackets, or with the Ukrainian weekday and the
slashed day; yesterday alone, as "vchora" (yesterday) with the Ukrainian "on" and the day in words
in brackets, or with the calendar letters and the slashed day in brackets. A night is named as
Ukrainian names it, from the day it starts on to the day it ends on ("nich z ponedilka na vivtorok",
the night from Monday to Tuesday), with its two short dates in brackets ("nich z ponedilka na
vivtorok (26.05-27.05)"), or in English from its first slashed day to the next ("the night of 26/05
running into 27/05"); last night alone, "last night", or as "mynuloi nochi" (last night) with the
English in brackets.
Workouts are named with places in and around Kyiv: Holosiivskyi park, the Dnipro embankment,
Trukhaniv island and Feofaniia park, the roads out to Vyshhorod and Koncha-Zaspa and round
Hydropark, a pool on Podil and the beach at Hydropark, a studio in Pechersk and one off Khreshchatyk,
a bouldering gym in Obolon and a wall on Lukianivka.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ABBR = ("Pn", "Vt", "Sr", "Cht", "Pt", "Sb", "Nd")
"""Weekdays as Ukrainian calendars abbreviate them, in Latin letters."""
UK = ("ponedilok", "vivtorok", "sereda", "chetver", "piatnytsia", "subota", "nedilia")
"""Ukrainian weekdays, lower case, in Latin letters."""
ON = ("u ponedilok", "u vivtorok", "v seredu", "u chetver", "v piatnytsiu", "v subotu", "v nediliu")
"""Ukrainian for "on Monday", "on Tuesday", ... (the accusative after "u"/"v")."""
TO = ("ponedilok", "vivtorok", "seredu", "chetver", "piatnytsiu", "subotu", "nediliu")
"""The day a night runs into, after "na" (the accusative)."""
FROM = ("ponedilka", "vivtorka", "seredy", "chetverha", "piatnytsi", "suboty", "nedili")
"""Ukrainian for "from Monday", ... (the genitive after "z"), the day a night starts on."""
MONTHS = ("sichnia", "liutoho", "bereznia", "kvitnia", "travnia", "chervnia", "lypnia", "serpnia", "veresnia",
          "zhovtnia", "lystopada", "hrudnia")
"""Ukrainian months in the genitive, lower case, in Latin letters, as dates write them ("26 travnia", 26 May)."""

NOUNS = {"run": ("run in Holosiivskyi park", "run along the Dnipro embankment", "run on Trukhaniv island",
                 "run in Feofaniia park"),
         "cycle": ("ride out to Vyshhorod", "ride to Koncha-Zaspa and back", "ride round Hydropark"),
         "swim": ("swim at a pool on Podil", "swim off the beach at Hydropark"),
         "yoga": ("yoga class at a studio in Pechersk", "yoga session at a studio off Khreshchatyk"),
         "climb": ("session at a bouldering gym in Obolon", "climbing evening at a wall on Lukianivka")}
"""What this set's questions call a workout of each activity: places in and around Kyiv."""

PHRASES: dict[str, list[str]] = {
    "book": ["iaku knyzhku meni radyv {who}? just the title, bud laska",
             "want=title; re=book {who} recommended",
             "Limestone dust gets into every page I own. Which book did {who} tell me to pick up?",
             "I beseech you to name the volume {who} counselled me to read."],
    "film": ["iakyi film {who} kazav obovyazkovo podyvytys? for friday night",
             "want=film; re=the one {who} told me to see",
             "What was the film {who} kept pressing on me? My hands need a night off from the mallet.",
             "I would crave leave to know which film {who} commended to me. Yours in expectation."],
    "offsite": ["kudy perenesly offsite? {who} kazala, ale ia zabula misto",
                "want=city; re=offsite moved, according to {who}",
                "Scaffold comes down on Friday, so I might travel. The offsite went to which city, by what {who} "
                "said?",
                "I beseech you to tell me the town whither, in the report of {who}, the offsite was removed."],
    "restaurant": ["iakyi restoran poradyv {who}? khochu zabronjuvaty stolyk",
                   "want=restaurant name; re=tip from {who}",
                   "Carving cornices all day leaves me hungry as a wolf. The restaurant {who} proposed, what was it?",
                   "I would crave leave to know the eating house that {who} put forward."],
    "flight": ["o kotrii sidaie litak {who}? treba yikhaty v Boryspil",
               "want=landing time; re=plane of {who}",
               "I need to down tools early to collect them. At what time does the plane of {who} land?",
               "I beseech you to say at what hour the flight carrying {who} is to arrive."],
    "dog": ["iak zvut novoho psa {who}? such a sweet dog, a imia vyletilo z holovy",
            "want=dog name; re=new pet of {who}",
            "The name of the new dog {who} got, what is it? Ours sleeps on the sacks of lime in the yard.",
            "Be so gracious as to recall the name borne by the dog {who} has newly acquired. Yours in expectation."],
    "launch": ["na iaku datu perenesly launch {project}? {who} skazav, shcho znovu zminy",
               "want=new date; re={project} launch, says {who}",
               "Mortar needs days to cure, so I know a slipped date. Where has the {project} launch landed now, "
               "going by {who}?",
               "I beseech you to state the day to which, so {who} informs us, the {project} launch has been "
               "deferred."],
    "age": ["skilky rokiv vypovniuietsia donetsi {who}? shukaiu podarunok",
            "want=age; re=daughter of {who}, next birthday",
            "I could carve her name in a bit of sandstone. How old is the daughter of {who} about to turn?",
            "I would crave leave to know the age the daughter of {who} shall shortly reach."],
    "podcast": ["iakyi podcast meni radyv {who}? for the metro",
                "want=podcast; re=suggested by {who}",
                "Up on the scaffold I keep one earbud in. What podcast was it that {who} recommended to me?",
                "I beseech you to remind me of the podcast {who} held out to me."],
    "breakfast_food": ["shcho ia ila na snidanok {day}? zovsim ne pamiataiu",
                       "want=food; re=breakfast {day}",
                       "I was on site before seven, dressing a block. Breakfast {day}: what went into me before the "
                       "first stone?",
                       "I would crave leave to know of what my breakfast consisted {day}. Yours in expectation."],
    "lunch_food": ["shcho bulo na obid {day}? such a busy day",
                   "want=food; re=lunch {day}",
                   "We ate on the scaffold boards at noon. My lunch {day}, what was in it?",
                   "I beseech you to tell me what I took at luncheon {day}."],
    "dinner_food": ["shcho ia ila na vecheriu {day}? chesno ne pamiataiu",
                    "want=food; re=dinner {day}",
                    "My knuckles were white with lime by evening. For my dinner {day}, what did I eat?",
                    "Be so gracious as to tell me the dishes of my dinner {day}."],
    "lunch_place": ["de ia obidala {day}? the place was really good",
                    "want=place; re=lunch {day}",
                    "Somewhere close to the cathedral yard, I think. Where did I sit down to lunch {day}, then?",
                    "I would crave leave to know the place of my luncheon {day}."],
    "dinner_place": ["de ia vecheriala {day}? khochu tudy povernutysia",
                     "want=place; re=dinner {day}",
                     "Where was I having dinner {day}? Still with grit in my hair, no doubt.",
                     "I beseech you to name where I dined {day}. Yours in expectation."],
    "workout_kind": ["iake v mene bulo trenuvannia {day}? bih chy shchos inshe",
                     "want=activity; re=workout {day}",
                     "Lifting ashlar is not a workout, whatever my back says. Which training did I actually do "
                     "{day}, then?",
                     "Be so gracious as to name the sort of exercise I undertook {day}."],
    "heart_rate": ["iakyi buv mii average pulse pid chas {noun} {day}? v bpm",
                   "want=avg bpm; re={noun} {day}",
                   "My pulse at the banker is slow and steady. What did it come to on average across the {noun} "
                   "{day}?",
                   "I would crave leave to know at what mean rate my heart beat through the {noun} {day}."],
    "sleep_quality": ["iak ia spala {night}? dobre chy pohano, just that",
                      "want=good/bad; re=sleep {night}",
                      "A cracked lintel was on my mind all evening. Did I sleep well or badly {night}, would you "
                      "say?",
                      "I beseech you to say whether I slept soundly or ill {night}."],
    "sleep_night": ["skilky hodyn ia spala {night}? pochuvaiusia zhakhlyvo",
                    "want=hours; re=sleep {night}",
                    "An early start on the bell tower again. How many hours of sleep did I get {night}, all told?",
                    "Be so gracious as to reckon the hours of my sleep {night}. Yours in expectation."],
    "exercise_duration": ["skilky tryvav mii {noun} {day}? u khvylynakh, bud laska",
                          "want=minutes; re={noun} {day}",
                          "How many minutes was the {noun} {day}? Shorter than pointing one joint, I would guess.",
                          "I would crave leave to know the minutes spent on the {noun} {day}."],
    "meeting_duration": ["skilky tryvala zustrich {title} {day}? it was so long",
                         "want=duration; re={title} {day}",
                         "The {title} meeting {day}: for how long did it go on? I could have squared a whole block "
                         "in that time.",
                         "I beseech you to state the length of the {title} meeting {day}."],
    "distance_run": ["skilky km ia probihla {day}? all together",
                     "want=km; re=run {day}",
                     "Good legs matter on ladders. What was the running distance I did {day}, in kilometres?",
                     "Be so gracious as to tell me how far I ran {day}."],
    "distance_cycle": ["skilky km ia proikhala na velosypedi {day}? pryblyzno",
                       "want=km; re=cycling {day}",
                       "The bike takes me out to the quarry now and then. What was my cycling distance {day}, in "
                       "kilometres?",
                       "I would crave leave to know the distance I covered by bicycle {day}. Yours in expectation."],
    "distance_swim": ["skilky ia proplyvla {day}? total, bud laska",
                      "want=distance; re=swim {day}",
                      "Water washes the stone dust off better than anything. What distance did I swim {day}, all "
                      "told?",
                      "I beseech you to give me the distance of my swim {day}."],
    "attendees": ["khto buv na zustrichi {title} {day}? ne pamiataiu, khto pryishov",
                  "want=people; re={title} {day}",
                  "I turned up in my dusty overalls. Which people sat in the {title} meeting {day}?",
                  "Be so gracious as to name those in attendance at the {title} meeting {day}."],
    "coffee_count": ["skilky kav ia vypyla {day}? bahato, i know",
                     "want=count; re=coffee cups {day}",
                     "A flask sits by my chisels from dawn. What number of coffees did I drink {day}, do you know?",
                     "I would crave leave to know how many coffees passed my lips {day}."],
    "caffeine": ["skilky kofeinu ia otrymala {day}, u mg?",
                 "want=mg caffeine; re={day}",
                 "A shaking hand ruins a fine letter cut. What was my caffeine {day}, counted in mg?",
                 "I beseech you to reckon the whole of my caffeine {day} in milligrams. Yours in expectation."],
    "meeting_count": ["skilky zustrichei u mene bulo {day}? the calendar was full",
                      "want=count; re=meetings {day}",
                      "Each one kept me off the scaffold. How many meetings swallowed my time {day}?",
                      "Be so gracious as to tell me how many meetings were mine {day}."],
    "km_week": ["skilky km {activity} ia zrobyla z ponedilka? for this week only",
                "want=km; re={activity} since monday",
                "Hauling stone up ladders counts for nothing here. How many km of {activity} have I done this week "
                "so far?",
                "I would crave leave to know the kilometres of {activity} I have logged since Monday."],
    "workouts_week": ["skilky trenuvan u mene tsoho tyzhnia? only the number, bud laska",
                      "want=count; re=workouts since monday",
                      "The restoration leaves me tired by evening. How many workouts have I squeezed in since "
                      "Monday?",
                      "I beseech you to count the workouts I have completed in this week."],
    "first_coffee": ["o kotrii ia vypyla pershu kavu {day}? tilky chas",
                     "want=time; re=first coffee {day}",
                     "The first cup comes before I unroll my chisels. What time did I drink it {day}?",
                     "Be so gracious as to tell me the hour of my first coffee {day}. Yours in expectation."],
    "last_coffee": ["koly bula moia ostannia kava {day}? just the time",
                    "want=time; re=last coffee {day}",
                    "At what hour was my final coffee {day}? Late cups keep me awake thinking of cracks.",
                    "I would crave leave to know the hour of my last coffee {day}."],
    "first_meeting": ["o kotrii pochalasia persha zustrich {day}? tilky start",
                      "want=start; re=first meeting {day}",
                      "I had just mixed the first batch of mortar. When did my first meeting of the day begin {day}?",
                      "I beseech you to say at what hour the first of my meetings began {day}."],
    "wake": ["o kotrii ia prokynulasia {day}? exact time",
             "want=time; re=wake-up {day}",
             "What time was I up and awake {day}? Before the site opened, I expect.",
             "Be so gracious as to give the time at which I rose {day}."],
    "bedtime": ["koly ia lyhla spaty {night}? bula duzhe vtomlena",
                "want=time; re=bedtime {night}",
                "Sharpening the points kept me up. What was the hour of my going to bed {night}?",
                "I would crave leave to know the hour I retired {night}. Yours in expectation."],
    "dinner_on_distance": ["shcho ia ila na vecheriu toho dnia, koly I {past} {km} km?",
                           "want=dinner food; re=day I {past} {km} km",
                           "A long one leaves me as spent as a day at the banker. What did dinner come to on the day "
                           "I {past} {km} km?",
                           "I beseech you to tell me what I had at dinner on the day when I {past} {km} km."],
    "meeting_after_workout": ["khto buv na zustrichi odrazu pislia mogo {noun} {day}?",
                              "want=people; re=meeting just after {noun} {day}",
                              "I went in without washing off. Who was at the meeting that came right after my {noun} "
                              "{day}?",
                              "Be so gracious as to name who attended the meeting next after my {noun} {day}."],
    "lunch_on_meeting_day": ["de ia obidala v toi den, koly bula zustrich {title}?",
                             "want=lunch place; re=day of {title}",
                             "No carving that day, only paperwork. Where did I lunch on the day of the {title} "
                             "meeting?",
                             "I would crave leave to know where I lunched on the day the {title} meeting took place."],
    "sleep_after_meeting": ["skilky hodyn ia spala v nich pislia zustrichi {title}?",
                            "want=sleep hours; re=night after {title}",
                            "The {title} meeting had me turning it over like a badly set stone. How many hours of "
                            "sleep followed it that night?",
                            "I beseech you to tell me how long I slept, in hours, through the night after the "
                            "{title} meeting."],
    "dinner_on_said_day": ["shcho bulo na vecheriu toho dnia, koly {who} zghaduvav {value}?",
                           "want=dinner food; re=day {who} brought up {value}",
                           "On the day {who} talked about {value}, what did I eat at dinner? We were pointing the "
                           "north wall then.",
                           "Be so gracious as to tell me my dinner on the day when {who} spoke of {value}."],
    "compare_sleep": ["koly ia spala dovshe, {n1} chy {n2}? i skilky hodyn kozhnoi nochi",
                      "want=longer + hours each; re=sleep {n1} vs {n2}",
                      "Tired hands slip on the chisel. Which was the longer sleep, {n1} or {n2}, and how many hours "
                      "for each?",
                      "I would crave leave to know whether I slept the longer {n1} or {n2}, with the hours of both."],
    "compare_caffeine": ["koly bulo bilshe kofeinu, {d1} chy {d2}? skilky mg kozhnoho dnia",
                         "want=more + mg each; re=caffeine {d1} vs {d2}",
                         "Which day had more caffeine in it, {d1} or {d2}, and how many mg each? Fine lettering "
                         "wants a calm hand.",
                         "I beseech you to tell me which of {d1} and {d2} held the greater caffeine, and the "
                         "milligrams of each."],
    "compare_duration": ["iake trenuvannia bulo dovshe, {d1} chy {d2}? khvylyny oboikh",
                         "want=longer + minutes each; re=workout {d1} vs {d2}",
                         "Was the workout {d1} longer than the one {d2}, and by how many minutes each? I time my "
                         "lime slaking just as closely.",
                         "Be so gracious as to say whether the workout {d1} or that {d2} ran longer, with the "
                         "minutes of each."],
    "compare_coffee_weeks": ["chy p'iu ia bilshe kavy tsoho tyzhnia, than last week? bilshe chy menshe",
                             "want=more/less; re=coffee this week vs last week",
                             "Is my coffee running higher this week than last week? My flask up the scaffold is "
                             "empty by ten.",
                             "I would crave leave to know whether my coffee this week exceeds or falls short of the "
                             "last."],
    "late_coffee_sleep": ["chy ia splu menshe, iakshcho p'iu kavu o {t} abo piznishe?",
                          "want=shorter sleep y/n; re=coffee {t} or later",
                          "If I drink coffee at {t} or later, is my sleep shorter for it? Long days on site tempt me "
                          "to it.",
                          "I beseech you to say whether coffee taken at {t} or after shortens my sleep."],
    "late_dinner_sleep": ["chy ia splu menshe, iakshcho vecheriaiu o {t} abo piznishe?",
                          "want=shorter sleep y/n; re=dinner {t} or later",
                          "When the scaffold work runs late, so does my dinner. Do I sleep less after eating at {t} "
                          "or later?",
                          "Be so gracious as to say whether dining at {t} or later leaves me with less sleep."],
    "exercise_sleep": ["chy ia splu dovshe pislia dniv z trenuvanniam, than after rest days?",
                       "want=longer sleep y/n; re=workout days vs rest days",
                       "Stone work alone never tires me out properly. Is my sleep longer after a day with training "
                       "in it than after one with none?",
                       "I would crave leave to know whether a day of exercise brings me a longer night than a day "
                       "without."],
    "caffeine_sleep": ["iak ia splu pislia dniv z {mg} mg kofeinu abo bilshe, porivniano z inshymy dniamy?",
                       "want=sleep compared; re=days with {mg}+ mg caffeine vs other days",
                       "Early pours mean extra cups. After days with {mg} mg of caffeine or more, how is my sleep "
                       "beside the other days?",
                       "I beseech you to compare my sleep after days of {mg} mg of caffeine or above with that after "
                       "the remaining days."],
    "exercise_coffee": ["chy p'iu ia bilshe kavy v dni trenuvan, than on rest days?",
                        "want=more coffee y/n; re=workout days vs rest days",
                        "Do I drink more coffee on training days than on days off training? The site flask never "
                        "tells.",
                        "Be so gracious as to say whether I take more coffee on days of exercise than on days of "
                        "rest."],
    "fu_day_before": ["a za den do toho?",
                      "want=same; re=day before",
                      "And for the day prior? My days run together like wet mortar.",
                      "Further to this, I beseech you to answer for the preceding day."],
    "fu_meeting_length": ["a skilky tryvala tsia zustrich?",
                          "want=length; re=that meeting",
                          "That meeting, what length was it? Longer than setting a keystone, surely.",
                          "In this same vein, I would crave leave to know how long that meeting lasted."],
    "fu_other_day": ["a iak {day}? te same pytannia",
                     "want=same; re={day}",
                     "Could I have the same for {day}? One more entry for my site diary.",
                     "Further to this, be so gracious as to give the same for {day}."],
    "fu_night_before": ["a nich pered tym? te same, bud laska",
                        "want=same; re=night before",
                        "And for the night before that? I was sketching a capital till late.",
                        "In this same vein, I beseech you to answer for the night before."],
    "fu_today": ["a sohodni, poky shcho?",
                 "want=same; re=today so far",
                 "And for today, as far as it has gone? I have been at the yard since six.",
                 "Further to this, I would crave leave to know the same for today thus far."],
    "fu_other_person": ["a shcho z {who}? te same khochu znaty",
                        "want=same; re={who}",
                        "What about {who}, the same thing? Only the name differs.",
                        "In this same vein, be so gracious as to give the same regarding {who}."],
}
"""Every question key's templates: the mixed writer's, the field writer's, the stonemason's, the formal
writer's."""


def _full(day: date) -> str:
    """Day first with dots, both padded, as Ukrainians write dates ("26.05.2036")."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _short(day: date) -> str:
    """The day and month alone, dotted and padded ("26.05")."""
    return f"{day.day:02d}.{day.month:02d}"


def _slash(day: date) -> str:
    """Day first with a slash, both padded, as typed in English chats ("26/05")."""
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    """The day and the month in Ukrainian's genitive ("26 travnia")."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"on {_full(day)} ({UK[wd]})", f"{ON[wd]}, {_words(day)} {day.year} r.", f"{ABBR[wd]}, {_full(day)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"sohodni ({ABBR[wd]}, {_short(day)})", f"today, {UK[wd]} {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"vchora, {ON[wd]} ({_words(day)})", f"yesterday ({ABBR[wd]} {_slash(day)})"]
    options = [f"{ON[wd]} ({_short(day)})", f"on {ABBR[wd]}, {_slash(day)}",
               f"{back} days back ({UK[wd]}, {_words(day)})"]
    if back == 2:
        options.append(f"pozavchora ({_short(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"nich z {FROM[day.weekday()]} na {TO[after.weekday()]} ({_short(day)}-{_short(after)})",
               f"the night of {_slash(day)} running into {_slash(after)}"]
    if (today - day).days == 1:
        options += ["last night", "mynuloi nochi (last night)"]
    return options
