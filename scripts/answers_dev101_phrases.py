"""Question phrasings of the answers benchmark's one hundred and first tuning set, ``dev101`` (docs/benchmarks.md, "Answers").

``dev101`` was the held-out set until 2026-12-06, when, after its measurement at 816e808 (grounded
accuracy 0.667; worst category attendees 0.409; unsupported 0.0; abstention 0.909; p95 0.023 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev100``, answers_dev100_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young kapana seller, grilling meat at the Single Quarters market in Katutura, who types lower
  case, switching between English and Oshiwambo inside a sentence (Oshindonga, the Oshiwambo of
  Ondonga, a Bantu language of northern Namibia of the Wambo group, no earlier set's language nor a
  close relative of one): "shike" for what, "olye" for who, "peni" for where, "lini" and "wuni" for
  which, "ngapi" for how many, "pethimbo lini" for at what time, "nena" and "ohela" for today and
  yesterday, "uusiku" for night, "kotha" for sleep, "onda lya" for I ate, "onda nu" for I drank,
  "ongula", "omutenya" and "ongulohi" for morning, midday and evening, "omutumba" for a meeting,
  "okambwa" for a puppy, "omukadhona" for a daughter, "oshiwike shika" and "oshiwike sha piti" for
  this week and last, "nenge" for or, "konima" for after, and English words where they come first to
  mind (a launch, an offsite, a podcast, coffee, caffeine, exercise);
- a front-end developer in Windhoek who types every question as one CSS selector: a parent and its
  items (``meals > meal``), attribute selectors for what is known (``[kind=breakfast][day="..."]``),
  a class for the field asked (``.food``), pseudo-classes of his own for counts, sums and extremes
  (``:count``, ``:sum``, ``:max``, ``:first-of-day``), ``:is(...)`` for two compared, ``:has(...)``
  for days named by what happened, ``:vs-rest`` for habits; no question mark; his follow-ups start
  with ``:same``;
- a carver of makalani nuts (the nut of the ivory palm, carved with animals and names and sold to
  tourists), writing in sentences with capitals, who makes a remark from his working life before the
  question (the knife, the shavings, the polish, the stall, the sacks of nuts from the north, the
  tourists and the craft market);
- a retired weather observer who writes formal sentences with formulas of his own: "I would have it
  reported to me ...", "Let the log show ...", "Put on record for me ...", some closed with "Awaiting
  your answer with interest.", his follow-ups opened with "The like question, now ...".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev101 life lives in Africa/Windhoek, from Monday 20 October 2036 to 4 November; Namibia keeps
Central Africa Time (UTC+2) all year, with no summer time since 2017 (zoneinfo gives one offset over
all of 2035 to 2037, and so over its 16 days, 20 October to 4 November), so no clock changes inside
it. Dates are written as people in Windhoek write them: day first, with slashes, both padded, and the
year in full ("20/10/2036"), or the day and month alone the same way ("20/10"); in words the day's
number before the month, in English ("20 October"), with the year after them for a day that may lie
outside the life ("20 October 2036"). Weekdays are in Oshindonga, with capitals, "Mande" for Monday,
"Etiyali", "Etitatu", "Etine", "Etitano", "Olyomakaya" and "Osoondaha" for Sunday: a day as its
weekday with the slashed day in brackets ("Mande (20/10)"), as its weekday, a comma and the date in
words ("Mande, 20 October"), or as its weekday and the date in words ("Mande 20 October"); for a day
that may lie outside the life always with the year ("Mande 20/10/2036", or "Mande, 20 October
2036"); today and yesterday alone, or as "nena" (today) and "ohela" (yesterday) with the slashed day
in brackets. A night is named "uusiku wa X" (X's night) after the weekday it starts on, with its two
slashed days in brackets ("uusiku wa Mande (20/10-21/10)"), or "uusiku wa" and the date in words
("uusiku wa 20 October"); last night alone, "last night", or as "uusiku wohela" with its two slashed
days in brackets. No day's name ends in a dot, so that no question ends in two dots. Workouts are
named with places in and around Windhoek: round Avis Dam, along Independence Avenue and up the hill
roads of Klein Windhoek; out to Daan Viljoen, along the Okahandja road and out towards Dordabis; the
municipal pool in Windhoek West and the pool of a club in Ludwigsdorf; a studio in Klein Windhoek and
a rooftop in Kleine Kuppe; the granite boulders at Brakwater and a bouldering gym in Pionierspark.
"""


from __future__ import annotations

from datetime import date, timedelta

NDONGA = ("Mande", "Etiyali", "Etitatu", "Etine", "Etitano", "Olyomakaya", "Osoondaha")
"""Oshiwambo (Oshindonga) weekdays as Windhoek's Aawambo name them, Monday to Sunday, with a capital."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run round Avis Dam", "run along Independence Avenue", "run up the hill roads of Klein Windhoek"),
         "cycle": ("ride out to Daan Viljoen", "ride along the Okahandja road", "ride out towards Dordabis"),
         "swim": ("swim at the municipal pool in Windhoek West", "swim in the pool of a club in Ludwigsdorf"),
         "yoga": ("yoga class in a studio in Klein Windhoek", "yoga session on a rooftop in Kleine Kuppe"),
         "climb": ("climb on the granite boulders at Brakwater", "climb at a bouldering gym in Pionierspark")}
"""What this set's questions call a workout of each activity: places in and around Windhoek."""

SIGN = " Awaiting your answer with interest."
"""The retired weather observer's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} a lombwele ndje embo lini ndi li leshe? edhina alike",
             'tips > tip[from="{who}"][kind=book] .title',
             "Tourists read on the bus while I carve their names into the nuts. Which book has {who} been telling me to read between customers?",
             "I would have it reported to me which book {who} put forward for my reading."],
    "film": ["{who} ta ti film shike ndi na okutala?",
             'tips > tip[from="{who}"][kind=film] .title',
             "A nut carved with a lion sells better after a lion film. Which film did {who} say I must not miss?",
             "Let the log show which film {who} recommended that I watch." + SIGN],
    "offsite": ["{who} a ti offsite ya yi peni ngashingeyi? edoolopa lini",
                'offsites > offsite[moved-by="{who}"] .new-town',
                "My stall moves when the craft market moves. To which town did {who} say the offsite has been carried off?",
                "Put on record for me the town the offsite has been moved to, as {who} has reported it to me."],
    "restaurant": ["{who} a hambelele restaurant shike unene? edhina lyayo",
                   'tips > tip[from="{who}"][kind=restaurant] .name',
                   "Carving dust makes a man hungry by noon. Which restaurant did {who} rate above the rest?",
                   "I would have it reported to me which eating house {who} praised so warmly." + SIGN],
    "flight": ["ondjila yolufuko ya {who} otayi thiki pethimbo lini?",
               'flights > flight[flyer="{who}"] .touchdown',
               "The tourists I sell to mostly come in at Hosea Kutako. At what time does the plane bringing {who} touch down?",
               "Let the log show the hour at which the aeroplane with {who} aboard should arrive."],
    "dog": ["okambwa ka {who} oka luka edhina lye?",
            'pets > pet[owner="{who}"][kind=puppy] .name',
            "I once carved a little dog on a nut for a child. What name did {who} give the puppy?",
            "Put on record for me what {who} has named the puppy." + SIGN],
    "launch": ["{who} a ti launch ya {project} ya undulilwa kesiku lini?",
               'launches > launch[project="{project}"][moved-by="{who}"] .rescheduled',
               "A batch promised for Saturday is often ready on Tuesday. What new date did {who} give the {project} launch?",
               "I would have it reported to me the date on which the {project} launch now falls, as {who} gave it out."],
    "age": ["omukadhona gwa {who} ota ka kala e na omimvo ngapi kesiku lye lyevalo?",
            'people > person[parent="{who}"][relation=daughter] .turns',
            "Children want their age carved on the nut, so I ask. How old does {who}'s daughter become on her next birthday?",
            "Let the log show the age {who}'s daughter reaches when her birthday next comes round." + SIGN],
    "podcast": ["{who} a lombwele ndje podcast shike?",
                'tips > tip[from="{who}"][kind=podcast] .title',
                "Sanding the skin off a nut leaves the ears idle. Which podcast did {who} pass on to me?",
                "Put on record for me the podcast {who} drew to my attention."],
    "breakfast_food": ["{day} ongula onda lya shike?",
                       'meals > meal[kind=breakfast][day="{day}"] .food',
                       "I soak the nuts overnight and start before the sun. What did I put in my stomach at dawn {day}, before the first nut?",
                       "I would have it reported to me what I breakfasted on {day}." + SIGN],
    "lunch_food": ["{day} omutenya onda lya shike?",
                   'meals > meal[kind=lunch][day="{day}"] .food',
                   "At noon the market sellers share their pots. What came out of the shared pots for me at midday {day}?",
                   "Let the log show what my midday meal was {day}."],
    "dinner_food": ["{day} ongulohi onda lya shike?",
                    'meals > meal[kind=dinner][day="{day}"] .food',
                    "Evenings I polish the finished nuts by lamplight. What did I eat by the lamp at supper {day}?",
                    "Put on record for me what I had for supper {day}." + SIGN],
    "lunch_place": ["{day} lunch onde yi lila peni?",
                    'meals > meal[kind=lunch][day="{day}"] .place',
                    "Some middays I leave the stall to a cousin. Where was I eating lunch {day}?",
                    "I would have it reported to me where I took lunch {day}."],
    "dinner_place": ["{day} dinner onde yi lila peni? megumbo nenge pondje?",
                     'meals > meal[kind=dinner][day="{day}"] .place',
                     "After a good week of sales I eat out. At which table did I have my supper {day}?",
                     "Let the log show where I had dinner {day}." + SIGN],
    "workout_kind": ["{day} onda ningi exercise shike? okuma, bicycle nenge okuyoga?",
                     'workouts > workout[day="{day}"] .activity',
                     "Bent over the knife all day, my back begs for movement. What did I do {day} to unbend my back, running, riding or something else?",
                     "Put on record for me which sort of exercise I took {day}."],
    "heart_rate": ["mo {noun} {day} omutima gwandje gwa dhenge lwongapi kominute, pahapu?",
                   'workouts > workout[label="{noun}"][day="{day}"] .pulse:mean',
                   "A steady hand needs a calm heart. What did my heart average during the {noun} {day}?",
                   "I would have it reported to me the mean heart rate I held over the {noun} {day}." + SIGN],
    "sleep_quality": ["{night} onda kotha nawa nenge aawe?",
                      'nights > night[of="{night}"] .quality',
                      "Shoe polish fumes hang in the room after a late batch. Was it deep rest or thin rest that I got {night}?",
                      "Let the log show the quality of my sleep {night}."],
    "sleep_night": ["{night} onda kotha iihe ngapi?",
                    'nights > night[of="{night}"] .hours',
                    "A tired eye slips and spoils a giraffe. How many hours of sleep did I have {night}?",
                    "Put on record for me how many hours I slept {night}." + SIGN],
    "exercise_duration": ["{noun} {day} ya kutha ominute ngapi?",
                          'workouts > workout[label="{noun}"][day="{day}"] .minutes',
                          "One elephant on a nut takes me forty minutes. How long in minutes was the {noun} {day}?",
                          "I would have it reported to me the number of minutes the {noun} {day} took."],
    "meeting_duration": ["omutumba {title} {day} gwa kutha ominute ngapi?",
                         'meetings > meeting[title="{title}"][day="{day}"] .minutes',
                         "Traders' meetings at the market drag past lunch. For how many minutes did the {title} keep me off the stool {day}?",
                         "Let the log show for how many minutes the {title} lasted {day}." + SIGN],
    "distance_run": ["{day} onda matuka ookilometa ngapi?",
                     'workouts > workout[activity=run][day="{day}"] .km',
                     "I walk to the craft centre every morning with a bag of nuts. How far did my running feet carry me {day}, counting in km?",
                     "Put on record for me the kilometres I covered running {day}."],
    "distance_cycle": ["{day} onda hinga bicycle ookilometa ngapi?",
                       'workouts > workout[activity=cycle][day="{day}"] .km',
                       "My bicycle carries the nut sacks from the north when the bus is full. How far did the wheels turn under me {day}, counted in km?",
                       "I would have it reported to me the distance I cycled {day}, reckoned as km." + SIGN],
    "distance_swim": ["{day} onda yogo oometa ngapi?",
                      'workouts > workout[activity=swim][day="{day}"] .metres',
                      "Water is precious here, so a pool feels like a gift. How much pool did I put behind me {day}, in metres?",
                      "Let the log show the distance I swam {day}."],
    "attendees": ["omutumba {title} {day} mwa li olye?",
                  'meetings > meeting[title="{title}"][day="{day}"] .attendees',
                  "A stall is lonely; a meeting is crowded. Which faces were round the table at the {title} {day}?",
                  "Put on record for me the names of those present at the {title} {day}." + SIGN],
    "coffee_count": ["{day} onda nu iikopi ngapi yo coffee?",
                     'coffees > coffee[day="{day}"]:count',
                     "Coffee keeps the knife moving through the afternoon. How many cups did the stall kettle fill for me {day}?",
                     "I would have it reported to me how many coffees I drank {day}."],
    "caffeine": ["{day} caffeine ayihe oya li mg ngapi?",
                 'coffees > coffee[day="{day}"] .mg:sum',
                 "A nut weighs a few grams; caffeine is counted in milligrams. How many mg of caffeine did I take {day}?",
                 "Let the log show my total caffeine {day}, as a count of milligrams." + SIGN],
    "meeting_count": ["{day} onda li ndi na omitumba ngapi?",
                      'meetings > meeting[day="{day}"]:count',
                      "A meeting is a nut left half carved. How many of them ate into my carving {day}?",
                      "Put on record for me the number of meetings I sat in {day}."],
    "km_week": ["okuza Mande, {activity} ayihe oshiwike shika ookilometa ngapi?",
                'workouts > workout[activity="{activity}"][week=ongoing] .km:sum',
                "I tally sales from Monday and can tally legs the same way. What is my kilometre tally for {activity} since the week opened?",
                "I would have it reported to me the kilometres of {activity} I have logged since Monday." + SIGN],
    "workouts_week": ["oshiwike shika onda ningi ii-workout ngapi?",
                      'workouts > workout[week=this]:count',
                      "A good week is many nuts sold and a few workouts done. How many of those workouts are behind me since Monday?",
                      "Let the log show the number of workouts I have done this week."],
    "first_coffee": ["{day} coffee yotango onde yi nu pethimbo lini?",
                     'coffees > coffee[day="{day}"]:first-of-day .time',
                     "The first cup comes before the first shaving of nut. At what hour did the first cup reach my hand {day}?",
                     "Put on record for me the time of my first coffee {day}." + SIGN],
    "last_coffee": ["{day} coffee yahugunina oya li pethimbo lini?",
                    'coffees > coffee[day="{day}"]:last-of-day .time',
                    "Late coffee makes the polishing go quicker but the night longer. What time did the final cup leave the pot for me {day}?",
                    "I would have it reported to me at what time I drank my final coffee {day}."],
    "first_meeting": ["{day} omutumba gwotango gwa tameke pethimbo lini?",
                      'meetings > meeting[day="{day}"]:first-of-day .start',
                      "Mornings are for carving, unless a meeting steals them. At what hour did the earliest one of my meetings open {day}?",
                      "Let the log show the hour my earliest meeting opened {day}." + SIGN],
    "wake": ["{day} onda penduka pethimbo lini?",
             'nights > night[woke="{day}"] .wake-time',
             "The hadedas on the roof shout before any alarm. When did my eyes open for the day {day}?",
             "Put on record for me the hour I got up {day}."],
    "bedtime": ["{night} onda yi okukotha pethimbo lini?",
                'nights > night[of="{night}"] .bed-time',
                "I sweep the carving shavings before I lie down. At what hour did I put the knife away and lie down {night}?",
                "I would have it reported to me when I retired to bed {night}." + SIGN],
    "dinner_on_distance": ["esiku ndyoka nda {past} {km} km, ongulohi onda lya shike?",
                           'meals > meal[kind=dinner][day=":has(workout[did={past}][km={km}])"] .food',
                           "A long outing leaves me as hollow as a dried nut. What went into the supper pot the day I {past} {km} km?",
                           "Let the log show my dinner on the day on which I {past} {km} km."],
    "meeting_after_workout": ["konima ya {noun} {day}, omutumba gwa landula mwa li olye?",
                              'workouts > workout[label="{noun}"][day="{day}"] ~ meeting:first-of-type .attendees',
                              "After exercise I go back to the stall and then to whoever wants me. Who was at the next meeting after the {noun} {day}?",
                              "Put on record for me the people at the meeting that came straight after the {noun} {day}." + SIGN],
    "lunch_on_meeting_day": ["esiku lyomutumba {title}, lunch onde yi lila peni?",
                             'meals > meal[kind=lunch][day=":has(meeting[title={title}])"] .place',
                             "Meeting days scatter my carving across the hours. Where did my midday food get eaten the day the {title} was held?",
                             "I would have it reported to me the place of my lunch, that day on which the {title} met."],
    "sleep_after_meeting": ["uusiku konima yomutumba {title}, onda kotha iihe ngapi?",
                            'nights > night[after=":has(meeting[title={title}])"] .hours',
                            "A long meeting rattles in my head like a seed in a dry nut. What did the night after the {title} give me in hours of sleep?",
                            "Let the log show the hours of sleep I had on the night following the {title}." + SIGN],
    "dinner_on_said_day": ["esiku ndyoka {who} a popi kombinga ya {value}, ongulohi onda lya shike?",
                           'meals > meal[kind=dinner][day=":has(said[by={who}][about={value}])"] .food',
                           "I remember days by what the customers talked about. What was dinner on the day {who} brought up {value}?",
                           "Put on record for me what I dined on the day {who} spoke of {value}."],
    "compare_sleep": ["{n1} nenge {n2}, uusiku wuni nda kotha unene? iihe yawo ayihe",
                      'nights > night:is([of="{n1}"], [of="{n2}"]) .hours:max',
                      "Like two nuts on a scale, weigh {n1} with {n2}: which held the longer sleep, and how many hours had each?",
                      "I would have it reported to me which of the nights {n1} and {n2} brought me the more sleep, with each night's hours." + SIGN],
    "compare_caffeine": ["{d1} nenge {d2}, esiku lini caffeine ya vula? mg yesiku kehe",
                         'coffees > coffee:is([day="{d1}"], [day="{d2}"]) .mg:sum:max',
                         "Two days side by side, like two carvings on the stall. Which held the heavier caffeine, {d1} set against {d2}, mg beside each?",
                         "Let the log show which of the days {d1} and {d2} held the more caffeine, each day's milligrams entered beside it."],
    "compare_duration": ["{d1} nenge {d2}, exercise yini ya kutha ethimbo ele?",
                         'workouts > workout:is([day="{d1}"], [day="{d2}"]) .minutes:max',
                         "A big nut takes longer than a small one, and so do workouts. Put the workout of {d1} beside that of {d2}: which one kept me moving the longer?",
                         "Put on record for me whether the workout of {d1} or that of {d2} ran the longer." + SIGN],
    "compare_coffee_weeks": ["oshiwike shika onda nu coffee yi vule oshiwike sha piti?",
                             'coffees > coffee:is([week=ongoing], [week=prior]):count:max',
                             "Busy tourist weeks run on coffee at the stall. Has the stall kettle poured me more cups this week than the week before?",
                             "I would have it reported to me whether my coffee this week exceeds that of the previous week."],
    "late_coffee_sleep": ["ngele onda nu coffee po {t} nenge konima, otandi kotha kashona?",
                          'nights > night[last-coffee-from="{t}"] .hours:vs-rest',
                          "An evening cup helps with the polishing, but what does it cost me? When the cup comes at {t} or after, does the night come up short?",
                          "Let the log show whether coffee taken at {t} or afterwards cuts my sleep short." + SIGN],
    "late_dinner_sleep": ["ngele onda lya ongulohi po {t} nenge konima, otandi kotha kashona?",
                          'nights > night[dinner-from="{t}"] .hours:vs-rest',
                          "Dinner waits when a tour bus comes late to the stall. Do I get less sleep when I eat dinner at {t} or later?",
                          "Put on record for me whether dinner at {t} or later leaves me shorter of sleep."],
    "exercise_sleep": ["omasiku ga exercise otandi kotha unene okuvula omasiku galwe?",
                       'nights > night:has-workout .hours:vs(:not(:has-workout))',
                       "Tired hands from carving are one thing, tired legs another. Do I sleep more on days I exercise than on days I don't?",
                       "I would have it reported to me whether I sleep longer after exercise days than after days without any." + SIGN],
    "caffeine_sleep": ["omasiku ga caffeine ya {mg} mg nenge yi vule, okukotha kwandje okwa fa ngiini nomasiku galwe?",
                       'nights > night[day-caffeine-from="{mg}"] .hours:vs-rest',
                       "Strong coffee days make quick hands and restless nights. When a day holds {mg} mg of caffeine or more, does my sleep fare worse than after calmer days?",
                       "Let the log show how my sleep after days of {mg} mg of caffeine or more compares with the remaining nights."],
    "exercise_coffee": ["omasiku ga exercise otandi nu coffee oyindji okuvula omasiku gokuvululuka?",
                        'days > day:has-workout .cups:vs(:not(:has-workout))',
                        "Some days start on the stool, some on the road. Do I drink more coffee on exercise days than on rest days?",
                        "Put on record for me whether I take more coffee on days with exercise than on days of rest." + SIGN],
    "fu_day_before": ["nesiku lya tetekela?",
                      ":same[day=prev]",
                      "Turn the calendar back one day, the way I turn the nut, and answer again.",
                      "The like question, now for the preceding day."],
    "fu_meeting_length": ["nomutumba ngoka gwa kutha ominute ngapi?",
                          ":same .meeting-minutes",
                          "And the length of that sitting, in minutes away from the knife?",
                          "The like question, now as to the minutes that meeting lasted." + SIGN],
    "fu_other_day": ["{day} nee?",
                     ':same[day="{day}"]',
                     "Carve the same question for {day}.",
                     "The like question, now for {day}."],
    "fu_other_person": ["{who} nee?",
                        ':same[from="{who}"]',
                        "Carve me the same answer for {who}.",
                        "The like question, now regarding {who}." + SIGN],
    "fu_night_before": ["nuusiku wa tetekela?",
                        ":same[night=prev]",
                        "Turn back one more night, like reworking a flawed leaf on a nut.",
                        "The like question, now for the night before."],
    "fu_today": ["na nena, sigo ngashingeyi?",
                 ":same[day=today-so-far]",
                 "Do it for today too, from sunrise up to this hour.",
                 "The like question, now for today up to this moment." + SIGN],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = NDONGA[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd}, {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"nena ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"ohela ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd}, {_words(day)}", f"{wd} {_words(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"uusiku wa {NDONGA[day.weekday()]} ({_slash(day)}-{_slash(after)})",
               f"uusiku wa {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"uusiku wohela ({_slash(day)}-{_slash(after)})"]
    return options
