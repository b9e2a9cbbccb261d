"""Question phrasings of the answers benchmark's one hundredth tuning set, ``dev100`` (docs/benchmarks.md, "Answers").

``dev100`` was the held-out set until 2026-12-06, when, after its measurement at adbbeff (grounded
accuracy 0.64; worst category habit_relation 0.318; unsupported 0.008; abstention 0.955; p95 0.026 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev99``, answers_dev99_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young airtime seller at a kiosk in Maputo's Xipamanine market, who types lower case, switching
  between English and Changana inside a sentence (Changana, Xitsonga, a Southern Bantu language of
  southern Mozambique, of the Tswa-Ronga group, outside the Nguni and Sotho-Tswana groups, and no
  earlier set's language nor a close relative of one): "yini" for what, "mani" for who and for a
  name, "kwihi" for where, "yihi" and "rihi" for which, "tingani" and "mangani" for how many, "hi
  nkarhi wihi" for at what time, "namuntlha" and "tolo" for today and yesterday, "vusiku" for night,
  "vurhongo" for sleep, "ndzi dyile" for I ate, "ndzi nwile" for I drank, "nimixo", "nhlikanhi" and
  "nimadyambu" for morning, midday and evening, "nhlengeletano" for a meeting, "ximbyanyana" for a
  puppy, "n'wana wa nhwanyana" for a daughter, "vhiki leri" and "vhiki leri hundzeke" for this week
  and last, "kumbe" for or, "endzhaku" for after, and English words where they come first to mind (a
  launch, an offsite, a podcast, coffee, caffeine, exercise);
- a tester of web services in Maputo who types every question as one HTTP request line: ``GET``, a
  path for what is asked about (``/meals``, ``/nights``, ``/coffees``), a query string of
  ``name=value`` pairs joined by ``&`` (``kind=breakfast&day={day}&select=food``), ``|`` between two
  values to compare with ``compare=max``, ``vs=rest`` for habits, ``dayof(...)`` for days named by
  what happened; no question mark; his follow-ups repeat the last request with ``GET same&...``;
- a timbila maker, a builder of the Chopi xylophone, writing in sentences with capitals, who makes a
  remark from his working life before the question (the wooden keys shaped and tuned by ear, the
  gourds glued under them, the mallets, the timber yard, the dancers and the buyers);
- a retired railway signalman who writes formal sentences with formulas of his own: "Acquaint me,
  if you will, with ...", "I should like it communicated to me ...", "Oblige an old man by stating
  ...", some closed with "My thanks in advance of your reply.", his follow-ups opened with "Let the
  same enquiry be put".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev100 life lives in Africa/Maputo, from Monday 13 October 2036 to 28 October; Mozambique
keeps Central Africa Time (UTC+2) all year, with no summer time (zoneinfo gives one offset over all
of 2035 to 2037, and so over its 16 days, 13 to 28 October), so no clock changes inside it. Dates are
written as people in Maputo write them: day first, with slashes, both padded, and the year in full
("13/10/2036"), or the day and month alone the same way ("13/10"); in words the day's number before
the month, in English ("13 October"), with the year after them for a day that may lie outside the
life ("13 October 2036"). Weekdays are in Changana, with capitals, "Musumbhunuku" for Monday,
"Ravumbirhi", "Ravunharhu", "Ravumune", "Ravuntlhanu", "Mugqivela" and "Sonto" for Sunday: a day as
its weekday with the slashed day in brackets ("Musumbhunuku (13/10)"), as its weekday, a comma and
the date in words ("Musumbhunuku, 13 October"), or as its weekday, "wa" and the date in words
("Musumbhunuku wa 13 October"); for a day that may lie outside the life always with the year
("Musumbhunuku 13/10/2036", or "Musumbhunuku, 13 October 2036"); today and yesterday alone, or as
"namuntlha" (today) and "tolo" (yesterday) with the slashed day in brackets. A night is named
"vusiku bya X" (X's night) after the weekday it starts on, with its two slashed days in brackets
("vusiku bya Musumbhunuku (13/10-14/10)"), or "vusiku bya" and the date in words ("vusiku bya 13
October"); last night alone, "last night", or as "vusiku bya tolo" with its two slashed days in
brackets. No day's name ends in a dot, so that no question ends in two dots. Workouts are named with
places in and around Maputo: along the Marginal by the bay, round the Tunduru gardens and out along
the Costa do Sol road; out to Marracuene, along the Matola road and up to Namaacha; off the Costa do
Sol beach and in the pool of a club in Sommerschield; a studio in Malhangalene and a terrace in
Polana Cimento; the rocks near Namaacha and the indoor wall of a gym in Sommerschield.
"""


from __future__ import annotations

from datetime import date, timedelta

TSONGA = ("Musumbhunuku", "Ravumbirhi", "Ravunharhu", "Ravumune", "Ravuntlhanu", "Mugqivela", "Sonto")
"""Changana (Xitsonga) weekdays as Maputo names them, Monday to Sunday, with a capital."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Marginal by the bay", "run round the Tunduru gardens",
                 "run out along the Costa do Sol road"),
         "cycle": ("ride out to Marracuene", "ride along the Matola road", "ride up to Namaacha"),
         "swim": ("swim off the Costa do Sol beach", "swim in the pool of a club in Sommerschield"),
         "yoga": ("yoga class in a studio in Malhangalene", "yoga session on a terrace in Polana Cimento"),
         "climb": ("climb on the rocks near Namaacha", "climb at the indoor wall of a gym in Sommerschield")}
"""What this set's questions call a workout of each activity: places in and around Maputo."""

THANKS = " My thanks in advance of your reply."
"""The retired railway signalman's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["i buku yihi leyi {who} a ndzi byeleke ku yi hlaya? vito ntsena",
             "GET /tips?from={who}&kind=book&select=title",
             "Tuning a key takes patience, so I read while the glue sets. Which book was it that {who} kept pressing into my sawdusty hands?",
             "Acquaint me with the book {who} advised me to read."],
    "film": ["{who} u te i film yihi leyi ndzi faneleke ku yi vona?",
             "GET /tips?from={who}&kind=film&select=title",
             "The workshop has no screen, only the sound of mallets. Which film was {who} so set on me seeing?",
             "I should like it communicated to me which film {who} held I ought to see." + THANKS],
    "offsite": ["{who} u te offsite yi ya kwihi sweswi? doroba rihi",
                "GET /offsites?movedby={who}&select=newtown",
                "My instruments travel by bus to Inhambane and back. Into which town has the offsite gone, now that {who} has carried the news to my bench?",
                "Oblige an old man by stating the town where the offsite now takes place, according to the news brought by {who}."],
    "restaurant": ["{who} a dzunisa restaurant yihi ngopfu? vito ra yona",
                   "GET /tips?from={who}&kind=restaurant&select=name",
                   "A man who shapes wood all day eats where the plates are big. What restaurant did {who} speak highly of?",
                   "Acquaint me with the eating place {who} commended so heartily." + THANKS],
    "flight": ["xihaha xa {who} xi fika hi nkarhi wihi?",
               "GET /flights?flyer={who}&select=landing",
               "Jets pass low over the workshop roof at Mavalane. When will {who}'s aeroplane come down out of that noise?",
               "I should like it communicated to me when the aeroplane carrying {who} is due to land."],
    "dog": ["ximbyanyana xa {who} xi vitaniwa mani?",
            "GET /pets?owner={who}&species=puppy&select=name",
            "A pup chewed two of my mallet heads last year. What is {who}'s young dog called?",
            "Oblige an old man by stating the name given by {who} to the puppy." + THANKS],
    "launch": ["{who} u te launch ya {project} yi hundziseriwe siku rihi?",
               "GET /launches?project={project}&movedby={who}&select=newdate",
               "An order promised for one market day often slips to the next. To what date has {who} shoved the {project} launch along?",
               "Acquaint me with the date to which, by the telling of {who}, the launch of {project} is now set."],
    "age": ["n'wana wa nhwanyana wa {who} u ta va na malembe mangani eka siku ra yena ro velekiwa?",
            "GET /daughters?parent={who}&select=agenextbirthday",
            "My daughter glues the gourds under the keys for me. How many years will {who}'s girl turn at her next birthday?",
            "I should like it communicated to me what age {who}'s daughter will attain on her coming birthday." + THANKS],
    "podcast": ["i podcast yihi leyi {who} a ndzi byeleke yona?",
                "GET /tips?from={who}&kind=podcast&select=title",
                "Sanding the keys is slow and my ears are free. Which podcast was it {who} tipped me off to?",
                "Oblige an old man by stating the podcast that {who} commended to my ear."],
    "breakfast_food": ["{day} ndzi dyile yini nimixo?",
                       "GET /meals?kind=breakfast&day={day}&select=food",
                       "I light the fire for bending the wood before dawn. What did I eat first thing {day}?",
                       "Acquaint me with what I had for breakfast {day}."],
    "lunch_food": ["{day} nhlikanhi ndzi dyile yini?",
                   "GET /meals?kind=lunch&day={day}&select=food",
                   "At noon the lathe stops and the apprentices eat with me. What went on my plate at lunch {day}?",
                   "I should like it communicated to me what my lunch consisted of {day}." + THANKS],
    "dinner_food": ["{day} nimadyambu ndzi dyile yini?",
                    "GET /meals?kind=dinner&day={day}&select=food",
                    "The keys are tuned by ear best in the quiet of evening. What filled the evening bowl at my bench {day}?",
                    "Oblige an old man by stating what I ate at dinner {day}."],
    "lunch_place": ["{day} lunch ndzi yi dyele kwihi?",
                    "GET /meals?kind=lunch&day={day}&select=place",
                    "Some days I walk to the timber yard at midday. Where did I sit for lunch {day}?",
                    "Acquaint me with the place at which I lunched {day}." + THANKS],
    "dinner_place": ["{day} dinner a ndzi dyela kwihi? kaya kumbe ehandle?",
                     "GET /meals?kind=dinner&day={day}&select=place",
                     "When a big order ships I treat the whole workshop. Where was dinner eaten {day}?",
                     "I should like it communicated to me where I dined {day}."],
    "workout_kind": ["{day} ndzi endlile exercise yihi? ku tsutsuma, bicycle kumbe ku hlambela?",
                     "GET /workouts?day={day}&select=activity",
                     "Carving all morning cramps the shoulders, so I go and move. Which sort of sweating took me away from the keys {day}?",
                     "Oblige an old man by stating which form of exercise I took {day}." + THANKS],
    "heart_rate": ["eka {noun} {day} mbilu a yi ba kangani hi minete, hi avhareji?",
                   "GET /workouts?label={noun}&day={day}&select=avgbpm",
                   "I count beats for the dancers, never for myself. What was my mean heart rate through the {noun} {day}?",
                   "Acquaint me with my average pulse over the {noun} {day}."],
    "sleep_quality": ["{night} vurhongo a byi ri kahle kumbe e-e?",
                      "GET /nights?night={night}&select=rating",
                      "Varnish fumes linger in the house some nights. How good was my rest {night}?",
                      "I should like it communicated to me how well I slept {night}." + THANKS],
    "sleep_night": ["{night} ndzi etlele tiawara tingani?",
                    "GET /nights?night={night}&select=hours",
                    "A tuned instrument needs a rested ear. How many hours did I get in bed {night}?",
                    "Oblige an old man by stating the number of hours I slept {night}."],
    "exercise_duration": ["{noun} {day} yi teke timinete tingani?",
                          "GET /workouts?label={noun}&day={day}&select=minutes",
                          "Shaping one key takes me about half an hour. How many of my key-shaping minutes went on the {noun} {day}?",
                          "Acquaint me with how many minutes the {noun} {day} lasted." + THANKS],
    "meeting_duration": ["{title} {day} yi teke timinete tingani?",
                         "GET /meetings?title={title}&day={day}&select=minutes",
                         "Buyers from the cultural centre like to talk longer than they pay. How many minutes ran the {title} {day}?",
                         "I should like it communicated to me the number of minutes the {title} took {day}."],
    "distance_run": ["{day} ndzi tsutsumile ti-km tingani?",
                     "GET /workouts?activity=run&day={day}&select=km",
                     "I walk to the timber yard and back most days. How much ground did my feet cover running {day}, by the kilometre?",
                     "Oblige an old man by stating the kilometres I ran {day}." + THANKS],
    "distance_cycle": ["{day} hi bicycle ndzi famba ti-km tingani?",
                       "GET /workouts?activity=cycle&day={day}&select=km",
                       "My bicycle used to carry finished keys strapped on the rack. What did the bicycle clock up under me {day}, by the kilometre?",
                       "Acquaint me with the distance ridden by bicycle {day}."],
    "distance_swim": ["{day} ndzi hlambele mamitara mangani?",
                      "GET /workouts?activity=swim&day={day}&select=metres",
                      "Wood for the keys is soaked before it is dried. How much water did I swim across {day}?",
                      "I should like it communicated to me how far I swam {day}." + THANKS],
    "attendees": ["{title} {day} a ku ri na vamani?",
                  "GET /meetings?title={title}&day={day}&select=people",
                  "An orchestra of timbila needs many hands and many voices. Whose voices filled the {title} {day}, like players round the frame?",
                  "Oblige an old man by stating who attended the {title} {day}."],
    "coffee_count": ["{day} ndzi nwile tikopo tingani ta coffee?",
                     "GET /coffees?day={day}&select=count",
                     "Glue dries faster when I stop for a cup. How many cups did the workshop kettle pour me {day}?",
                     "Acquaint me with the count of coffees I drank {day}." + THANKS],
    "caffeine": ["{day} caffeine hinkwayo a yi ri mg yingani?",
                 "GET /coffees?day={day}&select=caffeine_mg_sum",
                 "A key is tuned by shaving off slivers no heavier than a pinch. How heavy was the caffeine I took in {day}, weighed out in milligrams?",
                 "I should like it communicated to me how much caffeine I took in {day}, set out as a figure in milligrams."],
    "meeting_count": ["{day} a ndzi ri na tinhlengeletano tingani?",
                      "GET /meetings?day={day}&select=count",
                      "Between the dancers and the buyers my days fill with talk. How many sittings pulled me off the bench {day}?",
                      "Oblige an old man by stating the number of meetings that fell to me {day}." + THANKS],
    "km_week": ["ku sukela Musumbhunuku, {activity} hinkwayo i ti-km tingani vhiki leri?",
                "GET /workouts?activity={activity}&week=this&select=km_sum",
                "I count finished keys from Monday on, and my legs get counted the same. How many kilometres of {activity} sit in my tally since the week opened?",
                "Acquaint me with the total kilometres of {activity} covered since Monday."],
    "workouts_week": ["vhiki leri ndzi endlile ti-workout tingani?",
                      "GET /workouts?week=this&select=count",
                      "This week the workshop has had three orders. How many workouts have I managed since the week began?",
                      "I should like it communicated to me how many times I have exercised this week." + THANKS],
    "first_coffee": ["{day} coffee yo sungula ndzi yi nwile hi nkarhi wihi?",
                     "GET /coffees?day={day}&sort=time&select=first",
                     "The kettle goes on before the first mallet strikes. When did the kettle give me my opening cup {day}?",
                     "Oblige an old man by stating at what hour my first coffee came {day}."],
    "last_coffee": ["{day} coffee yo hetelela a yi ri hi nkarhi wihi?",
                    "GET /coffees?day={day}&sort=time&select=last",
                    "Late cups keep me tapping keys after dark. When did the last cup of coffee leave the pot for me {day}?",
                    "Acquaint me with the time of my final cup of coffee {day}." + THANKS],
    "first_meeting": ["{day} nhlengeletano yo sungula yi sungurile hi nkarhi wihi?",
                      "GET /meetings?day={day}&sort=start&select=first",
                      "Mornings belong to the wood unless someone books them. At what hour did the earliest sitting of my calendar open {day}?",
                      "I should like it communicated to me the hour my earliest meeting began {day}."],
    "wake": ["{day} ndzi pfukile hi nkarhi wihi?",
             "GET /nights?woke={day}&select=waketime",
             "The roosters at the yard wake me before the alarm. At which hour did I leave the sleeping mat behind {day}?",
             "Oblige an old man by stating the hour at which I rose {day}." + THANKS],
    "bedtime": ["{night} ndzi etlele hi nkarhi wihi?",
                "GET /nights?night={night}&select=bedtime",
                "I sweep the shavings before I turn in. When did my head reach the pillow {night}?",
                "Acquaint me with the hour I lay down to sleep {night}."],
    "dinner_on_distance": ["siku leri ndzi {past} {km} km, nimadyambu ndzi dyile yini?",
                           "GET /meals?kind=dinner&day=dayof(dist={km},did={past})&select=food",
                           "After a long outing I eat like a whole dance troupe. What was in the supper pot on the day I {past} {km} km?",
                           "I should like it communicated to me what I had at dinner on the day I {past} {km} km." + THANKS],
    "meeting_after_workout": ["endzhaku ka {noun} {day}, nhlengeletano leyi landzelaka a yi ri na vamani?",
                              "GET /meetings?after={noun}&day={day}&take=next&select=people",
                              "After exercise I come back to the bench and then to whoever is waiting. Who was at the meeting that followed the {noun} {day}?",
                              "Oblige an old man by stating who sat in the meeting directly after the {noun} {day}."],
    "lunch_on_meeting_day": ["siku ra {title}, lunch ndzi yi dyele kwihi?",
                             "GET /meals?kind=lunch&day=dayof(meeting={title})&select=place",
                             "Meeting days break my work into pieces. At what table did my midday meal happen the day the {title} sat?",
                             "Acquaint me with where I lunched on the day the {title} was held." + THANKS],
    "sleep_after_meeting": ["vusiku endzhaku ka {title}, ndzi etlele tiawara tingani?",
                            "GET /nights?night=nightafter(meeting={title})&select=hours",
                            "Long talk rattles round my head like a loose key. What did the bed give me in hours the night that came after the {title}?",
                            "I should like it communicated to me what length of rest I had once the {title} was over, that same night."],
    "dinner_on_said_day": ["siku leri {who} a vulavula hi {value}, nimadyambu ndzi dyile yini?",
                           "GET /meals?kind=dinner&day=dayof(by={who},said={value})&select=food",
                           "I remember days by what was said at the bench. Which supper went with the day {who} got talking about {value}?",
                           "Oblige an old man by stating my dinner on the day {who} raised the matter of {value}." + THANKS],
    "compare_sleep": ["{n1} kumbe {n2}, i vusiku byihi ndzi etleleke ngopfu? tiawara ta byombirhi",
                      "GET /nights?night={n1}|{n2}&select=hours&compare=max",
                      "Like a pair of keys struck one after the other, tell me whether {n1} or {n2} let me sleep the longer, each with its hours in bed.",
                      "Acquaint me with which of {n1} and {n2} gave me more sleep, giving each night's hours."],
    "compare_caffeine": ["{d1} kumbe {d2}, i siku rihi caffeine a yi tlula? mg ya rin'wana ni rin'wana",
                         "GET /coffees?day={d1}|{d2}&select=caffeine_mg_sum&compare=max",
                         "Two days side by side like two keys on the frame. Tell me whether {d1} or else {d2} was heavier in caffeine, each day's mg alongside.",
                         "I should like it communicated to me which of the days {d1} and {d2} held more caffeine, setting down the milligrams that went into each." + THANKS],
    "compare_duration": ["{d1} kumbe {d2}, i exercise yihi yi teke nkarhi wo leha?",
                         "GET /workouts?day={d1}|{d2}&select=minutes&compare=max",
                         "A longer key sounds lower; a longer workout should tire me more. Between {d1}'s workout and {d2}'s, which one went on longer?",
                         "Oblige an old man by stating whether the workout {d1} or that of {d2} lasted longer."],
    "compare_coffee_weeks": ["vhiki leri coffee yi tlula ya vhiki leri hundzeke?",
                             "GET /coffees?week=this|last&select=count&compare=max",
                             "Busy weeks in the workshop run on coffee. Have I had more cups this week than in last week?",
                             "Acquaint me with whether I drank more coffee this week than in the week before." + THANKS],
    "late_coffee_sleep": ["loko ndzi nwa coffee hi {t} kumbe endzhaku, vurhongo bya hunguteka?",
                          "GET /nights?lastcoffee_gte={t}&select=hours&vs=rest",
                          "Evening tuning goes better with a cup, but at what price? Do I sleep less when my coffee comes at {t} or later?",
                          "I should like it communicated to me whether coffee at {t} or after shortens my sleep."],
    "late_dinner_sleep": ["loko ndzi dya nimadyambu hi {t} kumbe endzhaku, ndzi etlela nkarhi wutsongo?",
                          "GET /nights?dinner_gte={t}&select=hours&vs=rest",
                          "Dinner waits when the varnish must be finished. When I eat supper at {t} or after, does the night come up short for it?",
                          "Oblige an old man by stating whether a dinner at {t} or later leaves me less time asleep." + THANKS],
    "exercise_sleep": ["masiku ya exercise ndzi etlela ngopfu ku tlula masiku man'wana?",
                       "GET /nights?trained=true&select=hours&vs=trained_false",
                       "Tired arms from carving are not the same as tired legs. Do I sleep longer after a day with exercise than after a day without?",
                       "Acquaint me with whether days of exercise bring me more sleep than days without it."],
    "caffeine_sleep": ["masiku ya caffeine ya {mg} mg kumbe ku tlula, vurhongo bya mina byi fana njhani ni masiku man'wana?",
                       "GET /nights?caffeine_gte={mg}&select=hours&vs=rest",
                       "A strong day of coffee makes my hands quick and my nights uneasy. After days at {mg} mg of caffeine or more, does my sleep come out worse than on lighter days?",
                       "I should like it communicated to me how my sleep following days of {mg} mg of caffeine or more compares with other nights." + THANKS],
    "exercise_coffee": ["masiku ya exercise ndzi nwa coffee yo tala kumbe masiku yo wisa?",
                        "GET /days?trained=true&select=cups&vs=trained_false",
                        "Some days I am at the bench from dawn, some days out moving first. Is my coffee count higher on exercise days or on rest days?",
                        "Oblige an old man by stating whether I take more coffee on days I exercise than on days I rest."],
    "fu_day_before": ["na siku leri nga emahlweni ka rona?",
                      "GET same&day=day-1",
                      "Move the chisel back one day and tell me again.",
                      "Let the same enquiry be put for the day before."],
    "fu_meeting_length": ["na nhlengeletano yoleyo yi teke timinete tingani?",
                          "GET same&select=meeting_minutes",
                          "That sitting, how many minutes did it keep me from the bench?",
                          "Let the same enquiry be put as to the length of that meeting in minutes." + THANKS],
    "fu_other_day": ["na {day} ke?",
                     "GET same&day={day}",
                     "Strike the same key for {day}.",
                     "Let the same enquiry be put for {day}."],
    "fu_other_person": ["na {who} ke?",
                        "GET same&from={who}",
                        "Now the same, but for {who}.",
                        "Let the same enquiry be put regarding {who}." + THANKS],
    "fu_night_before": ["na vusiku lebyi nga emahlweni?",
                        "GET same&night=night-1",
                        "One night earlier now, the way I go back to a key that sounds flat.",
                        "Let the same enquiry be put for the night before that one."],
    "fu_today": ["na namuntlha, ku fikela sweswi?",
                 "GET same&day=today_so_far",
                 "Today now, from the morning up to this hour?",
                 "Let the same enquiry be put for today, from its beginning to now." + THANKS],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = TSONGA[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd}, {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"namuntlha ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"tolo ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd}, {_words(day)}", f"{wd} wa {_words(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"vusiku bya {TSONGA[day.weekday()]} ({_slash(day)}-{_slash(after)})",
               f"vusiku bya {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"vusiku bya tolo ({_slash(day)}-{_slash(after)})"]
    return options
