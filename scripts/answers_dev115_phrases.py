"""Question phrasings of the answers benchmark's one hundred and fifteenth tuning set, ``dev115`` (docs/benchmarks.md, "Answers").

``dev115`` was the held-out set until 2026-12-06, when, after its measurement at a96dd15 (grounded
accuracy 0.557; worst category multi_hop 0.318; unsupported 0.011; abstention 0.909; p95 0.021 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev114``, answers_dev114_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young Anangu woman from Mutitjulu, near Uluru, who types lower case, switching between English
  and Pitjantjatjara (a Western Desert language of the Pama-Nyungan family, spoken in the Northern
  Territory's south-west and the lands over the borders) inside a sentence, in the letters its
  schools use. The Pitjantjatjara here is the writer's own approximation from the language's
  commonest words (nyaa what, yaaltji where, ngana who, yaaltjitu how many, kuwari now and today,
  munga night, mungangka at night, tjintu day, mai food, mungawinki mai breakfast, tjintungka mai
  lunch, mungartji mai the evening meal, ngarinyi and ngarinu sleep and slept, wangkangu said, palya
  good, kura bad, tjuta many, kutju one, ka and, -nguru from, weekdays borrowed from English); no
  speaker has checked it. What the set tests is how the planner reads English mixed with a language
  it has never seen;
- a developer who keeps her logs in a Rails app and types every question as one ActiveRecord query
  at the console: 'Model.find_by(col: "...").field' for a value, '.where(...).count' for counts,
  '.sum(:col)' for sums, '.average(:col)' for averages, '.minimum(:col)' and '.maximum(:col)' for
  firsts and lasts, '.where(day: ["...", "..."]).group(:day).sum(:col)' for two compared,
  'Night.group("col >= ...").average(:hours)' for habits, a nested '.where(...).select(:day)' for a
  day named by what happened on it; no question mark of her own, no brace; her follow-ups rerun the
  console's last relation, '_', with one condition changed ('_.rewhere(day: _.day.prev_day)');
- a camel handler at a camel farm near Yulara, who leads strings of camels out with tourists at
  sunrise and sunset and starts with a remark from his work (saddling in the dark, the billy, the
  bulls in the yard, hobbling the string at dusk, dingoes at the yard, the tour buses, the farm
  manager and the camel roster) before he asks;
- a retired bookkeeper of a cattle station, living in Alice Springs, who writes formal sentences with
  formulas of his own: "Would your ledger show ...", often closed with "Yours from the Red
  Centre, an old station bookkeeper.", and his follow-ups "The same enquiry once more, ..." or "Further to
  that, ...".

Of the Pitjantjatjara words, those another module holds as a word are short ordinary ones, English
words or words another language happens to share, kept ("ka", "kura", "mai", "papa"; and the English "book", "caffeine", "coffee", "film", "km",
"launch", "mg", "offsite", "podcast", "yesterday" and the like); no day or night name is
another set's. No other module holds "Pitjantjatjara", "Anangu", "Mutitjulu", "Uluru", "Yulara",
"Alice Springs", "camel", "ActiveRecord", "find_by", "rewhere", "Would your ledger show" or "Red Centre",
nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev115 life lives in Australia/Darwin, the zone the Northern Territory keeps, near Uluru and
in Alice Springs, from Monday 26 January 2037 to 10 February 2037; the Northern Territory keeps
Australian Central Standard Time (nine and a half hours ahead of Greenwich) all year and has had no
summer time since 1944 (zoneinfo gives one offset over its 16 days), so no clock changes inside it.
Dates are written as people in Australia write them: day first, with slashes, both padded, and the
year in full ("26/01/2037"), or the day and month alone the same way ("26/01"); in words the day's
number before the month ("26 January"), with the year after them for a day that may lie outside the
life ("26 January 2037"). Weekdays are the Pitjantjatjara borrowings, with capitals: "Mantei" for
Monday, "Tjuuntei", "Wantitei", "Tjatatei", "Palaitei", "Tjatitei" and "Tjantei" for Sunday: a day
as its weekday with the locative "-ngka" (on) and the slashed day ("Manteingka 26/01"), as its
weekday and the slashed day ("Mantei 26/01"), as "tjintu" (day), its weekday, a comma and the date
in words ("tjintu Mantei, 26 January"), or as "tjintu", its weekday and the slashed day; for a day
that may lie outside the life always with the year ("Manteingka 26/01/2037", "Mantei 26/01/2037",
or "tjintu Mantei, 26 January 2037"); today and yesterday alone, or as "kuwari" (now, today) with
the slashed day after it, or as "yesterday", its weekday and the slashed day. A night is named as
"mungangka" (at night), the weekday it starts on, its slashed day, "ka" (and) and the next slashed
day ("mungangka Mantei 26/01 ka 27/01"), or as "munga" (night) and the date in words ("munga 26
January"); last night alone, "last night", or as "munga yesterday", a comma and its two slashed days
joined by "ka". No day's name ends in a dot, so that no question ends in two dots. Workouts are
named with places in the Red Centre: round the base of Uluru, over the dunes behind Yulara, along the
Todd River bed in Alice Springs; round the Uluru base track, out on the road to Kata Tjuta, along
the Lasseter Highway towards Curtin Springs; in the resort pool at Yulara and at the aquatic centre
in Alice Springs; a hall in Yulara and a studio in Alice Springs; an indoor wall in Alice Springs and
the crags of the West MacDonnell Ranges.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Mantei", "Tjuuntei", "Wantitei", "Tjatatei", "Palaitei", "Tjatitei", "Tjantei")
"""Pitjantjatjara weekdays as this set names them, Monday to Sunday, with a capital (borrowed from English; an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run round the base of Uluru", "run over the dunes behind Yulara", "run along the Todd River bed in Alice Springs"),
         "cycle": ("ride round the Uluru base track", "ride out on the road to Kata Tjuta", "ride along the Lasseter Highway towards Curtin Springs"),
         "swim": ("swim in the resort pool at Yulara", "swim at the aquatic centre in Alice Springs"),
         "yoga": ("yoga class in the Yulara town hall", "yoga session at a studio in Alice Springs"),
         "climb": ("climb at an indoor wall in Alice Springs", "climb on the crags of the West MacDonnell Ranges")}
"""What this set's questions call a workout of each activity: places in the Northern Territory's Red Centre."""

S = "Yours from the Red Centre, an old station bookkeeper."

PHRASES: dict[str, list[str]] = {
    "book": ["{who} wangkangu book palya, nyaa book?",
             "Rec.find_by(from: \"{who}\", medium: \"book\").title",
             "Tourists nod off on the camels at sunrise, so I read on the walk back. Which book did {who} reckon belonged in my saddlebag?",
             "Would your ledger show the title of the book {who} commended to my reading. " + S],
    "film": ["{who} wangkangu film nyaa ngayulu nyakunytjaku?",
             "Rec.find_by(from: \"{who}\", medium: \"film\").title",
             "The camels get Sundays off and so do I. What film did {who} reckon I should watch on my day off the string?",
             "Would your ledger show which picture {who} held worthy of my viewing."],
    "offsite": ["{who} offsite shifted, yaaltji town kuwari?",
                "Event.where(kind: \"offsite\", moved_by: \"{who}\").last.town",
                "A camel string can be moved in an hour, an offsite apparently too. Which town did {who} take the offsite to?",
                "Would your ledger show the town to which {who} has removed the offsite. " + S],
    "restaurant": ["{who} restaurant palya wangkangu, nyaa name?",
                   "Rec.find_by(from: \"{who}\", medium: \"restaurant\").name",
                   "After the sunset ride the guests always ask where to eat. Which eating place did {who} rate to me?",
                   "Would your ledger show the name of the dining room {who} spoke well of."],
    "flight": ["{who} plane yaaltjitu hour landing?",
               "Flight.find_by(passenger: \"{who}\").arrives_at",
               "From the saddle I watch the planes drop towards Connellan airstrip. When is {who} due to land?",
               "Would your ledger show the hour at which the aircraft bearing {who} comes in. " + S],
    "dog": ["{who} papa tjitji new, nyaa name?",
            "Pet.where(owner: \"{who}\", species: \"dog\").where(\"months_old < 12\").first.name",
            "Dingoes sniff round the camel yard at dawn. The pup {who} took home not long ago goes by what name round the yard?",
            "Would your ledger show what the young dog belonging to {who} has been named."],
    "launch": ["{who} {project} launch shifted, yaaltji date kuwari?",
               "Launch.find_by(project: \"{project}\", moved_by: \"{who}\").new_date",
               "You cannot hurry a camel and {project} cannot be hurried either. {who} moved its launch; where has the date landed now, mate?",
               "Would your ledger show the date to which {who} has moved the launch of {project}. " + S],
    "age": ["{who} kungka tjitji birthday next, yaaltjitu years?",
            "Kin.find_by(parent: \"{who}\", relation: \"daughter\").age.next",
            "Children on the rides always tell me their age. How old will the daughter of {who} be at her next birthday?",
            "Would your ledger show the age the daughter of {who} shall reach on her approaching birthday."],
    "podcast": ["{who} podcast wangkangu, nyaa one?",
                "Rec.find_by(from: \"{who}\", medium: \"podcast\").title",
                "Long hours leading the string leave my ears free. Which podcast did {who} reckon would suit the long walk out?",
                "Would your ledger show the podcast {who} recommended I hear. " + S],
    "breakfast_food": ["{day} mungawinki mai nyaa ngayulu ngalkunu?",
                       "Meal.find_by(meal: \"breakfast\", day: \"{day}\").food",
                       "The sunrise ride means I saddle up in the dark. What went down for breakfast {day}?",
                       "Would your ledger show what constituted my breakfast {day}."],
    "lunch_food": ["tjintungka mai {day}, nyaa?",
                   "Meal.find_by(meal: \"lunch\", day: \"{day}\").food",
                   "Midday is too hot to ride, so the camels rest and I eat. What went in my tucker box at midday {day}?",
                   "Would your ledger show the substance of my midday meal {day}. " + S],
    "dinner_food": ["{day} mungartji mai nyaa ngalkunu?",
                    "Meal.find_by(meal: \"dinner\", day: \"{day}\").food",
                    "The sunset ride finishes with the rock glowing red. After it {day}, what did I have for tea?",
                    "Would your ledger show the fare of my evening meal {day}."],
    "lunch_place": ["{day} tjintungka mai yaaltji ngalkunu?",
                    "Meal.find_by(meal: \"lunch\", day: \"{day}\").place",
                    "Some days the farm manager drives me into town at noon. Where did I end up for my midday feed {day}?",
                    "Would your ledger show the establishment where I lunched {day}. " + S],
    "dinner_place": ["mungartji mai yaaltji {day}?",
                     "Meal.find_by(meal: \"dinner\", day: \"{day}\").place",
                     "Once the camels are fed and hobbled I go looking for food. Where did I sit down for tea {day}?",
                     "Would your ledger show the place at which I dined {day}."],
    "workout_kind": ["{day} nyaa exercise ngayulu?",
                     "Workout.find_by(day: \"{day}\").activity",
                     "Leading camels is walking, but it is not training. What kind of training did I fit in {day}?",
                     "Would your ledger show the form of exercise I undertook {day}. " + S],
    "heart_rate": ["heart beat average {noun} {day} yaaltjitu?",
                   "Workout.where(session: \"{noun}\", day: \"{day}\").average(:bpm)",
                   "A bolting camel gets my pulse up too. Across the whole {noun} {day}, my heart was thumping at what average rate?",
                   "Would your ledger show the mean heart rate of the {noun} {day}."],
    "sleep_quality": ["{night} ngarinu palya or kura?",
                      "Sleep.find_by(night: \"{night}\").quality",
                      "The bulls grumble in the yard through the dark hours. Was my rest good or bad {night}?",
                      "Would your ledger show whether my slumber {night} was sound or otherwise. " + S],
    "sleep_night": ["{night} yaaltjitu hours ngarinu?",
                    "Sleep.where(night: \"{night}\").sum(:hours)",
                    "Up at four for the sunrise string, so sleep is precious. My swag held me for how many hours {night}?",
                    "Would your ledger show the hours I lay asleep {night}."],
    "exercise_duration": ["{noun} {day} yaaltjitu minutes?",
                          "Workout.where(session: \"{noun}\", day: \"{day}\").sum(:minutes)",
                          "A camel trek runs an hour and a half by the book. The {noun} {day} took how many minutes?",
                          "Would your ledger show the minutes occupied by the {noun} {day}. " + S],
    "meeting_duration": ["{title} {day} yaaltjitu minutes?",
                         "Meeting.where(title: \"{title}\", day: \"{day}\").sum(:minutes)",
                         "Staff meetings at the camel farm run longer than the rides. How many minutes did the {title} {day} go for?",
                         "Would your ledger show how long in minutes the {title} {day} continued."],
    "distance_run": ["{day} yaaltjitu km wirtjapakanu?",
                     "Workout.where(activity: \"run\", day: \"{day}\").sum(:km)",
                     "Camels pace at a walk, I run on my own time. How many km of ground did I run off {day}?",
                     "Would your ledger show the kilometres I ran {day}. " + S],
    "distance_cycle": ["{day} bike-ngka yaaltjitu km?",
                       "Workout.where(activity: \"cycle\", day: \"{day}\").sum(:km)",
                       "The bike is quicker than a camel to the far yard. Cycling {day} came to how many km?",
                       "Would your ledger show the kilometres I rode on the bicycle {day}."],
    "distance_swim": ["{day} kapingka yaaltjitu metres swim?",
                      "Workout.where(activity: \"swim\", day: \"{day}\").sum(:metres)",
                      "Red dust gets everywhere and the pool washes it off. The pool lengths I swam {day} add up to how many metres of water?",
                      "Would your ledger show the metres I swam {day}. " + S],
    "attendees": ["ngana tjuta there {title} {day}?",
                  "Meeting.find_by(title: \"{title}\", day: \"{day}\").attendees",
                  "Handlers drift in late when a calf is sick. Which people turned up for the {title} {day}?",
                  "Would your ledger show the names of those present at the {title} {day}."],
    "coffee_count": ["{day} coffee yaaltjitu cups?",
                     "Drink.where(drink: \"coffee\", day: \"{day}\").count",
                     "The billy goes on before the first saddle. Count the coffees I had {day}.",
                     "Would your ledger show the number of coffees I consumed {day}. " + S],
    "caffeine": ["{day} caffeine mg tjuta, yaaltjitu?",
                 "Drink.where(day: \"{day}\").sum(:caffeine_mg)",
                 "Cold desert mornings call for strong brew. Out of the billy {day}, how many mg of caffeine went into me?",
                 "Would your ledger show the full caffeine of {day}, tallied in milligrams as a bookkeeper would."],
    "meeting_count": ["{day} meeting yaaltjitu?",
                      "Meeting.where(day: \"{day}\").count",
                      "Tour operators keep ringing the farm for a word. Tally the meetings that dragged me off the yard {day}.",
                      "Would your ledger show the number of meetings that claimed me {day}. " + S],
    "km_week": ["Mantei-nguru {activity} yaaltjitu km?",
                "Workout.where(activity: \"{activity}\", day: Date.current.all_week).sum(:km)",
                "I log every trek and every workout. From Monday till now my {activity} has racked up what total of km?",
                "Would your ledger show the kilometres of {activity} I have done since Monday last."],
    "workouts_week": ["Mantei-nguru exercise yaaltjitu times?",
                      "Workout.where(day: Date.current.all_week).count",
                      "A busy week of tour groups leaves little room for myself. Since the string went out Monday, how many sessions of my own have I squeezed between tour groups?",
                      "Would your ledger show the count of workouts I have completed this week from its Monday. " + S],
    "first_coffee": ["{day} coffee kutju, yaaltjitu time?",
                     "Drink.where(drink: \"coffee\", day: \"{day}\").minimum(:at)",
                     "The first cup is drunk by torchlight at the yard. That torchlight cup {day}, what did the clock say?",
                     "Would your ledger show the hour of my first coffee {day}."],
    "last_coffee": ["{day} coffee last one, nyaa time?",
                    "Drink.where(drink: \"coffee\", day: \"{day}\").maximum(:at)",
                    "After the sunset string I try to give the billy a rest. My final cup {day} went down at what hour?",
                    "Would your ledger show the hour at which I took my last coffee {day}. " + S],
    "first_meeting": ["{day} meeting kutju, yaaltjitu time start?",
                      "Meeting.where(day: \"{day}\").minimum(:starts_at)",
                      "The manager likes a briefing before the camels go out. The opening yarn with the manager {day} kicked off at what time?",
                      "Would your ledger show when the first meeting commenced {day}."],
    "wake": ["{day} yaaltjitu time pakaṉu?",
             "Sleep.find_by(woke_on: \"{day}\").woke_at",
             "The camels start roaring before the sun does. My boots were on at what time {day}?",
             "Would your ledger show the hour of my rising {day}. " + S],
    "bedtime": ["{night} yaaltjitu time ngarinu?",
                "Sleep.find_by(night: \"{night}\").bed_at",
                "Hobbling the string at dusk leaves my shoulders sore. I hit the swag at what time {night}?",
                "Would your ledger show the hour at which I retired {night}."],
    "dinner_on_distance": ["{km} km {past} tjintu, mungartji mai nyaa?",
                           "Meal.find_by(meal: \"dinner\", day: Workout.where(km: {km}, verb: \"{past}\").select(:day)).food",
                           "Some days I cover more ground than the camels. Whichever day I {past} {km} km, what did I eat at tea time?",
                           "Would your ledger show my dinner on the day on which I {past} {km} km. " + S],
    "meeting_after_workout": ["{day} {noun} palula, meeting ngana tjuta?",
                              "Meeting.find_by(day: \"{day}\", after: \"{noun}\").attendees",
                              "I often go from training to a meeting with red sand on my boots. Straight after the {noun} {day}, who filled the chairs at that meeting?",
                              "Would your ledger show the persons at the meeting following the {noun} {day}."],
    "lunch_on_meeting_day": ["{title} tjintu, tjintungka mai yaaltji?",
                             "Meal.find_by(meal: \"lunch\", day: Meeting.where(title: \"{title}\").select(:day)).place",
                             "Meeting days knock my lunch out of its usual spot. On whatever date the {title} fell, where did I grab a midday feed?",
                             "Would your ledger show where I lunched on the day of the {title}. " + S],
    "sleep_after_meeting": ["{title} palula, munga yaaltjitu hours ngarinu?",
                            "Sleep.where(night: Meeting.where(title: \"{title}\").select(:day)).sum(:hours)",
                            "Arguments over the camel roster keep me awake. Once the {title} wrapped up, my swag got how many hours that night?",
                            "Would your ledger show the hours of sleep I had on the night of the {title}."],
    "dinner_on_said_day": ["{who} {value} wangkangu tjintu, mungartji mai nyaa?",
                           "Meal.find_by(meal: \"dinner\", day: Talk.where(speaker: \"{who}\").where(\"text LIKE ?\", \"%{value}%\").select(:day)).food",
                           "News travels along the tour buses faster than camels. Whatever day it was that {who} got onto {value} with me, what did tea turn out to be on that date?",
                           "{who} once raised {value} with me. Would your ledger show what I dined on that day. " + S],
    "compare_sleep": ["munga nyaa ngarinu tjuta {n1} or {n2}?",
                      "Sleep.where(night: [\"{n1}\", \"{n2}\"]).group(:night).sum(:hours)",
                      "Early rides rob me of rest some nights more than others. Did the swag hold me longer {n1} or {n2}?",
                      "Would your ledger show whether {n1} or else {n2} afforded me the greater sleep. " + S],
    "compare_caffeine": ["tjintu nyaa caffeine tjuta {d1} or {d2}?",
                         "Drink.where(day: [\"{d1}\", \"{d2}\"]).group(:day).sum(:caffeine_mg)",
                         "Big tour days mean an extra brew from the billy. Did the billy pour more caffeine into me {d1} or {d2}?",
                         "Would your ledger show whether {d1} surpassed {d2} in caffeine."],
    "compare_duration": ["exercise minutes tjuta tjintu nyaa {d1} or {d2}?",
                         "Workout.where(day: [\"{d1}\", \"{d2}\"]).group(:day).sum(:minutes)",
                         "Quiet days at the farm leave more time to train. Did I train longer on {d1} or on {d2}?",
                         "Would your ledger show which of {d1} and {d2} held more minutes of exercise. " + S],
    "compare_coffee_weeks": ["this week coffee tjuta, last week-nguru?",
                             "Drink.where(drink: \"coffee\").where(\"day >= ?\", 1.week.ago.beginning_of_week).group_by_week(:day).count",
                             "Cold starts at the yard have me at the billy more often. Is my coffee this week more than last week's?",
                             "Would your ledger show whether I have taken more coffee this week than in the week before it."],
    "late_coffee_sleep": ["coffee last one {t} or later, ngarinyi wiya?",
                          "Night.group(\"last_coffee_at >= '{t}'\").average(:hours)",
                          "Tourists offer me a coffee after the sunset ride. When the day's last coffee comes at {t} or later, does the swag get less of me?",
                          "Would your ledger show whether a last coffee at {t} or after curtails my sleep. " + S],
    "late_dinner_sleep": ["mungartji mai {t} or later, ngarinyi short?",
                          "Night.group(\"dinner_at >= '{t}'\").average(:hours)",
                          "Late tour groups push my tea back. With tea at {t} or later, does the night in the swag come up shorter?",
                          "Would your ledger show whether taking dinner at {t} or past that hour cuts into my night's sleep."],
    "exercise_sleep": ["exercise tjintu, ngarinyi tjuta?",
                       "Night.group(:trained_that_day).average(:hours)",
                       "Walking the string all day tires me but training tires me more. Do my training days earn me longer in the swag?",
                       "Would your ledger show whether the days I exercise give me longer sleep. " + S],
    "caffeine_sleep": ["caffeine {mg} mg or more tjintu, ngarinyi palya?",
                       "Night.group(\"day_caffeine_mg >= {mg}\").average(:hours)",
                       "Handlers here live on strong coffee. When the day's caffeine gets to {mg} mg or more, how does my sleep go?",
                       "Would your ledger show how I sleep after days of {mg} mg of caffeine or above."],
    "exercise_coffee": ["exercise tjintu, coffee tjuta?",
                        "Day.group(:trained).average(:coffee_cups)",
                        "A hard session sends me back to the billy. Do I drink more coffee on days I train?",
                        "Would your ledger show whether I take more coffee on days of exercise. " + S],
    "fu_day_before": ["tjintu kutjupa, before?",
                      "_.rewhere(day: _.day.prev_day)",
                      "Lead it back one day along the track.",
                      "The same enquiry once more, moved one day earlier."],
    "fu_meeting_length": ["meeting palatja yaaltjitu minutes?",
                          "_.pick(:minutes)",
                          "Meetings out here drag like a tired camel. How many minutes did that one go for?",
                          "Further to that, how many minutes did that meeting occupy."],
    "fu_other_day": ["{day} palu?",
                     "_.rewhere(day: \"{day}\")",
                     "Swap the saddle over and ask about {day}.",
                     "The same enquiry once more, now of {day}."],
    "fu_other_person": ["{who} palu?",
                        "_.rewhere(who: \"{who}\")",
                        "Swap the saddle over and ask about {who}.",
                        "The same enquiry once more, now of {who}."],
    "fu_night_before": ["munga kutjupa, before?",
                        "_.rewhere(night: _.night.prev_day)",
                        "Lead it back one night along the track.",
                        "The same enquiry once more, moved one night earlier."],
    "fu_today": ["kuwari palu, until now?",
                 "_.rewhere(day: Date.current, before: Time.current)",
                 "Run that again for today, as far as the day has walked.",
                 "The same enquiry once more, now of today up to this moment."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"{wd}ngka {_full(day)}", f"{wd} {_full(day)}", f"tjintu {wd}, {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"kuwari {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday {wd} {_slash(day)}"]
    return [f"{wd}ngka {_slash(day)}", f"{wd} {_slash(day)}", f"tjintu {wd}, {_words(day)}", f"tjintu {wd} {_slash(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"mungangka {WEEKDAYS[day.weekday()]} {_slash(day)} ka {_slash(after)}",
               f"munga {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"munga yesterday, {_slash(day)} ka {_slash(after)}"]
    return options
