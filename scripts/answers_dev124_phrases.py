"""Question phrasings of the answers benchmark's one hundred and twenty-fourth tuning set, ``dev124`` (docs/benchmarks.md, "Answers").

``dev124`` was the held-out set until 2026-12-07, when, after its measurement at bcc54f6 (grounded
accuracy 0.485; worst category value_on_date 0.273; unsupported 0.008; abstention 0.818; p95 0.039 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev123``, answers_dev123_phrases.py) on 2026-12-07, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a Xibe student from a village on the Chabuchar canal in Qapqal (the Xibe county across the Ili
  River from Yining), studying in Yining, who types lower case, switching between English and Xibe
  inside a sentence, the Xibe typed in Latin letters close to the Möllendorff spelling of written
  Manchu, whose script the Xibe still write, without its marks (u for the long u, sh for the hushing
  s), every number in a question a number. The Xibe here is the writer's own approximation from the
  commonest words of written Manchu (ai what, we who, aibide where, atanggi when, udu how many or
  how much, ya which, ai erin what time, enenggi today, sikse yesterday, dobori night, inenggi day,
  erde buda the morning meal, yamji buda the evening meal, jeke I ate, omiha I drank, omimbi I
  drink, omici if I drink, amgaha I slept, amgambi I sleep, amgame genehe I went to sleep, getehe I
  woke, feksihe I ran, ebishehe I swam, yabuha I went, araha I did, isan a meeting, bithe a book,
  gebu a name, sindaha gave, ajige indahun a puppy, sargan jui a daughter, se years of age, ombi
  she turns, labdu much or more, komso little or less, golmin long, goidaha it lasted, ere this,
  ere mudan this time, tere that, terei its, nadan inenggi the week (seven days), duleke past,
  ujui first, dubei last, amala after, onggolo before, sirame next, te now, te de isitala until
  now, uheri in all, sain well, aku not, henduhe, gisurehe and sehe said, tuwa watch, tuwambi I
  watch, donjimbi I listen, guribuhe it was moved, deribuhe it began, isinjimbi it arrives, okdome
  genembi I go to meet, oho it became, bihe it was, bi I, i of, de at, be the object's mark, ci
  than, o the question's mark, oci as for, eici or, ba a place, ningge the one, ejehe aku I don't
  remember; the weekdays Emuci to Nadaci, "inenggi" the day); no speaker has checked it, and spoken
  Xibe differs from written Manchu in its sounds and endings. What the set tests is how the planner
  reads English mixed with a language it has never seen: no earlier set switches into Xibe, Manchu
  or any other Tungusic language; the nearest families earlier sets use are Mongolic (Mongolian)
  and Turkic (Kazakh, Uzbek, Azerbaijani, Turkish, Sakha and others), which the old "Altaic"
  grouping put beside Tungusic and which are held to be separate families now, none of them close
  to it;
- a freight-data analyst at the Khorgos dry port on the Kazakh border, who lands the port's
  container records in Apache Spark and keeps his own diary there as tables too, and types every
  question as one Scala expression at spark-shell on those DataFrames: 'meals.where(col("day") ===
  "..." && col("kind") === "lunch").select("food").show()' for a value, '.count()' for counts,
  '.agg(sum("km"))' for sums, '.agg(min("time"))' and '.agg(max("time"))' for firsts and lasts,
  '.select("name").show()' for several names, '.isin(...)' with 'groupBy("day")' for two compared,
  'groupBy(col(...) >= ...).agg(avg("hours"))' for habits, 'date_trunc("week",
  current_timestamp())' for this week, '.join(...)' for a day named by what happened on it, and a
  Scala comment after "//" where he adds a word; no question mark, no brace, no range (two dots);
  his follow-ups bind a value again and rerun ('val day = dayBefore(day) // rerun the query above');
- a bowyer in Qapqal who makes the Xibe horn bow (horn, wood, sinew and birch bark) for the archers
  of the county's archery school, and starts with a remark from his work (the sinew he shreds and
  lays on the limbs, the horn strips he shaves, the birch bark he fetches from the market in
  Yining, the bowstrings he twists and waxes, the nocks, the bows hung on their pegs to cure for a
  year, the stove in the workshop and the damp of spring, the boys of the archery school, their
  coach and the range, the county archery committee and its prize money, buyers from Urumqi and
  abroad, his wife, his granddaughter, his apprentice, his father and his teacher at the bench, a
  dog that once chewed his sinew) before he asks; his follow-ups "While the sinew dries: ...";
- a retired glaciologist living in Yining, once of the research station at the head of the
  Urumqi River in the Tianshan, who writes formal sentences with formulas of his own: "A
  glaciologist in retirement would welcome word of ...", often closed with "From the firn line,
  Yining.", and his follow-ups "Further down the same core, ...".

Of the Xibe words, those another module holds as a word are short ones another language happens
to share, kept: "ai", "aku", "amala", "ba", "bi", "buda", "ci", "de", "ere", "erin", "o", "sain"
(good, a word Mongolian has too), "se", "te", "we" and "ya" (and the English words the writer
mixes in: "average", "bike", "bus", "caffeine", "coffee", "film", "flight", "heart rate", "hours",
"km", "launch", "lunch", "metre", "mg", "minutes", "offsite", "podcast", "restaurant", "weekend",
"workout", "i can't find it", "i forgot", "we should go"); no day or night name is another set's.
No other module holds "Xibe", "Manchu", "Tungusic", "Qapqal", "Chabuchar", "Yining", "Urumqi",
"Xinjiang", "Khorgos", "Scala", "spark-shell", "===", "col(", "agg(", "date_trunc", ".show(",
"bowyer", "horn bow", "sinew", "birch bark", "bowstring", "archery", "glaciologist", "firn",
"would welcome word of", "From the firn line", "Further down the same core" or "While the sinew
dries", nor any of the place names below; the bowyer's remarks keep out "glue" and "tiller", which
other modules hold ("horn" alone is in some, as a car's, a band's or an anvil's), and the
glaciologist's keep out "glacier" and "moraine", which one holds.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev124 life lives in Asia/Urumqi, the zone of Xinjiang Time (six hours ahead of Greenwich),
which many in the Ili valley keep beside the official Beijing time, in Yining, from Monday 30 March
2037 to 14 April 2037; the zone has no summer time (zoneinfo gives one offset over its 16 days), so
no clock changes inside it. Dates are written as people in China write them: year first, with
slashes, unpadded ("2037/3/30"), as they are typed in messages, or with hyphens, padded
("2037-03-30"), as phones and forms show them. Weekdays are Xibe ones, typed in Latin letters with a
capital, the ordinals first to seventh, as Chinese numbers the days of the week: "Emuci" for
Monday, "Juweci", "Ilaci", "Duici", "Sunjaci", "Ningguci" and "Nadaci" for Sunday (an
approximation): a day as its weekday and its slashed date ("Emuci 2037/3/30"), as its hyphenated
date, a comma and its weekday, or as its weekday, "inenggi" (day) and its slashed date; today and
yesterday alone, or as "enenggi" (today) and the slashed date, or "sikse" (yesterday), a comma, its
weekday and the hyphenated date. A night is named as its weekday, "dobori" (night) and its slashed
date ("Emuci dobori 2037/3/30"), or as "dobori", a comma, its weekday and its hyphenated date; last
night alone, "last night", or as "sikse dobori" and the slashed date. No day's name ends in a dot,
so that no question ends in two dots. Workouts are named with places in and around Yining: along
the Ili River embankment, through the lanes of Kazanqi, down Liuxing Street; across the Ili River
bridge to Qapqal, out to the lavender fields of Huocheng, round Sayram Lake; at the pool of the
Yining sports centre and a pool in Qapqal; a studio off Liuxing Street and a rooftop in Kazanqi; a
bouldering gym in Yining and the crags of Guozigou.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("Emuci", "Juweci", "Ilaci", "Duici", "Sunjaci", "Ningguci", "Nadaci")
"""Xibe weekdays in Latin letters, as this set names them, Monday to Sunday: the ordinals, first to
seventh, as the Chinese number the days of the week (an approximation)."""

NOUNS = {"run": ("run along the Ili River embankment", "run through the lanes of Kazanqi", "run down Liuxing Street"),
         "cycle": ("ride across the Ili River bridge to Qapqal", "ride out to the lavender fields of Huocheng",
                   "ride round Sayram Lake"),
         "swim": ("swim at the pool of the Yining sports centre", "swim at a pool in Qapqal"),
         "yoga": ("yoga class in a studio off Liuxing Street", "yoga session on a rooftop in Kazanqi"),
         "climb": ("climb at a bouldering gym in Yining", "climb on the crags of Guozigou")}
"""What this set's questions call a workout of each activity: places in and around Yining."""

G = "A glaciologist in retirement would welcome word of"
S = "From the firn line, Yining."
F = "While the sinew dries:"

PHRASES: dict[str, list[str]] = {
    "book": ["{who} i henduhe bithe, gebu ai? i can't find it at the shop",
             'tips.where(col("from") === "{who}" && col("kind") === "book").select("title").show()',
             "Winter nights in the workshop are long, and I read while the sinew dries on the limbs. What was the book {who} swore I had to get through?",
             f"{G} the title of the book {{who}} commended to him. {S}"],
    "film": ["ya film be {who} tuwa sehe? bi weekend de tuwambi",
             'tips.where(col("from") === "{who}" && col("kind") === "film").select("title").show(false)',
             "The boys of the archery school watch films of the old mounted archers on the wall of the gym. Which picture did {who} say was worth my evening?",
             f"{G} which film {{who}} held up as worth the seeing."],
    "offsite": ["{who} henduhe offsite, te aibide oho?",
                'news.where(col("from") === "{who}" && col("about") === "offsite").select("new_venue").show()',
                "A bow that travels in a cold truck can crack along its belly. {who} told me the offsite had been moved; where does it stand now?",
                f"{G} the place to which the offsite has been moved, following what {{who}} let him know. {S}"],
    "restaurant": ["{who} gisurehe restaurant, ya ba? we should go",
                   'tips.filter(col("from") === "{who}" && col("kind") === "restaurant").select("name").first()',
                   "Selling a bow to a buyer from Urumqi always ends at a table. Which eating place was it that {who} thought we should try?",
                   f"{G} the name of the restaurant {{who}} recommended to him."],
    "flight": ["{who} i flight ai erin de isinjimbi? bi okdome genembi",
               'flights.where(col("passenger") === "{who}").select("lands_at").show()',
               "Bows I sell abroad go as hand luggage, never in the hold. At what time does the plane with {who} on board come down?",
               f"{G} the hour at which the aircraft carrying {{who}} is expected to land. {S}"],
    "dog": ["{who} i ajige indahun de ai gebu sindaha?",
            'dogs.where(col("owner") === "{who}").select("name").first()',
            "A dog once chewed a whole bundle of sinew I had left on the bench. What name has {who} given to the new puppy?",
            f"{G} the name conferred upon the dog of {{who}}."],
    "launch": ["{project} launch atanggi de guribuhe? {who} henduhe",
               'launches.where(col("project") === "{project}" && col("told_by") === "{who}").select("new_date").show()',
               "A horn bow cannot be hurried; it is ready when its layers have cured. {who} says the {project} launch has been pushed; which date is it set for now?",
               f"{G} the date to which the {{project}} launch now stands moved, as {{who}} has passed it to him. {S}"],
    "age": ["{who} i sargan jui ere mudan udu se ombi?",
            'kids.where(col("parent") === "{who}" && col("kind") === "daughter").select("turning").show()',
            "My granddaughter drew her first bow at six, a little one I made of elm. How many years will the daughter of {who} count at her next birthday?",
            f"{G} the age the daughter of {{who}} is about to reach."],
    "podcast": ["{who} i henduhe podcast ya? Qapqal bus de donjimbi",
                'tips.where(col("from") === "{who}" && col("kind") === "podcast").select("title").head()',
                "Shredding sinew is hours of the same motion, so I listen to something. Which podcast was it that {who} reckoned would carry me through the shredding?",
                f"{G} which podcast {{who}} brought to his notice. {S}"],
    "breakfast_food": ["{day} erde buda de ai jeke?",
                       'meals.where(col("day") === "{day}" && col("kind") === "breakfast").select("food").show()',
                       "I light the stove in the workshop before I eat, so the room is warm for the work. What went into me at breakfast, {day}?",
                       f"{G} what he took at breakfast, {{day}}."],
    "lunch_food": ["{day} lunch de ai jeke? i forgot",
                   'meals.filter(col("kind") === "lunch" && col("day") === "{day}").select("food").show()',
                   "At noon my wife brings noodles to the workshop unless I am at the range. What was on my midday plate, {day}?",
                   f"{G} what made up his luncheon, {{day}}. {S}"],
    "dinner_food": ["yamji buda {day}, ai jeke bihe?",
                    'meals.where(col("day") === "{day}" && col("kind") === "dinner").select("food").first()',
                    "Evenings I sit by the stove and wax the bowstrings. What filled the supper bowl, {day}?",
                    f"{G} the fare at his supper, {{day}}."],
    "lunch_place": ["{day} lunch aibide jeke?",
                    'meals.where(col("day") === "{day}" && col("kind") === "lunch").select("place").show()',
                    "On range days I eat wherever the coach takes the boys. Where did I end up eating at noon, {day}?",
                    f"{G} the establishment at which he lunched, {{day}}. {S}"],
    "dinner_place": ["{day} yamji buda aibide bihe? bi ejehe aku",
                     'meals.filter(col("kind") === "dinner" && col("day") === "{day}").select("place").first()',
                     "When a buyer comes from Urumqi we go out to eat instead of home. Where was I sitting for the evening meal, {day}?",
                     f"{G} the place of his evening meal, {{day}}."],
    "workout_kind": ["{day} ai workout araha?",
                     'workouts.where(col("day") === "{day}").select("activity").show()',
                     "Drawing a heavy bow fifty times a day is training of its own, but I do more. What did I do for exercise beyond the bench, {day}?",
                     f"{G} the kind of exercise he undertook, {{day}}. {S}"],
    "heart_rate": ["{day} {noun} de heart rate average udu bihe?",
                   'workouts.where(col("day") === "{day}" && col("name") === "{noun}").select("avg_hr").show()',
                   "A steady heart makes a steady release, the coach tells the boys. What did my heart average through the {noun}, {day}?",
                   f"{G} his average heart rate over the {{noun}}, {{day}}."],
    "sleep_quality": ["{night} sain amgaha, aku?",
                      'nights.where(col("night") === "{night}").select("quality").show()',
                      "In spring the workshop creaks as the wood and sinew move with the damp. Did the creaking let me sleep through, {night}?",
                      f"{G} whether his sleep was sound or broken, {{night}}. {S}"],
    "sleep_night": ["{night} udu hours amgaha?",
                    'nights.where(col("night") === "{night}").select("hours").first()',
                    "A bow left to cure needs a year; I am lucky to get seven hours. How much sleep came my way, {night}?",
                    f"{G} the number of hours he lay asleep, {{night}}."],
    "exercise_duration": ["{day} {noun} udu minutes goidaha?",
                          'workouts.where(col("name") === "{noun}" && col("day") === "{day}").select("minutes").show()',
                          "The boys shoot in rounds of six and I keep the time. How many minutes did the {noun} take me, {day}?",
                          f"{G} the duration of the {{noun}} in minutes, {{day}}. {S}"],
    "meeting_duration": ["{day} {title} udu goidaha? hours eici minutes",
                         'meetings.where(col("title") === "{title}" && col("day") === "{day}").select("minutes").show()',
                         "The county archery committee can talk longer than a bowstring takes to twist. How long did the {title} keep us talking, {day}?",
                         f"{G} the length of the {{title}}, {{day}}."],
    "distance_run": ["{day} udu km feksihe?",
                     'workouts.where(col("day") === "{day}" && col("activity") === "run").agg(sum("km")).show()',
                     "The path along the canal is where I run to loosen my drawing shoulder. How far in kilometres did I run along it, {day}?",
                     f"{G} the distance he ran in kilometres, {{day}}. {S}"],
    "distance_cycle": ["{day} bike de udu km yabuha?",
                       'workouts.where(col("day") === "{day}" && col("activity") === "cycle").agg(sum("km")).show()',
                       "I fetch birch bark from the market in Yining on my bicycle when the bus is full. How many kilometres did the bicycle carry me and the bark, {day}?",
                       f"{G} the distance he covered by bicycle, {{day}}."],
    "distance_swim": ["{day} udu metre ebishehe?",
                      'workouts.where(col("day") === "{day}" && col("activity") === "swim").agg(sum("metres")).show()',
                      "Swimming keeps both shoulders even, which a bowyer needs. What distance in metres did I swim, {day}?",
                      f"{G} the metres of water behind him after his swim, {{day}}. {S}"],
    "attendees": ["{day} {title} de we bihe?",
                  'attendees.where(col("meeting") === "{title}" && col("day") === "{day}").select("name").show()',
                  "At a meeting of archers you can tell who shoots by the calluses on their fingers. Who sat in the {title}, {day}?",
                  f"{G} the names of those attending the {{title}}, {{day}}."],
    "coffee_count": ["{day} udu coffee omiha?",
                     'coffees.where(col("day") === "{day}").count()',
                     "Coffee is a city habit I picked up from the buyers; my father drank only milk tea. How many cups of that city habit did I have, {day}?",
                     f"{G} the count of coffees he drank, {{day}}. {S}"],
    "caffeine": ["{day} caffeine uheri udu mg?",
                 'coffees.where(col("day") === "{day}").agg(sum("mg")).show()',
                 "Too much coffee and my hands shake when I shave the horn strips. With every cup counted in, how many mg of caffeine did I take, {day}?",
                 f"{G} the total of his caffeine in mg, {{day}}."],
    "meeting_count": ["{day} udu isan bihe?",
                      'meetings.filter(col("day") === "{day}").count()',
                      "Between the archery school, the county and the buyers, my days fill with talking. How many meetings ate into my bench time, {day}?",
                      f"{G} how many meetings claimed him, {{day}}. {S}"],
    "km_week": ["ere nadan inenggi {activity} udu km oho?",
                'workouts.where(col("activity") === "{verb}" && col("ts") >= date_trunc("week", current_timestamp())).agg(sum("km")).show()',
                "From May I am at the bench from dawn, so I {verb} while I can. How many kilometres have I managed to {verb} in the week so far?",
                f"{G} the kilometres he has managed to {{verb}} since Monday."],
    "workouts_week": ["ere nadan inenggi udu workout araha, te de isitala?",
                      'workouts.where(col("ts") >= date_trunc("week", current_timestamp())).count()',
                      "My apprentice laughs that a man who bends bows all day still goes to exercise. How many workouts have I fitted in since the week began?",
                      f"{G} the number of workouts he has completed in the present week. {S}"],
    "first_coffee": ["{day} ujui coffee ai erin de omiha?",
                     'coffees.where(col("day") === "{day}").agg(min("time")).show()',
                     "The first coffee goes on the stove while the workshop warms. At what time did I pour the earliest cup, {day}?",
                     f"{G} the time of his earliest coffee, {{day}}."],
    "last_coffee": ["{day} dubei coffee ai erin bihe?",
                    'coffees.where(col("day") === "{day}").agg(max("time")).show()',
                    "A late coffee keeps me up thinking about a limb that twisted. When did the day's last cup come, {day}?",
                    f"{G} the time of the last coffee he took, {{day}}. {S}"],
    "first_meeting": ["{day} ujui isan ai erin de deribuhe?",
                      'meetings.where(col("day") === "{day}").orderBy("start").select("start").first()',
                      "The committee likes to meet before the range opens. At what hour did the earliest meeting of mine get under way, {day}?",
                      f"{G} the hour his first meeting was called to order, {{day}}."],
    "wake": ["{day} ai erin de getehe?",
             'nights.where(col("morning_of") === "{day}").select("woke_at").show()',
             "The rooster next door is no use to me; the cold in the workshop wakes me. What hour did the cold get me up, {day}?",
             f"{G} the hour he awoke, {{day}}. {S}"],
    "bedtime": ["{night} ai erin de amgame genehe?",
                'nights.where(col("night") === "{night}").select("bedtime").show()',
                "Before bed I hang the unfinished bows on their pegs so they keep their shape. At what time were the bows on their pegs and I in bed, {night}?",
                f"{G} the hour at which he went to his bed, {{night}}."],
    "dinner_on_distance": ["{km} km {past} inenggi, yamji buda ai bihe?",
                           'meals.where(col("kind") === "dinner").join(workouts.where(col("km") === {km}).select("day"), "day").select("food").show() // {past} {km} km that day',
                           "After a long outing I eat like a herder back from the summer pasture. The day I {past} a full {km} km, what filled my bowl at supper?",
                           f"{G} the supper he ate on the day he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day} {noun} i amala, ujui isan de we bihe?",
                              'meetings.where(col("day") === "{day}" && col("start") > endOf("{noun}")).orderBy("start").limit(1).join(attendees, "meeting_id").select("name").show()',
                              "The committee sometimes catches me still red in the face from exercise. Which people made up the first meeting once the {noun} was done, {day}?",
                              f"{G} those present at the first meeting to follow the {{noun}}, {{day}}."],
    "lunch_on_meeting_day": ["{title} bihe inenggi, lunch aibide jeke?",
                             'meals.where(col("kind") === "lunch").join(meetings.where(col("title") === "{title}").select("day"), "day").select("place").show()',
                             "A day with the {title} in it is a day lost to the bench. Where did I sit down to lunch that same day?",
                             f"{G} where he took luncheon on the day of the {{title}}. {S}"],
    "sleep_after_meeting": ["{title} inenggi i dobori udu hours amgaha?",
                            'nights.join(meetings.where(col("title") === "{title}").select(col("day").as("night")), "night").select("hours").show()',
                            "Arguing about prize money keeps my head busy long after dark. How many hours did I sleep the night of the {title}?",
                            f"{G} how long he slept once the {{title}} was over."],
    "dinner_on_said_day": ["{who} {value} be henduhe inenggi, yamji buda ai bihe?",
                           'meals.where(col("kind") === "dinner").join(tips.where(col("from") === "{who}" && col("title") === "{value}").select("day"), "day").select("food").show()',
                           "Visitors to the workshop always bring news with them. The day {who} brought up {value} in my workshop, what did I eat in the evening?",
                           f"{G} his supper on the day {{who}} spoke of {{value}}. {S}"],
    "compare_sleep": ["{n1} {n2}, ya dobori de labdu amgaha?",
                      'nights.where(col("night").isin("{n1}", "{n2}")).select("night", "hours").show()',
                      "Nocks cut by a sleepy hand come out crooked. Did {n1} hand me more sleep than {n2}?",
                      f"{G} whether he slept the longer on {{n1}} or on {{n2}}."],
    "compare_caffeine": ["{d1} {d2} ci caffeine labdu o?",
                         'coffees.where(col("day").isin("{d1}", "{d2}")).groupBy("day").agg(sum("mg")).show()',
                         "Caffeine shows in the shavings; they come out ragged. Did {d1} give me more caffeine than {d2}?",
                         f"{G} whether his caffeine ran higher on {{d1}} than on {{d2}}. {S}"],
    "compare_duration": ["{d1} workout {d2} ci golmin o?",
                         'workouts.where(col("day").isin("{d1}", "{d2}")).groupBy("day").agg(sum("minutes")).show()',
                         "The range takes my training hour on some days and not on others. Was my exercise longer {d1} than {d2}?",
                         f"{G} whether he exercised for longer on {{d1}} than on {{d2}}."],
    "compare_coffee_weeks": ["ere nadan inenggi, duleke nadan inenggi ci coffee labdu omiha o?",
                             'coffees.groupBy(date_trunc("week", col("ts")).as("week")).count().orderBy(desc("week")).show(2)',
                             "The coffee tin on the workshop shelf empties faster in the season of orders. Have I drunk more coffee this week than I did the week before?",
                             f"{G} whether his coffees this week outnumber those of the week before. {S}"],
    "late_coffee_sleep": ["{t} amala coffee omici, komso amgambi o?",
                          'nights.groupBy(col("last_coffee") >= "{t}").agg(avg("hours")).show()',
                          "My teacher at the bench never took coffee after noon. When my cup comes at {t} or later, does the night give me less sleep?",
                          f"{G} whether a coffee at {{t}} or after leaves him with less sleep."],
    "late_dinner_sleep": ["yamji buda {t} eici amala oci, komso amgambi o?",
                          'nights.groupBy(col("dinner_at") >= "{t}").agg(avg("hours")).show()',
                          "In the weeks before the festival supper gets later and later. If dinner starts at {t} or after, do my nights get shorter?",
                          f"{G} whether a dinner begun at {{t}} or later shortens his night. {S}"],
    "exercise_sleep": ["workout araha inenggi, dobori labdu amgambi o?",
                       'nights.groupBy("worked_out").agg(avg("hours")).show()',
                       "A day on the range leaves my back aching in a good way. After a day with a workout in it, is my night's sleep longer?",
                       f"{G} whether his nights run longer after days on which he exercised."],
    "caffeine_sleep": ["inenggi de {mg} mg caffeine eici labdu oci, sirame dobori komso amgambi o?",
                       'nights.groupBy(col("mg_that_day") >= {mg}).agg(avg("hours")).show()',
                       "My wife counts my coffees the way I count the layers of sinew. When a day brings {mg} mg of caffeine or more, is the next night's sleep shorter?",
                       f"{G} whether a day of {{mg}} mg of caffeine or more is followed by a shorter night. {S}"],
    "exercise_coffee": ["workout inenggi coffee labdu omimbi o?",
                        'days.groupBy("worked_out").agg(avg("coffees")).show()',
                        "After the range I want coffee before I want water. Does a day with exercise in it pour more coffee into me?",
                        f"{G} whether he drinks more coffee on the days he exercises."],
    "fu_day_before": ["terei onggolo inenggi oci?",
                      "val day = dayBefore(day) // rerun the query above",
                      f"{F} one day further back?",
                      "Further down the same core, the day that went before it."],
    "fu_meeting_length": ["tere isan udu goidaha?",
                          'meetings.where(col("title") === title).select("minutes").show() // the same meeting',
                          f"{F} the minutes that meeting took?",
                          "Further down the same core, the minutes that same meeting occupied."],
    "fu_other_day": ["{day} oci?",
                     'val day = "{day}" // same query again',
                     f"{F} what of {{day}}?",
                     "Further down the same core, {day} in turn."],
    "fu_other_person": ["{who} i ningge?",
                        'val who = "{who}" // then run it once more',
                        f"{F} {{who}}'s, then?",
                        "Further down the same core, the same of {who}."],
    "fu_night_before": ["terei onggolo dobori?",
                        "val night = nightBefore(night) // rerun the query above",
                        f"{F} step back one night?",
                        "Further down the same core, the night that went before."],
    "fu_today": ["enenggi te de isitala?",
                 "val day = current_date() // today up to this minute, rerun",
                 f"{F} today, counted to this hour?",
                 "Further down the same core, the present day to this hour."],
}


def _slashed(day: date) -> str:
    return f"{day.year}/{day.month}/{day.day}"


def _dashed(day: date) -> str:
    return f"{day.year}-{day.month:02d}-{day.day:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_slashed(day)}", f"{_dashed(day)}, {wd}", f"{wd} inenggi {_slashed(day)}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"enenggi {_slashed(day)}"]
    if back == 1:
        return ["yesterday", f"sikse, {wd} {_dashed(day)}"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} dobori {_slashed(day)}", f"dobori, {wd} {_dashed(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"sikse dobori {_slashed(day)}"]
    return options
