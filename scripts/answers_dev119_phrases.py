"""Question phrasings of the answers benchmark's one hundred and nineteenth tuning set, ``dev119`` (docs/benchmarks.md, "Answers").

``dev119`` was the held-out set until 2026-12-06, when, after its measurement at 2833363 (grounded
accuracy 0.585; worst category multi_hop 0.364; unsupported 0.0; abstention 0.727; p95 0.027 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev118``, answers_dev118_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young woman from Asmara who types lower case, switching between English and Tigrinya inside a
  sentence, the Tigrinya typed in Latin letters (an apostrophe or a capital letter inside a word
  stands for a sound English letters lack; every number in a question is a number). The Tigrinya
  here is the writer's own approximation from the commonest words (intay what, abey where, men who,
  meas when, kendey how many, lomi today, timali yesterday, leyti night, ameshay evening, mealti day,
  qurs breakfast, mesah lunch, dirar the evening meal, dekkisey I slept, saat hours, dekika minutes,
  bun coffee, sini a cup, akeba a meeting, ezi semun this week, zihalefe semun last week, wey or,
  dihri after, "... ke?" for "and ...?", the weekdays Senuy to Senbet); no speaker has checked it.
  What the set tests is how the planner reads English mixed with a language it has never seen: no
  earlier set switches into Tigrinya or any other language of Eritrea; dev31's Amharic is a distant
  Ethiopian Semitic relative (the two are not mutually intelligible), and Arabic, another Semitic
  language, is in dev118: flagged for whoever measures it;
- an analyst who keeps her logs in kdb+ and types every question as one q-sql query: 'exec field
  from table where col=`sym, day~"..."' for a value, 'exec sum', 'avg', 'min' or 'max' for sums,
  averages, firsts and lasts, 'exec count i' for counts, 'select ... by day' for two compared,
  'select avg hours by late:... from nights' for habits, 'day in exec day from ...' for a day named
  by what happened on it, 'day>=`week$.z.d' for this week; no question mark of her own, no brace, no
  range (two dots); her follow-ups amend the last query q and run it again ('eval @[q;`day;-;1]');
- a tinsmith at the Medeber market, who hammers old oil drums into buckets, stoves and coffee-roasting
  pans, and starts with a remark from his work (the anvil, rivets and solder, the charcoal, the scrap
  lorries, the guild, the coffee woman across the lane, the radio on a nail, the pup under his bench)
  before he asks; his follow-ups "One more strike on the same rivet: ...";
- a retired engine driver of the Asmara to Massawa railway, who writes formal sentences with
  formulas of his own: "An old footplate man begs leave to be told ...", "An old footplate man begs
  leave to learn ...", often closed with "With respects from the footplate, a retired engine driver
  of the Massawa line.", and his follow-ups "The same again, if you would be so good, ...".

Of the Tigrinya words, those another module holds as a word are short ones another language happens
to share, kept: "ab", "amet", "bun", "dekika", "dye", "gize", "ile", "kab", "ke", "men", "metre",
"nab", "saat" and "sini" (and the English "birthday", "caffeine", "exercise", "film", "km",
"launch", "mg", "offsite" and "podcast"); no day or night name is another set's. No other module
holds "Asmara", "Eritrea", "Tigrinya", "Medeber", "tinsmith", "Massawa", "footplate", "engine
driver", "kdb", "exec " or ".z.d", nor any of the place names below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev119 life lives in Africa/Asmara, the zone Eritrea keeps, in Asmara, from Monday 23 February
2037 to 10 March 2037; Eritrea keeps East Africa Time (three hours ahead of Greenwich) all year,
with no summer time (zoneinfo gives one offset over its 16 days), so no clock changes inside it.
Dates are written as people in Eritrea write them: day first, with slashes, unpadded ("23/2/2037")
or padded ("23/02/2037"), always with the year. Weekdays are the Tigrinya ones, typed in Latin
letters with a capital: "Senuy" for Monday, "Selus", "Rebue", "Hamus", "Arbi", "Qedam" and "Senbet"
for Sunday: a day as its weekday and its slashed date ("Senuy 23/2/2037"), as "mealti" (the day of),
its weekday and its padded date, or as its padded date with its weekday in brackets; today and
yesterday alone, or as "lomi" (today) with the date, or "timali" (yesterday), its weekday and the
date. A night is named as "leyti" (the night of), its weekday and its date ("leyti Senuy
23/2/2037"), or as its weekday, "ameshay" (evening) and its padded date; last night alone, "last
night", or as "timali leyti", a comma and the date. No day's name ends in a dot, so that no question
ends in two dots. Workouts are named with places in and around Asmara: up Harnet Avenue, round the
Cinema Roma block, out along the Sembel road; down the escarpment towards Nefasit, out to Mai Nefhi,
round the Fiat Tagliero station; at the Expo pool and a hotel pool near Bahti Meskerem square; a
hall off Harnet Avenue and a courtyard in Gejeret; a bouldering wall in Tiravolo and the rocks above
Adi Guadad.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("Senuy", "Selus", "Rebue", "Hamus", "Arbi", "Qedam", "Senbet")
"""Tigrinya weekdays in Latin letters, as this set names them, Monday to Sunday (an approximation)."""

NOUNS = {"run": ("run up Harnet Avenue", "run round the Cinema Roma block", "run out along the Sembel road"),
         "cycle": ("ride down the escarpment towards Nefasit", "ride out to Mai Nefhi", "ride round the Fiat Tagliero station"),
         "swim": ("swim at the Expo pool in Asmara", "swim at a hotel pool near Bahti Meskerem square"),
         "yoga": ("yoga class in a hall off Harnet Avenue", "yoga session in a courtyard in Gejeret"),
         "climb": ("climb at a bouldering wall in Tiravolo", "climb on the rocks above Adi Guadad")}
"""What this set's questions call a workout of each activity: places in and around Asmara."""

S = "With respects from the footplate, a retired engine driver of the Massawa line."

PHRASES: dict[str, list[str]] = {
    "book": ["{who} zi-habereni metshaf, semu intay eyu?",
             "exec title from recs where giver=`{who}, cat=`book",
             "Every rivet I set comes from a drum someone threw out. The book {who} pressed on me, whatever was its title?",
             f"An old footplate man begs leave to be told the title of the book {{who}} commended to him. {S}"],
    "film": ["{who} ke-rey ile zi-belani film intay eyu?",
             "exec title from recs where giver=`{who}, cat=`film",
             "The anvil rings all morning and I hear nothing else. What film was it that {who} told me to go and watch?",
             "An old footplate man begs leave to be told which film {who} urged upon him."],
    "offsite": ["nay {who} offsite nab abey kete-ghe'az?",
                "exec town from events where cat=`offsite, mover=`{who}",
                "A customer moved his order three times this week. To which town did {who} shift the offsite?",
                f"An old footplate man begs leave to learn to what town {{who}} removed the offsite. {S}"],
    "restaurant": ["{who} ab abey beta-mgbi ile zi-megbeni?",
                   "exec venue from recs where giver=`{who}, cat=`restaurant",
                   "My stall smells of solder and charcoal, so I eat out when I can. Which place to eat did {who} put me on to?",
                   "An old footplate man begs leave to be reminded of the eating house {who} spoke well of."],
    "flight": ["nay {who} nefarit meas ti-are'ef?",
               "exec lands from flights where traveller=`{who}",
               "Scrap comes up from the port by lorry, slow as anything. When is {who} due to touch down?",
               f"An old footplate man begs leave to know at what hour the aeroplane of {{who}} comes in to land. {S}"],
    "dog": ["{who} zi-amSe'o nish'ti kelbi, semu intay eyu?",
            "exec called from pets where keeper=`{who}, species=`dog, months<12",
            "A stray pup sleeps under my bench among the off-cuts. What is the name of the puppy {who} has taken in?",
            "An old footplate man begs leave to hear by what name the young dog of {who} is known."],
    "launch": ["{who} nay {project} launch nab ayenay mealti kete-ghe'az?",
               "exec newdate from launches where project like \"{project}\", mover=`{who}",
               "Deadlines move in my trade as well, when the metal runs short. To which day has {who} pushed the launch of {project}?",
               f"An old footplate man begs leave to learn the day to which {{who}} put back the launch of {{project}}. {S}"],
    "age": ["gual {who} ab zimS'e birthday kendey amet ti-kewn?",
            "exec 1+age from kin where parent=`{who}, rel=`daughter",
            "My own girl carries water for the stall after school. How old will the daughter of {who} be on her coming birthday?",
            "An old footplate man begs leave to be told what age the daughter of {who} attains at her next birthday."],
    "podcast": ["{who} zi-belani podcast intay eyu?",
                "exec title from recs where giver=`{who}, cat=`podcast",
                "A radio hangs from a nail over the anvil and plays all day. The podcast {who} kept praising, which one was that?",
                f"An old footplate man begs leave to be told which podcast {{who}} recommended to him. {S}"],
    "breakfast_food": ["{day} n-qurs intay beli'e?",
                       "exec dish from meals where meal=`breakfast, day~\"{day}\"",
                       "I light the forge before I eat anything. What did I have for my first meal of the day {day}?",
                       "An old footplate man begs leave to learn what he took at breakfast {day}."],
    "lunch_food": ["mesah {day} intay neyru?",
                   "exec dish from meals where meal=`lunch, day~\"{day}\"",
                   "At noon the hammering stops up and down the market. What went into my tin plate once the hammers stopped, {day}?",
                   f"An old footplate man begs leave to learn what he ate at luncheon {{day}}. {S}"],
    "dinner_food": ["dirar {day} intay beli'e?",
                    "exec dish from meals where meal=`dinner, day~\"{day}\"",
                    "By dark my hands are black to the wrist. What did I eat once the shutter came down, {day}?",
                    "An old footplate man begs leave to learn what was served him at dinner {day}."],
    "lunch_place": ["{day} mesah abey belI'e?",
                    "exec venue from meals where meal=`lunch, day~\"{day}\"",
                    "Some days I eat on an upturned bucket. At which spot did I sit down to my noon meal, {day}?",
                    f"An old footplate man begs leave to learn where he lunched {{day}}. {S}"],
    "dinner_place": ["dirar {day} abey neyru?",
                     "exec venue from meals where meal=`dinner, day~\"{day}\"",
                     "After I pull the shutter down I go wherever my feet go. Where did my feet take me for supper, {day}?",
                     "An old footplate man begs leave to learn at what table he dined {day}."],
    "workout_kind": ["{day} intay exercise gebire?",
                     "exec sport from workouts where day~\"{day}\"",
                     "Hammering is exercise enough for my arms, but not my legs. What did I do for my legs and lungs, {day}?",
                     f"An old footplate man begs leave to learn what manner of exercise he took {{day}}. {S}"],
    "heart_rate": ["ab {noun} {day} mangedi nay libbi kendey neyru?",
                   "exec avg bpm from workouts where session like \"{noun}\", day~\"{day}\"",
                   "Bending sheet over the horn gets my pulse going too. How hard was my heart beating on average through the {noun}, {day}?",
                   "An old footplate man begs leave to learn the mean beat of his heart during the {noun} {day}."],
    "sleep_quality": ["{night} dekkis Tsebuq neyru wey aykonen?",
                      "exec quality from sleep where night~\"{night}\"",
                      "The dogs of the market bark half the night. Was my sleep deep or broken, {night}?",
                      f"An old footplate man begs leave to learn whether his rest was sound {{night}}. {S}"],
    "sleep_night": ["{night} kendey saat dekkisey?",
                    "exec sum hours from sleep where night~\"{night}\"",
                    "A tinsmith needs his sleep or he hits his thumb. How many hours did my head stay on the pillow, {night}?",
                    "An old footplate man begs leave to learn how many hours he lay asleep {night}."],
    "exercise_duration": ["{noun} {day} kendey dekika wesdu?",
                          "exec sum minutes from workouts where session like \"{noun}\", day~\"{day}\"",
                          "I time a bucket by the charcoal it burns. The {noun} burned how many minutes of my day, {day}?",
                          f"An old footplate man begs leave to learn the length in minutes of the {{noun}} {{day}}. {S}"],
    "meeting_duration": ["akeba {title} {day} kendey dekika wesdu?",
                         "exec sum minutes from meetings where title like \"{title}\", day~\"{day}\"",
                         "The guild talks for hours about the price of drums. For how many minutes did the {title} keep me off my bench, {day}?",
                         "An old footplate man begs leave to learn for how many minutes the {title} sat {day}."],
    "distance_run": ["{day} kendey km tetsare'e?",
                     "exec sum km from workouts where sport=`run, day~\"{day}\"",
                     "My legs carry scrap from the lorries all day. How many kilometres did my boots eat up at a run, {day}?",
                     f"An old footplate man begs leave to learn the distance he ran on foot {{day}}. {S}"],
    "distance_cycle": ["{day} b-bicycle kendey km gesiseye?",
                       "exec sum km from workouts where sport=`cycle, day~\"{day}\"",
                       "Half of Asmara rides a bicycle I once patched a mudguard for. What distance did my own wheels turn, {day}?",
                       "An old footplate man begs leave to learn how far his bicycle carried him {day}."],
    "distance_swim": ["{day} kendey metre hambisey?",
                      "exec sum metres from workouts where sport=`swim, day~\"{day}\"",
                      "Water in a tin tub is all the swimming most of us know. How many metres of pool did I cover, {day}?",
                      f"An old footplate man begs leave to learn how many metres he swam {{day}}. {S}"],
    "attendees": ["ab akeba {title} {day} men neyru?",
                  "exec guests from meetings where title like \"{title}\", day~\"{day}\"",
                  "I know every face that comes to the stall. Whose faces came to the {title}, {day}, the way buyers come to my stall?",
                  "An old footplate man begs leave to learn who attended the {title} {day}."],
    "coffee_count": ["{day} kendey sini bun setye?",
                     "exec count i from drinks where drink=`coffee, day~\"{day}\"",
                     "The woman across the lane roasts beans on a pan I made her. How many of her little cups did I empty, {day}?",
                     f"An old footplate man begs leave to learn how many cups of coffee he drank {{day}}. {S}"],
    "caffeine": ["{day} kulu caffeine kendey mg neyru?",
                 "exec sum caffeine_mg from drinks where day~\"{day}\"",
                 "Without coffee the hammer feels twice as heavy. What did my caffeine add up to, reckoned in mg, {day}?",
                 "An old footplate man begs leave to learn what weight of caffeine he consumed {day}."],
    "meeting_count": ["{day} kendey akeba neyruni?",
                      "exec count i from meetings where day~\"{day}\"",
                      "Every visit from the guild costs me an hour of work. How many times was I called away to sit and talk, {day}?",
                      f"An old footplate man begs leave to learn how many meetings were his lot {{day}}. {S}"],
    "km_week": ["kab Senuy jemiru kulu {activity} kendey km eyu?",
                "exec sum km from workouts where sport=`{activity}, day>=`week$.z.d",
                "I count drums by the week, so let me count this too. How many kilometres of {activity} have I done since the week began?",
                "An old footplate man begs leave to learn how many kilometres of {activity} he has covered since Monday last."],
    "workouts_week": ["ezi semun kendey gize exercise gebire?",
                      "exec count i from workouts where day>=`week$.z.d",
                      "This week I have not missed a morning at the forge. How many training sessions has this week given me so far?",
                      f"An old footplate man begs leave to learn how many sessions of exercise he has had in the present week. {S}"],
    "first_coffee": ["{day} qedamay bun meas setye?",
                     "exec min at from drinks where drink=`coffee, day~\"{day}\"",
                     "The first cup decides how straight my seams come out. At what hour did that first cup meet my lips, {day}?",
                     "An old footplate man begs leave to learn the hour of his first coffee {day}."],
    "last_coffee": ["{day} dihrawi bun meas setye?",
                    "exec max at from drinks where drink=`coffee, day~\"{day}\"",
                    "The last cup comes when the lane goes quiet. At what hour did I put down my final cup, {day}?",
                    f"An old footplate man begs leave to learn the hour of his last coffee {{day}}. {S}"],
    "first_meeting": ["{day} qedamay akeba meas jemiru?",
                      "exec min starts from meetings where day~\"{day}\"",
                      "Buyers come early, before the metal gets hot in the sun. What hour did the earliest sit-down begin, {day}?",
                      "An old footplate man begs leave to learn at what hour his earliest meeting began {day}."],
    "wake": ["{day} meas tensiey?",
             "exec woke_at from sleep where woke_on~\"{day}\"",
             "The cathedral bells get me up most mornings. What hour did my eyes open, {day}?",
             f"An old footplate man begs leave to learn at what hour he rose {{day}}. {S}"],
    "bedtime": ["{night} meas dekkisey?",
                "exec bed_at from sleep where night~\"{night}\"",
                "I bank the charcoal before I go home to bed. At what hour did I stretch out on my mat, {night}?",
                "An old footplate man begs leave to learn at what hour he retired {night}."],
    "dinner_on_distance": ["{km} km zi-{past} mealti dirar intay beli'e?",
                           "exec distinct dish from meals where meal=`dinner, day in exec day from workouts where km={km}, verb=`{past}",
                           "Some days my legs do as much as my arms. On the day of the {km} km I {past}, what filled my tin plate at night?",
                           f"An old footplate man begs leave to learn his dinner on that day when he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["dihri {noun} {day} zi-neyre akeba men neyru?",
                              "exec guests from meetings where day~\"{day}\", after like \"{noun}\"",
                              "I went straight from training to a meeting with soot still on me. Once the {noun} was done, whose faces did I see across the table, {day}?",
                              "An old footplate man begs leave to learn who attended the meeting which followed the {noun} {day}."],
    "lunch_on_meeting_day": ["akeba {title} zi-neyre mealti mesah abey beli'e?",
                             "exec distinct venue from meals where meal=`lunch, day in exec day from meetings where title like \"{title}\"",
                             "On meeting days I lock the stall at noon. The day the {title} met, where did my noon tin plate get filled?",
                             f"An old footplate man begs leave to learn where he lunched upon the day of the {{title}}. {S}"],
    "sleep_after_meeting": ["leyti nay {title} kendey saat dekkisey?",
                            "exec sum hours from sleep where night in exec day from meetings where title like \"{title}\"",
                            "A long meeting sits in my head like a dent in a drum. The night the {title} ended, how many hours did my head stay on the pillow?",
                            "An old footplate man begs leave to learn how many hours he slept on the night of the {title}."],
    "dinner_on_said_day": ["{who} bezaEba {value} zi-zereba mealti dirar intay beli'e?",
                           "exec distinct dish from meals where meal=`dinner, day in exec day from talk where speaker=`{who}, said like \"*{value}*\"",
                           "People talk while I hammer, and I remember the day more than the words. The evening {who} went on about {value}, what filled my tin plate?",
                           f"An old footplate man begs leave to learn what he dined on the day that {{who}} mentioned {{value}}. {S}"],
    "compare_sleep": ["{n1} wey {n2}, ab ayenay leyti zibezhe dekkisey?",
                      "select sum hours by night from sleep where night in (\"{n1}\";\"{n2}\")",
                      "One night short, one long, like two sheets off the same drum. Weighing {n1} against {n2}, which gave my head more hours on the pillow?",
                      "An old footplate man begs leave to learn on which night his sleep was the longer, that of {n1} or that of {n2}."],
    "compare_caffeine": ["{d1} wey {d2}, ab ayenay mealti zibezhe caffeine neyru?",
                         "select sum caffeine_mg by day from drinks where day in (\"{d1}\";\"{d2}\")",
                         "Some days the coffee woman pours me more than others. Holding {d1} up beside {d2}, which one held the heavier dose of caffeine?",
                         f"An old footplate man begs leave to learn whether {{d1}} or {{d2}} carried the more caffeine. {S}"],
    "compare_duration": ["{d1} wey {d2}, ab ayenay mealti zibezhe exercise gebire?",
                         "select sum minutes by day from workouts where day in (\"{d1}\";\"{d2}\")",
                         "I weigh my work in hours at the anvil. Holding {d1} up beside {d2}, on which did my training run longer?",
                         "An old footplate man begs leave to learn on which of the two days he exercised the longer, the one being {d1}, the other {d2}."],
    "compare_coffee_weeks": ["ezi semun kab zihalefe semun zibezhe bun setye dye?",
                             "select count i by `week$day from drinks where drink=`coffee, day>=-7+`week$.z.d",
                             "The coffee woman says I owe her more this week. Are her little cups adding up higher this week than the week gone?",
                             f"An old footplate man begs leave to learn whether he has drunk more coffee in the present week than in the one before. {S}"],
    "late_coffee_sleep": ["dihrawi bun {t} wey dihriu kons, qulqul dekkis yinkis dye?",
                          "select avg hours by late:last_coffee_at>=\"{t}\" from nights",
                          "A late cup keeps my hands steady and my eyes open. If the final cup lands at {t} or after, are my nights any shorter?",
                          "An old footplate man begs leave to learn whether he sleeps less on nights when his last coffee falls at {t} or after."],
    "late_dinner_sleep": ["dirar {t} wey dihriu kons, qulqul dekkis yinkis dye?",
                          "select avg hours by late:dinner_at>=\"{t}\" from nights",
                          "When the stall runs late my supper runs late. If supper lands at {t} or after, are my nights any shorter?",
                          f"An old footplate man begs leave to learn whether a dinner taken at {{t}} or later shortens his sleep. {S}"],
    "exercise_sleep": ["exercise zi-gebirkulu meAltat zibezhe dekkis dye?",
                       "select avg hours by trained from nights",
                       "Tired legs ought to mean a deep sleep. Do the days I train give my head more hours on the pillow?",
                       "An old footplate man begs leave to learn whether his days of exercise are followed by longer sleep."],
    "caffeine_sleep": ["caffeine {mg} mg wey zibezhe zi-setyelulu meAltat, dekkisey kemey eyu?",
                       "select avg hours by heavy:day_caffeine_mg>={mg} from nights",
                       "Strong coffee and hot metal make a restless man. When the caffeine climbs to {mg} mg or past it, how do my nights hold up?",
                       f"An old footplate man begs leave to learn how he sleeps after days on which his caffeine reached {{mg}} mg or more. {S}"],
    "exercise_coffee": ["exercise zi-gebirkulu meAltat zibezhe bun setye dye?",
                        "select avg cups by trained from days",
                        "After a run I reach for the coffee pot before the hammer. On the days my legs get worked, do her little cups add up higher?",
                        "An old footplate man begs leave to learn whether he takes more coffee on the days he exercises."],
    "fu_day_before": ["mealti qidmiu ke?",
                      "eval @[q;`day;-;1]",
                      "One more strike on the same rivet: the day ahead of that one?",
                      "The same again, if you would be so good, for the preceding day."],
    "fu_meeting_length": ["ezi akeba kendey wesidu?",
                          "exec minutes from r",
                          "Now measure that sit-down for me like a length of sheet: what length did it reach?",
                          "And the length of that meeting, if you would be so good?"],
    "fu_other_day": ["nay {day} ke?",
                     "eval @[q;`day;:;\"{day}\"]",
                     "One more strike on the same rivet: {day} this time?",
                     "The same again, if you would be so good, in the matter of {day}."],
    "fu_other_person": ["nay {who} ke?",
                        "eval @[q;`who;:;`{who}]",
                        "One more strike on the same rivet: {who} this time?",
                        "The same again, if you would be so good, in the matter of {who}."],
    "fu_night_before": ["leyti qidmiu ke?",
                        "eval @[q;`night;-;1]",
                        "One more strike on the same rivet: the night ahead of that one?",
                        "The same again, if you would be so good, in respect of the night preceding that one."],
    "fu_today": ["lomi kab hiji ke?",
                 "eval @[q;`day;:;.z.d]",
                 "One more strike on the same rivet: today, up to the present strike?",
                 "The same again, if you would be so good, for today as far as it has gone."],
}


def _full(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _padded(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"mealti {wd} {_padded(day)}", f"{_padded(day)} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"lomi {_full(day)}"]
    if back == 1:
        return ["yesterday", f"timali {wd} {_full(day)}"]
    return [f"{wd} {_full(day)}", f"mealti {wd} {_padded(day)}", f"{_padded(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    options = [f"leyti {WEEKDAYS[day.weekday()]} {_full(day)}", f"{WEEKDAYS[day.weekday()]} ameshay {_padded(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"timali leyti, {_full(day)}"]
    return options
