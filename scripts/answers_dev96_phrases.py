"""Question phrasings of the answers benchmark's ninety-sixth tuning set, ``dev96`` (docs/benchmarks.md, "Answers").

``dev96`` was the held-out set until 2026-12-06, when, after its measurement at 8ece0df (grounded
accuracy 0.602; worst category habit_relation 0.318; unsupported 0.004; abstention 0.909; p95 0.024 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev95``, answers_dev95_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young call-centre agent in Bab Ezzouar who types lower case, switching between English and
  Kabyle inside a sentence (Kabyle, Taqbaylit, a Berber language spoken in Algeria and no earlier
  set's language, nor a close neighbour of one: no earlier set has a Berber language), typed in
  Latin letters as most people type it on a phone, "gh" for its gamma and "3" for its ayin: "acu"
  and "d acu" for what ("d acu i cchigh", what did I eat), "anwa", "anta" and "anwi" for which and
  who, "anda" for where, "achal" for how many and how much, "ghef achal" for at what time, "assa"
  and "idelli" for today and yesterday, "iḍ" and "deg yiḍ" for night and at night, "ghur" for
  according to, "-cchigh" for eating, "swigh" for drinking, "lqahwa" for coffee, "ifenjalen" for
  cups, "ttsegh", "gnegh" and "kkregh" for sleeping, lying down and waking, "ssaat" and "ddqayeq" for
  hours and minutes, "timlilit" for a meeting, "imekli" and "imensi" for lunch and dinner, "adlis"
  for a book, "yelli-s" for a daughter, "aqjun" for a dog, "uzzlegh" for running, "ddurt-a" for
  this week, "negh" for or, "seld" for after, "ugar" for more, and English words where they come
  first to mind (a workout, a launch, a podcast, a flight, a bike, breakfast);
- a developer at a ride-hailing start-up in Hydra who keeps its data in a graph database and types
  every question as one Cypher query: a ``MATCH`` over nodes and relationships, a ``WHERE`` with
  ``=`` on a double-quoted slot and a ``RETURN`` of the property wanted
  (``MATCH (d:Day)-[:HAD]->(m:Breakfast) WHERE d.date = "{day}" RETURN m.food``), ``count()``,
  ``sum()``, ``min()`` and ``max()`` for counts, totals, first and last, ``IN [...]`` with ``ORDER BY``
  for two to compare, paths through ``FOLLOWED_BY``, ``HELD`` and ``SAID`` for days named by what
  happened, ``avg()`` beside a condition for habits, no question mark; his follow-ups call a
  procedure of his own (``CALL answers.again("day", "previous")``);
- a fisherman of the fishing port of Algiers, writing in sentences with capitals, who makes a remark
  from his working life before the question (the dawn fish auction, the sardines and the nets, the
  trawler and the harbour wall, the gulls, the café at the port, the cooperative's quotas, the night
  haul);
- a retired consul who writes formal sentences with formulas of his own: "Impart to me ...", "Lay
  before me ...", "Transmit to me ...", "Specify to me ...", "Ascertain for me ...", some closed with
  "I await your word with patience.", his follow-ups opened with "Carry the same enquiry over to".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev96 life lives in Africa/Algiers, from Monday 15 September 2036 to 30 September; Algeria
keeps Central European Time (UTC+1) all year, with no summer time (zoneinfo gives one offset over
all of 2035 to 2037, and so over its 16 days, 15 to 30 September), so no clock changes inside it.
Dates are written as people in Algiers write them: day first, with slashes, both padded, and the
year in full ("15/09/2036"), or the day and month alone the same way ("15/09"); in words the day's
number before the month, in French, lower case, the first of a month "1er" ("15 septembre",
"1er octobre"), with the year after them for a day that may lie outside the life ("15 septembre
2036"). Weekdays are in Kabyle, typed in Latin letters with capitals, "Letnayen" for Monday,
"Ttlata", "Larbaa", "Lekhmis", "Ldjemaa", "Ssebt" and "Lhed" for Sunday: a day as its weekday with
the slashed day in brackets ("Letnayen (15/09)"), as its weekday and the date in words ("Letnayen
15 septembre"), or as the date in words with the weekday in brackets ("15 septembre (Letnayen)");
for a day that may lie outside the life always with the year ("Letnayen 15/09/2036", or "15
septembre 2036 (Letnayen)"); today and yesterday alone, or as "assa" (today) and "idelli"
(yesterday) with the slashed day in brackets. A night is named "deg yiḍ n" (at night of) and the day
it starts on: "deg yiḍ n Letnayen" is the night from Monday into Tuesday, always with its two
slashed days in brackets ("deg yiḍ n Letnayen (15/09-16/09)"), or "yiḍ n" and the date in words
("yiḍ n 15 septembre"); last night alone, "last night", or as "idelli deg yiḍ" with its two slashed
days in brackets. No day's name ends in a dot, so that no question ends in two dots.
Workouts are named with places in and around Algiers: along the Sablettes promenade, through the
Jardin d'Essai and round the track at Ben Aknoun; along the corniche towards Tipaza, up the hill to
Bouzareah and through the Baïnem forest; the pool at the 5 Juillet complex and the beach at Sidi
Fredj; a studio in Hydra and dawn on the Sablettes sand; the bouldering wall in Kouba and the crags
above Chréa.
"""


from __future__ import annotations

from datetime import date, timedelta

KABYLE = ("Letnayen", "Ttlata", "Larbaa", "Lekhmis", "Ldjemaa", "Ssebt", "Lhed")
"""Kabyle weekdays, Monday to Sunday, as typed on a phone in Latin letters, with a capital."""
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
"""The months as Algiers writes them in a date in words, in French, lower case, after the day's number."""

NOUNS = {"run": ("run along the Sablettes promenade", "run through the Jardin d'Essai",
                 "run round the track at Ben Aknoun"),
         "cycle": ("ride along the corniche towards Tipaza", "ride up the hill to Bouzareah",
                   "ride through the Baïnem forest"),
         "swim": ("swim in the pool at the 5 Juillet complex", "swim off the beach at Sidi Fredj"),
         "yoga": ("yoga class at a studio in Hydra", "yoga session at dawn on the Sablettes sand"),
         "climb": ("climb at the bouldering wall in Kouba", "climb on the crags above Chréa")}
"""What this set's questions call a workout of each activity: places in and around Algiers."""

AWAIT = " I await your word with patience."
"""The retired consul's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["ghur {who}, anwa adlis ilaq ad t-ghregh? i forgot its title",
             'MATCH (p:Person)-[:URGED]->(b:Book) WHERE p.name = "{who}" RETURN b.title',
             "Out past the harbour wall there is nothing to read but the sky. What book did {who} keep "
             "pushing on me?",
             "Impart to me the title of the volume {who} so warmly commended to my attention."],
    "film": ["ghur {who}, anwa film i ilaqen ad t-zregh?",
             'MATCH (p:Person)-[:SAYS_MUST_SEE]->(f:Film) WHERE p.name = "{who}" RETURN f.title',
             "The crew watch films on a phone in the wheelhouse when the sea is flat. Which film did "
             "{who} say I simply have to see?",
             "Lay before me the motion picture {who} deemed it essential that I view." + AWAIT],
    "offsite": ["l'offsite, ghur {who}, anta tamdint tura?",
                'MATCH (p:Person)-[:MOVED_OFFSITE_TO]->(t:Town) WHERE p.name = "{who}" RETURN t.name',
                "Our sardines travel by lorry to towns far inland. To which town has {who} now shifted "
                "the offsite?",
                "Transmit to me the town to which {who} tells me the offsite has been removed."],
    "restaurant": ["ghur {who}, d acu isem n restaurant-nni i yelhan atas?",
                   'MATCH (p:Person)-[:RAVED_ABOUT]->(r:Restaurant) WHERE p.name = "{who}" RETURN r.name',
                   "I sell fish to half the kitchens of Bab El Oued. Which restaurant was {who} singing "
                   "the praises of?",
                   "Specify to me the restaurant upon which {who} heaped such commendation." + AWAIT],
    "flight": ["flight n {who}, ghef achal ad d-tawed? ad ruhegh gher l'aeroport",
               'MATCH (p:Person)-[:FLIES_ON]->(f:Flight) WHERE p.name = "{who}" RETURN f.lands_at',
               "From the jetty I watch the planes come in low over the bay. At what time does {who}'s "
               "plane come down?",
               "Ascertain for me the hour at which the aircraft carrying {who} is due to alight."],
    "dog": ["aqjun amezyan n {who}, d acu isem-is?",
            'MATCH (p:Person)-[:ADOPTED]->(d:Puppy) WHERE p.name = "{who}" RETURN d.name',
            "The port cats steal more fish than any gull. What name did {who} give that new pup?",
            "Impart to me the name bestowed upon the young dog {who} has lately taken in." + AWAIT],
    "launch": ["launch n {project}, ghur {who} gher anwa ass i t-wexxren?",
               'MATCH (p:Person)-[r:RESCHEDULED]->(l:Launch) WHERE p.name = "{who}" AND l.project = "{project}" RETURN r.new_date',
               "When the weather turns, we sail a day late and nobody complains. To which day has "
               "{who} pushed the {project} launch?",
               "Lay before me the date now fixed for the {project} launch; {who} is my source."],
    "age": ["yelli-s n {who}, achal n iseggasen ad tes3u deg birthday-ines?",
            'MATCH (p:Person)-[:PARENT_OF]->(c:Daughter) WHERE p.name = "{who}" RETURN c.age_next_birthday',
            "My boy started mending nets at twelve. How old will {who}'s daughter turn at her coming "
            "birthday?",
            "Transmit to me the age the daughter of {who} shall attain upon her next birthday." + AWAIT],
    "podcast": ["anwa podcast i yi-d-yefka {who}? for the long ride home",
                'MATCH (p:Person)-[:TIPPED]->(c:Podcast) WHERE p.name = "{who}" RETURN c.name',
                "On the night run out to the shoals I keep one earbud in. Which podcast was it "
                "that {who} put in my ear?",
                "Specify to me which podcast {who} recommended for my listening."],
    "breakfast_food": ["{day} d acu i cchigh di breakfast?",
                       'MATCH (d:Day)-[:HAD]->(m:Breakfast) WHERE d.date = "{day}" RETURN m.food',
                       "The fish auction starts before the sun is up, so I eat early. Which food made "
                       "up my breakfast {day}?",
                       "Ascertain for me what constituted my breakfast {day}." + AWAIT],
    "lunch_food": ["{day} d acu i cchigh di imekli?",
                   'MATCH (d:Day)-[:HAD]->(m:Lunch) WHERE d.date = "{day}" RETURN m.food',
                   "By noon the catch is sold and the deck is hosed down. What went on my plate at "
                   "midday {day}?",
                   "Impart to me the substance of my luncheon {day}."],
    "dinner_food": ["{day} d acu i cchigh di imensi?",
                    'MATCH (d:Day)-[:HAD]->(m:Dinner) WHERE d.date = "{day}" RETURN m.food',
                    "A fisherman who sells sardines all day seldom eats them at night. What was my "
                    "supper {day}?",
                    "Lay before me the dishes of my evening repast {day}." + AWAIT],
    "lunch_place": ["{day} anda i cchigh imekli?",
                    'MATCH (d:Day)-[:HAD]->(m:Lunch)-[:AT]->(v:Venue) WHERE d.date = "{day}" RETURN v.name',
                    "Sometimes I eat on the boat, sometimes at a counter in the Pêcherie. Where did my "
                    "midday meal happen {day}?",
                    "Transmit to me the place at which I took my midday meal {day}."],
    "dinner_place": ["{day} anda i cchigh imensi?",
                     'MATCH (d:Day)-[:HAD]->(m:Dinner)-[:AT]->(v:Venue) WHERE d.date = "{day}" RETURN v.name',
                     "After a good haul I treat myself to a table in town. Where did I sit down for "
                     "dinner {day}?",
                     "Specify to me the establishment at which I supped {day}." + AWAIT],
    "workout_kind": ["{day} d acu n sport i xedmegh? run, bike negh swim?",
                     'MATCH (d:Day)-[:HAD]->(w:Workout) WHERE d.date = "{day}" RETURN w.type',
                     "Hauling nets is all the exercise some men want. Which kind of workout filled my "
                     "time {day}?",
                     "Ascertain for me the kind of exercise I undertook {day}."],
    "heart_rate": ["di {noun} {day}, achal i yella l'average n heart rate-iw?",
                   'MATCH (w:Workout) WHERE w.name = "{noun}" AND w.day = "{day}" RETURN w.avg_hr',
                   "When a storm catches us my heart hammers like an engine. What was my average "
                   "pulse across the {noun} {day}?",
                   "Impart to me the mean heart rate I sustained during the {noun} {day}." + AWAIT],
    "sleep_quality": ["{night} ttsegh mlih negh xati?",
                      'MATCH (n:Night) WHERE n.label = "{night}" RETURN n.quality',
                      "A rocking hull puts me out like a lamp, but a bed on land is another matter. "
                      "Was my sleep on land sound or broken {night}?",
                      "Lay before me whether my rest was sound or troubled {night}."],
    "sleep_night": ["{night} achal n ssaat i ttsegh?",
                    'MATCH (n:Night) WHERE n.label = "{night}" RETURN n.hours_asleep',
                    "We sleep in scraps between tides. How many hours did I manage {night}?",
                    "Transmit to me the number of hours I spent asleep {night}." + AWAIT],
    "exercise_duration": ["di {noun} {day}, achal n ddqayeq i yedum?",
                          'MATCH (w:Workout) WHERE w.name = "{noun}" AND w.day = "{day}" RETURN w.minutes',
                          "Mending a torn net can eat a whole afternoon. How many minutes of my day "
                          "did the {noun} {day} eat up?",
                          "Specify to me the length in minutes of the {noun} {day}."],
    "meeting_duration": ["timlilit n {title} {day}, achal n ddqayeq i tedum?",
                         'MATCH (m:Meeting) WHERE m.title = "{title}" AND m.day = "{day}" RETURN m.minutes',
                         "The cooperative argues over quotas longer than we fish. How many minutes did "
                         "the {title} {day} run to?",
                         "Ascertain for me how many minutes the {title} {day} occupied." + AWAIT],
    "distance_run": ["{day} achal n km i uzzlegh?",
                     'MATCH (d:Day)-[:HAD]->(w:Workout) WHERE d.date = "{day}" AND w.type = "run" RETURN sum(w.km)',
                     "On land my legs forget the sea. How many kilometres did my legs carry me at a run {day}?",
                     "Impart to me the distance I covered on foot at a run {day}."],
    "distance_cycle": ["{day} achal n km i xedmegh s bike?",
                       'MATCH (d:Day)-[:HAD]->(w:Workout) WHERE d.date = "{day}" AND w.type = "cycle" RETURN sum(w.km)',
                       "The boy who brings us ice comes down the hill on a bicycle. How far did my own "
                       "bicycle take me {day}?",
                       "Lay before me the distance I travelled by bicycle {day}." + AWAIT],
    "distance_swim": ["{day} achal i swimmigh? s metres negh km",
                      'MATCH (d:Day)-[:HAD]->(w:Workout) WHERE d.date = "{day}" AND w.type = "swim" RETURN sum(w.distance)',
                      "A man of the sea should swim more than he does. How much sea or pool did I cover swimming {day}?",
                      "Transmit to me the distance I swam {day}."],
    "attendees": ["anwi i yellan di {title} {day}?",
                  'MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE m.title = "{title}" AND m.day = "{day}" RETURN p.name',
                  "At the harbour office there are always more chairs than people. Who was actually "
                  "present at the {title} {day}?",
                  "Specify to me the persons who attended the {title} {day}." + AWAIT],
    "coffee_count": ["{day} achal n ifenjalen n lqahwa i swigh?",
                     'MATCH (d:Day)-[:DRANK]->(c:Coffee) WHERE d.date = "{day}" RETURN count(c)',
                     "The café at the port opens at four for us. How many coffees went down my "
                     "throat {day}?",
                     "Ascertain for me how many cups of coffee passed my lips {day}."],
    "caffeine": ["{day} achal n caffeine i swigh akk? s mg",
                 'MATCH (d:Day)-[:DRANK]->(c:Coffee) WHERE d.date = "{day}" RETURN sum(c.mg)',
                 "Strong coffee keeps my eyes on the water. Give me the caffeine total for "
                 "{day} as milligrams.",
                 "Impart to me the whole of the caffeine I consumed {day}, in its sum of milligrams." + AWAIT],
    "meeting_count": ["{day} achal n timlilin i s3igh?",
                      'MATCH (d:Day)-[:HELD]->(m:Meeting) WHERE d.date = "{day}" RETURN count(m)',
                      "Each meeting ashore is a tide I miss at sea. How many meetings kept me off "
                      "the water {day}?",
                      "Lay before me the count of meetings I attended {day}."],
    "km_week": ["si Letnayen armi d assa, achal n km n {activity} i xedmegh?",
                'MATCH (w:Workout) WHERE w.type = "{activity}" AND w.week = "this" RETURN sum(w.km)',
                "We weigh the catch by the crate; weigh my {activity} by the kilometre. What does "
                "it add up to since Monday?",
                "Transmit to me the kilometres of {activity} amassed since Monday." + AWAIT],
    "workouts_week": ["ddurt-a, achal n workouts i xedmegh armi d tura?",
                      'MATCH (w:Workout) WHERE w.week = "this" RETURN count(w)',
                      "Between the trawler and the market the week leaves little room for sport. How "
                      "many workouts have I fitted between the tides this week?",
                      "Specify to me how many sessions of exercise the present week has so far seen."],
    "first_coffee": ["{day} lqahwa tamezwarut, ghef achal i tt-swigh?",
                     'MATCH (d:Day)-[:DRANK]->(c:Coffee) WHERE d.date = "{day}" RETURN min(c.time)',
                     "No rope gets coiled on our boat before coffee. When did I drink the opening cup "
                     "{day}?",
                     "Ascertain for me the hour of my first coffee {day}." + AWAIT],
    "last_coffee": ["{day} lqahwa taneggarut, ghef achal i tt-swigh?",
                    'MATCH (d:Day)-[:DRANK]->(c:Coffee) WHERE d.date = "{day}" RETURN max(c.time)',
                    "Once the nets are stowed I try to stop the coffee. What time was the final cup "
                    "{day}?",
                    "Impart to me the hour of the last coffee I took {day}."],
    "first_meeting": ["{day} timlilit tamezwarut, ghef achal i tebda?",
                      'MATCH (d:Day)-[:HELD]->(m:Meeting) WHERE d.date = "{day}" RETURN min(m.start)',
                      "The harbour master likes his meetings at dawn, while we are still at sea. "
                      "When did the earliest meeting of mine get started {day}?",
                      "Lay before me the hour at which my first meeting opened {day}." + AWAIT],
    "wake": ["{day} ghef achal i kkregh?",
             'MATCH (d:Day) WHERE d.date = "{day}" RETURN d.woke_at',
             "The gulls wake the whole port long before any alarm. What time did I crawl out of bed {day}?",
             "Transmit to me the hour of my rising {day}."],
    "bedtime": ["{night} ghef achal i gnegh?",
                'MATCH (n:Night) WHERE n.label = "{night}" RETURN n.bedtime',
                "After a night haul I sleep whenever my boots come off. When did I finally pull the "
                "blanket up {night}?",
                "Specify to me the hour at which I retired to bed {night}." + AWAIT],
    "dinner_on_distance": ["ass-nni i {past} {km} km, d acu i cchigh di imensi?",
                           'MATCH (w:Workout)<-[:HAD]-(d:Day)-[:HAD]->(m:Dinner) WHERE w.verb = "{past}" AND w.km = {km} RETURN m.food',
                           "Some days my legs work harder than the outboard motor. Which supper "
                           "followed the day I {past} {km} km?",
                           "Ascertain for me my dinner on the day I {past} {km} km."],
    "meeting_after_workout": ["seld {noun} {day}, anwi i yellan di timlilit i d-iteddun?",
                              'MATCH (w:Workout)-[:FOLLOWED_BY]->(m:Meeting)<-[:ATTENDED]-(p:Person) WHERE w.name = "{noun}" AND w.day = "{day}" RETURN p.name',
                              "I turn up to meetings still smelling of salt. Who was in the first meeting I "
                              "went to after the {noun} {day}?",
                              "Impart to me who attended the meeting that came next after my {noun} {day}."
                              + AWAIT],
    "lunch_on_meeting_day": ["ass n {title}, anda i cchigh imekli?",
                             'MATCH (m:Meeting)<-[:HELD]-(d:Day)-[:HAD]->(l:Lunch)-[:AT]->(v:Venue) WHERE m.title = "{title}" RETURN v.name',
                             "On days with a meeting I leave the boat to my cousin. Where did my lunch "
                             "come from on the {title} day?",
                             "Lay before me where I lunched on the day the {title} took place."],
    "sleep_after_meeting": ["iḍ seld {title}, achal n ssaat i ttsegh?",
                            'MATCH (m:Meeting)-[:FOLLOWED_BY]->(n:Night) WHERE m.title = "{title}" RETURN n.hours_asleep',
                            "A meeting ashore wears me out worse than a rough crossing. How many hours of "
                            "sleep did the night after the {title} hand me?",
                            "Transmit to me how long I slept the night following the {title}." + AWAIT],
    "dinner_on_said_day": ["ass-nni {who} i d-yehder ghef {value}, d acu i cchigh di imensi?",
                           'MATCH (p:Person)-[s:SAID]->(d:Day)-[:HAD]->(m:Dinner) WHERE p.name = "{who}" AND s.about = "{value}" RETURN m.food',
                           "People on the quay talk my ear off while I gut fish. One day {who} was going on "
                           "about {value}. What did supper amount to that same evening?",
                           "Specify to me what I dined on the day {who} spoke of {value}."],
    "compare_sleep": ["{n1} negh {n2}, anwa yid i ttsegh ugar? ssaat n yal yiwen",
                      'MATCH (n:Night) WHERE n.label IN ["{n1}", "{n2}"] RETURN n.label, n.hours_asleep ORDER BY n.hours_asleep DESC',
                      "One of those nights the wind banged the shutters till dawn. Which of the nights "
                      "{n1} and {n2} let me sleep longer? Each night's hours too.",
                      "Ascertain for me which of the nights {n1} and {n2} afforded me the longer sleep, with the "
                      "hours of each set down." + AWAIT],
    "compare_caffeine": ["{d1} negh {d2}, anwa ass i swigh ugar n caffeine? mg n yal yiwen",
                         'MATCH (d:Day)-[:DRANK]->(c:Coffee) WHERE d.date IN ["{d1}", "{d2}"] RETURN d.date, sum(c.mg) ORDER BY sum(c.mg) DESC',
                         "Too much coffee and my knots come out crooked. Did {d1} or {d2} carry more "
                         "caffeine? Put the milligrams of each beside it.",
                         "Impart to me which of {d1} and {d2} brought the greater caffeine, the milligrams of "
                         "each day stated."],
    "compare_duration": ["workout n {d1} negh n {d2}, anwa i yedumen ugar? ddqayeq n yal yiwen",
                         'MATCH (w:Workout) WHERE w.day IN ["{d1}", "{d2}"] RETURN w.day, w.minutes ORDER BY w.minutes DESC',
                         "My shoulders tell me when I have overdone it. Which lasted more minutes: "
                         "{d1}'s workout or {d2}'s? Each one's minutes too.",
                         "Lay before me whether the workout {d1} outlasted that of {d2}, the minutes of "
                         "each alongside." + AWAIT],
    "compare_coffee_weeks": ["ddurt-a swigh lqahwa ugar n ddurt yezrin?",
                             'MATCH (c:Coffee) WHERE c.week IN ["this", "previous"] RETURN c.week, count(c)',
                             "The café owner at the port says I am his best customer lately. Does this week's "
                             "coffee count beat the count of the week before?",
                             "Transmit to me whether my coffee this week outstrips that of the previous "
                             "week."],
    "late_coffee_sleep": ["ma swigh lqahwa deg {t} negh seld-s, ttsegh drus?",
                          'MATCH (n:Night) RETURN n.last_coffee >= "{t}" AS late, avg(n.hours_asleep)',
                          "The night crews drink coffee at the quay and swear by it. If I take a coffee "
                          "at {t} or past it, is my sleep cut shorter?",
                          "Specify to me whether coffee at {t} or beyond curtails my hours of sleep."
                          + AWAIT],
    "late_dinner_sleep": ["ma cchigh imensi deg {t} negh seld-s, ttsegh drus?",
                          'MATCH (n:Night) RETURN n.dinner_at >= "{t}" AS late, avg(n.hours_asleep)',
                          "On market days supper waits until the last crate is loaded. If dinner comes "
                          "at {t} or after, do I lose sleep over it?",
                          "Ascertain for me whether dining at {t} or later shortens my sleep."],
    "exercise_sleep": ["ussan n workout, ttsegh ugar n ussan nniden?",
                       'MATCH (n:Night) RETURN n.after_workout, avg(n.hours_asleep)',
                       "Sport tires other muscles than the nets do. Is my sleep longer after a day with "
                       "a workout than after a day without?",
                       "Impart to me whether I sleep longer after days of exercise than after days "
                       "without it." + AWAIT],
    "caffeine_sleep": ["ma swigh {mg} mg n caffeine negh ugar, amek i yella ides-iw ma ad t-qablegh "
                       "d yiḍan nniden?",
                       'MATCH (n:Night) RETURN n.caffeine_mg >= {mg} AS heavy, avg(n.hours_asleep)',
                       "On auction days I live on espresso. Once a day has given me {mg} mg of "
                       "caffeine or beyond, how does the night after it measure up to my other nights?",
                       "Lay before me how my sleep after days of {mg} mg of caffeine or upwards "
                       "measures against my sleep on the other nights."],
    "exercise_coffee": ["swigh lqahwa ugar deg ussan n workout negh deg ussan n rest?",
                        'MATCH (d:Day) RETURN d.trained, avg(d.coffees)',
                        "I stop at the café twice on training mornings. Which days "
                        "see more coffee from me, workout days or rest days?",
                        "Transmit to me whether my coffee is greater on days of exercise or on days of "
                        "rest." + AWAIT],
    "fu_day_before": ["ass uqbel-is?",
                      'CALL answers.again("day", "previous")',
                      "Pull it back one more day, like hauling in a line.",
                      "Carry the same enquiry over to the day before."],
    "fu_meeting_length": ["timlilit-nni, achal n ddqayeq i tedum?",
                          'MATCH (a:LastAnswer)-[:ABOUT]->(m:Meeting) RETURN m.minutes',
                          "And the meeting itself, how many minutes did it drag on?",
                          "Carry the same enquiry over to the length of that meeting." + AWAIT],
    "fu_other_day": ["ma d {day}?",
                     'CALL answers.again("day", "{day}")',
                     "Cast the same net over {day}.",
                     "Carry the same enquiry over to {day}."],
    "fu_other_person": ["ma d {who}?",
                        'CALL answers.again("person", "{who}")',
                        "Cast the same net over {who}.",
                        "Carry the same enquiry over to {who}." + AWAIT],
    "fu_night_before": ["iḍ uqbel-is?",
                        'CALL answers.again("night", "previous")',
                        "Pull it back one more night, the way the tide goes out.",
                        "Carry the same enquiry over to the night before."],
    "fu_today": ["u assa, armi d tura?",
                 'CALL answers.again("day", "today", "now")',
                 "Now today as well, from the dawn auction up to this moment.",
                 "Carry the same enquiry over to today, from its beginning up to the present."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = KABYLE[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"assa ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"idelli ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd} {_words(day)}", f"{_words(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"deg yiḍ n {KABYLE[day.weekday()]} ({_slash(day)}-{_slash(after)})", f"yiḍ n {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"idelli deg yiḍ ({_slash(day)}-{_slash(after)})"]
    return options
