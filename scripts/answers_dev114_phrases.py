"""Question phrasings of the answers benchmark's one hundred and fourteenth tuning set, ``dev114`` (docs/benchmarks.md, "Answers").

``dev114`` was the held-out set until 2026-12-06, when, after its measurement at 4021a8d (grounded
accuracy 0.523; worst category multi_hop 0.136; unsupported 0.0; abstention 0.864; p95 0.029 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev113``, answers_dev113_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young student at a university in Erbil, who types lower case, switching between English and
  Kurdish (Sorani, Central Kurdish, the Kurdish of Erbil and Sulaymaniyah; a Northwestern Iranian
  language, not mutually intelligible with Persian or Pashto) inside a sentence, in the Latin letters
  Kurds use online (with ê, î, û, ş, ç, ł), not the Arabic script Sorani is mostly printed in. The
  Kurdish here is the writer's own approximation from the language's commonest words (question
  words, today, yesterday, night, weekdays, meals, sleep, how many, where, who); no speaker has
  checked it. What the set tests is how the planner reads English mixed with a language it has never
  seen;
- an analyst who keeps his logs in .NET collections and types every question as one C# LINQ query
  in query syntax: '(from r in table where r.Col == "..." && ... select r.Field).Single()' for a
  value, '.Count()' for counts, '.Sum()' for sums, '.Average()' for averages, '.Min()' and '.Max()'
  for firsts and lasts, 'from x in t where x.Day == "..." || x.Day == "..." group x.F by x.Day into g
  select (g.Key, g.Sum())' for two compared, 'from n in nights group n.Hours by n.X >= "..." into g
  select (g.Key, g.Average())' for habits, a nested '(from ... select x.Day).First()' for a day named
  by what happened on it; no question mark of his own, no brace; his follow-ups reissue the last answer
  with one argument changed ('ans.Reissue(day: ans.Day.AddDays(-1))');
- a man who makes klash (the Kurdish shoe with a crocheted white cotton upper and a sole of pressed
  rag layers) at a stall in the Qaysari bazaar below the Erbil citadel, who starts with a remark from
  his work (the crochet hook and the cotton yarn, the rag soles and the wooden last, the shutter and
  the stallholders, the tea sellers and the pigeons on the citadel wall, customers from Hawraman,
  the yarn dealers and the bazaar committee) before he asks;
- a retired superintendent of a grain silo, living in Ankawa, who writes formal sentences with
  formulas of his own: "I beg to learn ...", often closed with "With an old silo-keeper's
  thanks, from Ankawa.", and his follow-ups "Let the same be asked of ..." or "Let it further be stated ...".

Of the Kurdish words, those another module holds as a word are short ordinary ones, English words
or words another language happens to share, kept ("be", "bo", "car", "e", "em", "kam", "ke", "key",
"le", "m", "metr", "ta", "y"; and the English "film", "km", "launch", "mg", "offsite"); no day or
night name is another set's. No other module holds "Kurdish", "Kurdistan", "Sorani", "Erbil",
"klash", "Qaysari", "Ankawa", "Hawraman", "crochet", "LINQ", "AddDays", "Reissue(", ".Single()",
".Average()", " into g", "I beg to learn", "silo-keeper's" or "Let the same be asked", nor any of
the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev114 life lives in Asia/Baghdad, the zone Iraq keeps, in Erbil, in the Kurdistan Region of
Iraq, from Monday 19 January 2037 to 3 February 2037; Iraq keeps Arabia Standard Time (three hours
ahead of Greenwich) all year and has had no summer time since 2008 (zoneinfo gives one offset over
its 16 days), so no clock changes inside it. Dates are written as people in Erbil write them: day
first, with slashes, both padded, and the year in full ("19/01/2037"), or the day and month alone
the same way ("19/01"); in words the day's number before the month, in English ("19 January"), with
the year after them for a day that may lie outside the life ("19 January 2037"). Weekdays are in
Kurdish, with capitals: "Dûşemme" for Monday, "Sêşemme", "Çwarşemme", "Pêncşemme", "Heynî", "Şemme"
and "Yekşemme" for Sunday: a day as "rojî" (the day of), its weekday and the slashed day ("rojî
Dûşemme 19/01"), as its weekday and the slashed day ("Dûşemme 19/01"), as "rojî", its weekday, a
comma and the date in words ("rojî Dûşemme, 19 January"), or as "le rojî" (on the day of), its
weekday and the slashed day; for a day that may lie outside the life always with the year ("rojî
Dûşemme 19/01/2037", "Dûşemme 19/01/2037", or "rojî Dûşemme, 19 January 2037"); today and yesterday
alone, or as "emro" (today) and "dwênê" (yesterday) with the slashed day after them. A night is named
as "şewî" (the night of), the weekday it starts on, its slashed day, "bo" (to) and the next slashed
day ("şewî Dûşemme 19/01 bo 20/01"), or as "şewî" and the date in words ("şewî 19 January"); last
night alone, "last night", or as "dwênê şew" (yesterday night), a comma and its two slashed days
joined by "bo". No day's name ends in a dot, so that no question ends in two dots. Workouts are named
with places in Iraqi Kurdistan: round the foot of the Erbil citadel, through Sami Abdulrahman Park,
along the Ankawa ring road; out to Khabat, up the Shaqlawa road, out past Bnaslawa; at a pool in
Erbil and in the lake behind the Dukan dam; a hall in Ankawa and a studio in Sulaymaniyah; an indoor
wall in Erbil and the crags above Rawanduz.
"""


from __future__ import annotations

from datetime import date, timedelta

SORANI = ("Dûşemme", "Sêşemme", "Çwarşemme", "Pêncşemme", "Heynî", "Şemme", "Yekşemme")
"""Sorani Kurdish weekdays as this set names them, Monday to Sunday, with a capital (in Latin letters, an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run round the foot of the Erbil citadel", "run through Sami Abdulrahman Park", "run along the Ankawa ring road"),
         "cycle": ("ride out to Khabat", "ride up the Shaqlawa road", "ride out past Bnaslawa"),
         "swim": ("swim at a pool in Erbil", "swim in the lake behind the Dukan dam"),
         "yoga": ("yoga class in a hall in Ankawa", "yoga session at a studio in Sulaymaniyah"),
         "climb": ("climb at an indoor wall in Erbil", "climb on the crags above Rawanduz")}
"""What this set's questions call a workout of each activity: places in Iraqi Kurdistan."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} gotî kitêbêk bixwênmewe, kam kitêb bû?",
             "(from r in recs where r.From == \"{who}\" && r.Medium == \"book\" select r.Title).Single()",
             "Winter slows the bazaar and I read between pairs of klash. Which title was the book {who} kept urging on me?",
             "I beg to learn which book {who} put forward for my reading. With an old silo-keeper's thanks, from Ankawa."],
    "film": ["{who} kam film-î pê wtim bîbînm?",
             "(from r in recs where r.From == \"{who}\" && r.Medium == \"film\" select r.Title).Single()",
             "My nephew minds the stall on cinema nights. Which film did {who} say I ought not to miss?",
             "I beg to learn which picture {who} judged fit for my viewing."],
    "offsite": ["{who} offsite-ekey gwastewe, êsta le kam şar e?",
                "(from e in events where e.Kind == \"offsite\" && e.MovedBy == \"{who}\" select e.Town).Last()",
                "Traders move their stalls round the Qaysari as the sun moves. To which town has {who} shifted the offsite?",
                "I beg to learn of the town whither {who} has transferred the offsite. With an old silo-keeper's thanks, from Ankawa."],
    "restaurant": ["{who} restorantêkî pê wtim, nawî çî bû?",
                   "(from r in recs where r.From == \"{who}\" && r.Medium == \"restaurant\" select r.Name).Single()",
                   "The kebab smoke drifts over my bench every noon. Where to eat was it that {who} praised to me?",
                   "I beg to learn of the name of the eating house which {who} commended."],
    "flight": ["firokey {who} key danîşêtewe?",
               "(from f in flights where f.Passenger == \"{who}\" select f.Arrives).Single()",
               "Planes come down over the bazaar roofs towards the airport. At what hour does the plane carrying {who} touch down?",
               "I beg to learn when the aeroplane conveying {who} is due to arrive. With an old silo-keeper's thanks, from Ankawa."],
    "dog": ["{who} tûtkeyekî nwêy heye, nawî çî lê nawe?",
            "(from p in pets where p.Owner == \"{who}\" && p.Species == \"dog\" && p.AgeMonths < 12 select p.Name).Single()",
            "A stray pup sleeps on the cotton scraps under my bench. And the puppy {who} brought home lately, by what name does it answer?",
            "I beg to learn what name has been bestowed upon the young dog of {who}."],
    "launch": ["{who} launch-î {project}-y gorî, êsta kewtote kam roj?",
               "(from l in launches where l.Project == \"{project}\" && l.MovedBy == \"{who}\" select l.NewDate).Single()",
               "A good sole cannot be rushed, and neither can {project}'s launch. Now {who} has shifted it, on what date does it stand?",
               "I beg to learn of the date to which {who} has shifted the launch of {project}. With an old silo-keeper's thanks, from Ankawa."],
    "age": ["kiçekey {who} le ledaykbûnî dahatûda debête çend sał?",
            "(from k in kin where k.Parent == \"{who}\" && k.Relation == \"daughter\" select k.Age).Single() + 1",
            "Children grow out of their klash every spring. The daughter of {who} turns how old on her coming birthday?",
            "I beg to learn how many years the daughter of {who} will count once her coming birthday arrives."],
    "podcast": ["{who} podcastêkî pê wtim, kamyan bû?",
                "(from r in recs where r.From == \"{who}\" && r.Medium == \"podcast\" select r.Title).Single()",
                "Crocheting the white uppers leaves my ears idle for hours. Which podcast did {who} tell me to put on?",
                "I beg to learn of the podcast which {who} advised me to hear. With an old silo-keeper's thanks, from Ankawa."],
    "breakfast_food": ["{day} bo nanî beyanî çim xward?",
                       "(from m in meals where m.Meal == \"breakfast\" && m.Day == \"{day}\" select m.Food).Single()",
                       "I open the shutter before the tea sellers come round. What did I have for my morning meal {day}?",
                       "I beg to learn of what I breakfasted upon {day}."],
    "lunch_food": ["nanî nîwerroy {day} çî bû?",
                   "(from m in meals where m.Meal == \"lunch\" && m.Day == \"{day}\" select m.Food).Single()",
                   "At noon I eat on the bench with thread still on my sleeves. The noon bowl {day}, what filled it?",
                   "I beg to learn of the food which formed my luncheon {day}. With an old silo-keeper's thanks, from Ankawa."],
    "dinner_food": ["{day} nanî êwarem çî xward?",
                    "(from m in meals where m.Meal == \"dinner\" && m.Day == \"{day}\" select m.Food).Single()",
                    "I pull the shutter down after the call to evening prayer. Once the shutter was down {day}, what was my evening food?",
                    "I beg to learn of the dishes of my evening meal {day}."],
    "lunch_place": ["{day} le kwê nanî nîwerrom xward?",
                    "(from m in meals where m.Meal == \"lunch\" && m.Day == \"{day}\" select m.Place).Single()",
                    "Some days a customer from Hawraman takes me out to eat. Where did my noon meal happen {day}?",
                    "I beg to learn of the establishment at which I lunched {day}. With an old silo-keeper's thanks, from Ankawa."],
    "dinner_place": ["nanî êwarem le kwê xward {day}?",
                     "(from m in meals where m.Meal == \"dinner\" && m.Day == \"{day}\" select m.Place).Single()",
                     "My brother keeps a chaikhana two alleys from my stall. Where did I end up eating supper {day}?",
                     "I beg to learn where I took my dinner {day}."],
    "workout_kind": ["{day} çi werzişêkim kird?",
                     "(from w in workouts where w.Day == \"{day}\" select w.Activity).Single()",
                     "Hunching over the wooden last knots my back. What sort of exercise did I get {day}?",
                     "I beg to learn of the kind of exercise I took {day}. With an old silo-keeper's thanks, from Ankawa."],
    "heart_rate": ["le {noun} {day} lêdanî dłim be têkrayî çend bû?",
                   "(from w in workouts where w.Session == \"{noun}\" && w.Day == \"{day}\" select w.Bpm).Average()",
                   "Hammering soles sets my pulse going too. What was my heart doing on average over the {noun} {day}?",
                   "I beg to learn of my mean pulse through the {noun} {day}."],
    "sleep_quality": ["{night} xewim baş bû yan xirap?",
                      "(from s in sleep where s.Night == \"{night}\" select s.Quality).Single()",
                      "When the generator next door rattles I barely rest. Did I sleep soundly or poorly {night}?",
                      "I beg to learn of the quality of my slumber {night}. With an old silo-keeper's thanks, from Ankawa."],
    "sleep_night": ["{night} çend katjimêr xewtim?",
                    "(from s in sleep where s.Night == \"{night}\" select s.Hours).Sum()",
                    "Pressing rag soles all day leaves my arms heavy by dark. My hours of sleep {night} came to what?",
                    "I beg to learn of the hours of sleep I had {night}."],
    "exercise_duration": ["{noun} {day} çend xulekî xayand?",
                          "(from w in workouts where w.Session == \"{noun}\" && w.Day == \"{day}\" select w.Minutes).Sum()",
                          "A pair of klash takes me days, a workout should not. The {noun} {day} lasted how many minutes by the clock?",
                          "I beg to learn of the length in minutes of the {noun} {day}. With an old silo-keeper's thanks, from Ankawa."],
    "meeting_duration": ["kobûnewey {title} {day} çend xulek bû?",
                         "(from m in meetings where m.Title == \"{title}\" && m.Day == \"{day}\" select m.Minutes).Sum()",
                         "The bazaar committee can talk past closing time. The {title} {day} kept us talking for how many minutes?",
                         "I beg to learn of the minutes taken up by the {title} {day}."],
    "distance_run": ["{day} çend km rakirdim?",
                     "(from w in workouts where w.Activity == \"run\" && w.Day == \"{day}\" select w.Km).Sum()",
                     "I test every new pair of klash on my own feet first. How many km of running did I get through {day}?",
                     "I beg to learn of the distance in kilometres I ran {day}. With an old silo-keeper's thanks, from Ankawa."],
    "distance_cycle": ["{day} be paskîl çend km royştim?",
                       "(from w in workouts where w.Activity == \"cycle\" && w.Day == \"{day}\" select w.Km).Sum()",
                       "I fetch bales of cotton yarn by bicycle. The pedalling {day} covered how many km?",
                       "I beg to learn how many kilometres the bicycle bore me {day}."],
    "distance_swim": ["{day} çend metr mełewanîm kird?",
                      "(from w in workouts where w.Activity == \"swim\" && w.Day == \"{day}\" select w.Metres).Sum()",
                      "Klash are no use in water, so I swim barefoot. The metres of water I crossed {day} add up to what?",
                      "I beg to learn of the metres I swam {day}. With an old silo-keeper's thanks, from Ankawa."],
    "attendees": ["kê le {title}-y {day} amade bû?",
                  "(from m in meetings where m.Title == \"{title}\" && m.Day == \"{day}\" select m.Attendees).Single()",
                  "Half the stallholders never show up to anything. Who actually came to the {title} {day}?",
                  "I beg to learn of the persons present at the {title} {day}."],
    "coffee_count": ["{day} çend qawem xwardewe?",
                     "(from d in drinks where d.Drink == \"coffee\" && d.Day == \"{day}\" select d).Count()",
                     "Everyone round me drinks tea, yet I keep to coffee. Tally my coffee cups {day} for me.",
                     "I beg to learn of the number of coffees I took {day}. With an old silo-keeper's thanks, from Ankawa."],
    "caffeine": ["{day} kafeîn be giştî çend mg bû?",
                 "(from d in drinks where d.Day == \"{day}\" select d.CaffeineMg).Sum()",
                 "Cold mornings in the covered bazaar send me back for more coffee. My caffeine {day} totals how many mg?",
                 "I beg to learn of the whole caffeine reckoning of {day}, stated as milligrams."],
    "meeting_count": ["{day} çend kobûnewem hebû?",
                      "(from m in meetings where m.Day == \"{day}\" select m).Count()",
                      "Wholesalers and cousins always want a word at the stall. Count me the meetings that pulled me from the bench {day}.",
                      "I beg to learn of how many meetings claimed me {day}. With an old silo-keeper's thanks, from Ankawa."],
    "km_week": ["le Dûşemmewe çend km {activity}m kirduwe?",
                "(from w in workouts where w.Activity == \"{activity}\" && w.Day >= ThisMonday select w.Km).Sum()",
                "I tally pairs sold by the week and now kilometres too. My {activity} from Monday until now totals how many km?",
                "I beg to learn of the kilometres of {activity} I have put behind me since Monday."],
    "workouts_week": ["le Dûşemmewe çend car werzişim kirduwe?",
                      "(from w in workouts where w.Day >= ThisMonday select w).Count()",
                      "Orders for the New Year kept me bent at the bench. Workouts from Monday on, how many does that make?",
                      "I beg to learn of the number of workouts completed in this week from its Monday. With an old silo-keeper's thanks, from Ankawa."],
    "first_coffee": ["{day} yekem qawem key xwardewe?",
                     "(from d in drinks where d.Drink == \"coffee\" && d.Day == \"{day}\" select d.Time).Min()",
                     "I grind my beans before the shutter goes up. When did I drink my earliest coffee {day}?",
                     "I beg to learn at what hour coffee first passed my lips {day}."],
    "last_coffee": ["dwayîn qawey {day} katjimêr çend bû?",
                    "(from d in drinks where d.Drink == \"coffee\" && d.Day == \"{day}\" select d.Time).Max()",
                    "Once the last customer has tried on his pair I stop drinking coffee. At what time was my latest cup {day}?",
                    "I beg to learn of the hour of my final coffee {day}. With an old silo-keeper's thanks, from Ankawa."],
    "first_meeting": ["{day} yekem kobûnewe key dest-î pê kird?",
                      "(from m in meetings where m.Day == \"{day}\" select m.Start).Min()",
                      "The yarn dealers like to bargain before the heat of the day. The opening meeting {day} got going at what hour?",
                      "I beg to learn at what hour the first meeting commenced {day}."],
    "wake": ["{day} katjimêr çend le xew hestam?",
             "(from s in sleep where s.WokeOn == \"{day}\" select s.WakeTime).Single()",
             "The pigeons on the citadel wall wake me before any alarm. Off the mattress {day} at what hour?",
             "I beg to learn of the hour at which I rose {day}. With an old silo-keeper's thanks, from Ankawa."],
    "bedtime": ["{night} katjimêr çend çûm bo xew?",
                "(from s in sleep where s.Night == \"{night}\" select s.BedTime).Single()",
                "My fingers ache from the crochet hook by nightfall. Under the quilt {night} at what hour?",
                "I beg to learn the o'clock of my going to rest {night}."],
    "dinner_on_distance": ["ew rojey {km} km {past}, bo nanî êware çim xward?",
                           "(from m in meals where m.Meal == \"dinner\" && m.Day == (from w in workouts where w.Km == {km} && w.Verb == \"{past}\" select w.Day).First() select m.Food).Single()",
                           "Feet that make shoes ought to use them. The evening of the day when I {past} {km} km, which dish was mine?",
                           "I beg to learn of my dinner on the day I {past} {km} km. With an old silo-keeper's thanks, from Ankawa."],
    "meeting_after_workout": ["{day}, dway {noun}, kê le kobûneweke bû?",
                              "(from m in meetings where m.Day == \"{day}\" && m.AfterWorkout == \"{noun}\" select m.Attendees).Single()",
                              "I sometimes go from exercise to a meeting with cotton dust still on me. Who sat round the table at the meeting straight after my {noun} {day}?",
                              "I beg to learn of those who sat in the meeting held after the {noun} {day}."],
    "lunch_on_meeting_day": ["rojî {title}, nanî nîwerrom le kwê xward?",
                             "(from m in meals where m.Meal == \"lunch\" && m.Day == (from t in meetings where t.Title == \"{title}\" select t.Day).First() select m.Place).Single()",
                             "A meeting outside the bazaar means I miss lunch at my bench. On whichever day the {title} was held, where did I lunch?",
                             "I beg to learn where I took luncheon on the day of the {title}. With an old silo-keeper's thanks, from Ankawa."],
    "sleep_after_meeting": ["dway {title}, ew şewe çend katjimêr xewtim?",
                            "(from s in sleep where s.Night == (from t in meetings where t.Title == \"{title}\" select t.Day).First() select s.Hours).Sum()",
                            "Haggling over the price of yarn keeps my mind turning. When the {title} finally broke up, my sleep that night lasted how many hours?",
                            "I beg to learn of the sleep I had on the night after the {title}."],
    "dinner_on_said_day": ["{who} rojêk basî {value}-y kird; ew roje bo êware çim xward?",
                           "(from m in meals where m.Meal == \"dinner\" && m.Day == (from c in talk where c.Speaker == \"{who}\" && c.Text.Contains(\"{value}\") select c.Day).First() select m.Food).Single()",
                           "Gossip travels the bazaar faster than thread. {who} talked of {value} to me one day. What was my supper on that same day?",
                           "{who} once mentioned {value} to me. I beg to learn of what I ate for dinner that day. With an old silo-keeper's thanks, from Ankawa."],
    "compare_sleep": ["kam şew ziyatir xewtim, {n1} yan {n2}?",
                      "from s in sleep where s.Night == \"{n1}\" || s.Night == \"{n2}\" group s.Hours by s.Night into g select (g.Key, g.Sum())",
                      "Some nights the stitching runs on past midnight. Weighing {n1} with {n2}, which one held more sleep for me?",
                      "I beg to learn which night afforded me more sleep, {n1} or alternatively {n2}."],
    "compare_caffeine": ["kafeînim ziyatir bû {d1} yan {d2}?",
                         "from d in drinks where d.Day == \"{d1}\" || d.Day == \"{d2}\" group d.CaffeineMg by d.Day into g select (g.Key, g.Sum())",
                         "Busy market days cost me an extra cup or two. Was {d1} the heavier caffeine day, or {d2}?",
                         "I beg to learn whether {d1} exceeded {d2} in caffeine. With an old silo-keeper's thanks, from Ankawa."],
    "compare_duration": ["werzişim ziyatir xulek bû {d1} yan {d2}?",
                         "from w in workouts where w.Day == \"{d1}\" || w.Day == \"{d2}\" group w.Minutes by w.Day into g select (g.Key, g.Sum())",
                         "Slow days at the stall leave me time to train. More exercise minutes went into {d1} or into {d2}?",
                         "I beg to learn whether {d1} or {d2} held the longer exercise in minutes."],
    "compare_coffee_weeks": ["em hefteye qawey ziyatirim xwardotewe le hefteyî pêşû?",
                             "from d in drinks where d.Drink == \"coffee\" && d.Day >= LastMonday group d by d.Week into g select (g.Key, g.Count())",
                             "January wind through the bazaar arches sends me to the coffee pot. Is this week's coffee running ahead of the week gone by?",
                             "I beg to learn whether my coffee this week exceeds last week's. With an old silo-keeper's thanks, from Ankawa."],
    "late_coffee_sleep": ["ke dwayîn qawe katjimêr {t} yan dwatir bêt, kemtir dexewm?",
                          "from n in nights group n.Hours by n.LastCoffee >= \"{t}\" into g select (g.Key, g.Average())",
                          "Late customers mean a late coffee with them. If the day's final cup falls at {t} or beyond, is my night cut shorter?",
                          "I beg to learn whether a final coffee at {t} or after shortens the sleep that ensues."],
    "late_dinner_sleep": ["eger nanî êware katjimêr {t} yan dwatir bixom, xewim kemtir debêt?",
                          "from n in nights group n.Hours by n.DinnerTime >= \"{t}\" into g select (g.Key, g.Average())",
                          "Closing up late pushes my supper back. When I sit down to dinner at {t} or later, does my sleep come out shorter?",
                          "I beg to learn whether dining at {t} or later reduces my sleep. With an old silo-keeper's thanks, from Ankawa."],
    "exercise_sleep": ["ew rojaney werziş dekem, ziyatir dexewm?",
                       "from n in nights group n.Hours by n.Trained into g select (g.Key, g.Average())",
                       "Stitching tires the fingers and running tires the legs. Do training days buy me extra sleep afterwards?",
                       "I beg to learn whether exertion by day lengthens my repose by night."],
    "caffeine_sleep": ["ke {mg} mg kafeîn yan ziyatir dexomewe, xewim çon debêt?",
                       "from n in nights group n.Hours by n.DayCaffeine >= {mg} into g select (g.Key, g.Average())",
                       "Winter in the bazaar runs on coffee and tea. Once my day's caffeine is {mg} mg or more, what happens to the night after?",
                       "I beg to learn how I sleep after days of {mg} mg of caffeine or beyond. With an old silo-keeper's thanks, from Ankawa."],
    "exercise_coffee": ["rojanî werziş qawey ziyatir dexomewe?",
                        "from d in days group d.Cups by d.Trained into g select (g.Key, g.Average())",
                        "A run seems to send me straight back to the coffee pot. Is my cup count higher on training days?",
                        "I beg to learn whether I drink more coffee on days on which I exercise."],
    "fu_day_before": ["ey rojî pêştir?",
                      "ans.Reissue(day: ans.Day.AddDays(-1))",
                      "Step back one market day and ask again.",
                      "Let the same be asked of the day prior."],
    "fu_meeting_length": ["ey ew kobûnewe çend xulekî xayand?",
                          "ans.Reissue(select: \"Minutes\").Sum()",
                          "Our committee meetings drag like wet cotton. How many minutes did that one last?",
                          "Let it further be stated how many minutes that meeting lasted."],
    "fu_other_day": ["ey bo {day}?",
                     "ans.Reissue(day: \"{day}\")",
                     "Pick up the next pair and ask it of {day}.",
                     "Let the same be asked of {day}."],
    "fu_other_person": ["ey bo {who}?",
                        "ans.Reissue(who: \"{who}\")",
                        "Pick up the next pair and ask it of {who}.",
                        "Let the same be asked of {who}."],
    "fu_night_before": ["ey şewî pêştir?",
                        "ans.Reissue(night: ans.Night.AddDays(-1))",
                        "Step back one market night and ask again.",
                        "Let the same be asked of the night prior."],
    "fu_today": ["ey emro, ta êsta?",
                 "ans.Reissue(day: Today, until: Now)",
                 "Ask it of today, as far as the bazaar has got.",
                 "Let the same be asked of today, to the present minute."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = SORANI[day.weekday()]
    if absolute:
        return [f"rojî {wd} {_full(day)}", f"{wd} {_full(day)}", f"rojî {wd}, {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"emro {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"dwênê {_slash(day)}"]
    return [f"rojî {wd} {_slash(day)}", f"{wd} {_slash(day)}", f"rojî {wd}, {_words(day)}", f"le rojî {wd} {_slash(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"şewî {SORANI[day.weekday()]} {_slash(day)} bo {_slash(after)}",
               f"şewî {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"dwênê şew, {_slash(day)} bo {_slash(after)}"]
    return options
