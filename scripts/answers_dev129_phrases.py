"""Question phrasings of the answers benchmark's one hundred and twenty-ninth tuning set, ``dev129`` (docs/benchmarks.md, "Answers").

``dev129`` was the held-out set until 2026-12-07, when, after its measurement at e218f94 (grounded
accuracy 0.489; worst category habit relation 0.045; unsupported 0.008; abstention 0.909; p95
0.107 s) and once more, before it was read, at 8949cf6 (0.564), the engineer tuning the answer
planner read its failures; it is spent as held-out evidence and is a tuning set now, asked with the
same phrasings, seed, start day and zone as before. It had replaced the former held-out set (now
``dev128``, answers_dev128_phrases.py) on 2026-12-07, and was written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order). All four live in Amman, Jordan, or work below it by the
Dead Sea:

- a young Circassian dental student in Amman, of the Adyghe community that settled in Jordan in the
  nineteenth century, who types English in lower case and switches between English and Adyghe (West
  Circassian) inside a sentence, the Adyghe in Cyrillic as the community's Saturday classes teach it,
  the palochka typed as a Latin capital I ("шIу"), every number in a question a number. Adyghe is of
  the Northwest Caucasian family, of which no earlier set has a language (no earlier module names
  Circassian or Adyghe; the Chechen of dev107 is Northeast Caucasian, another family, and the Georgian
  of dev33 Kartvelian). The Adyghe here is the writer's own approximation, checked by no speaker:
  сыд what, сыд ыцIэ what is its name, тыдэ where, хэт who, сыдигъо when, тхьапш how many or how
  much, тэ which, ыIуагъэ (he or she) said, ыгъэлъэпIагъэ praised, еплъ watch, едэIу listen, сшхыгъа
  did I eat, сешъуагъ I drank, сешъуа did I drink, сычъыягъ I slept, сычъагъ I ran, сесыгъ I swam,
  сшIыгъ I did, сыкъэушъыгъ I woke, щыIа was, щыIагъ was there, къэсыщт will arrive, хъущт will
  become, кIуагъэ lasted, ригъэжьагъ started, ыпхъу his or her daughter, ыныбжь age, и his or her,
  пщэдджыжьышхэ breakfast, щэджэгъоуашхэ lunch, пчыхьэшхэ dinner, сыхьат hour, такъикъ minute,
  апэрэ first, кIэухым at the end, зэкIэмкIи in all, нахь more, нахьыбэ more (of a count), кIыхьагъэ
  longer, кIэкIа shorter?, макIа less?, е or, мы тхьамафэм this week, блэкIыгъэ тхьамафэм last
  week, къыщегъэжьагъэу starting from, мафэ day, мафэм on the day, чэщ night, чэщым at night, ычэщ
  its night, непэ today, тыгъуасэ yesterday, ыуж after, ыпэкIэ before, ащ that, шъхьае and what
  about, дэгъуа was it good, the endings -р (the) and -м (of, at) on English words ("book-р",
  "meeting-м"); the weekdays Блыпэ, Гъубдж, Бэрэскэжъый, Мэфэку, Бэрэскэшхо, Мэфэзакъу and
  Тхьаумаф (Monday to Sunday). What the set tests is how the planner reads English mixed with a
  language in Cyrillic it has not seen in these sets;
- an ERP programmer at a pharmaceutical plant in Amman who keeps its Progress OpenEdge system and
  types every question as ABL (the OpenEdge Advanced Business Language) in the procedure editor, as
  ABL programmers write it: "FIND FIRST Meal NO-LOCK WHERE ... NO-ERROR. DISPLAY Meal.Food." for a
  value, "FOR EACH ... NO-LOCK WHERE ...: DISPLAY ... END." as a second way, "ACCUMULATE ... (TOTAL)"
  with "ACCUM TOTAL" or a "DEFINE VARIABLE ... NO-UNDO." counter for sums and counts, "BY ...: ...
  LEAVE." for firsts and lasts, "BREAK BY" with "LAST-OF" and "(AVERAGE BY ...)" for comparisons and
  habits, "TODAY - ((WEEKDAY(TODAY) + 5) MODULO 7)" for the week's Monday (ABL counts Sunday as 1),
  two FIND FIRSTs in a row for a day named by a meeting or by what was said on it; no brace (no
  include or preprocessor name) and no two dots in a row; his follow-ups set one variable and rerun
  ("cDay = "...". /* rerun */") or display a field of the meeting last found;
- a dredge operator at the potash works on the Dead Sea, who floats on the evaporation ponds
  harvesting the salt crop and rides the company bus up and down the escarpment, and starts with a
  remark from that work (the dredge and its cab, the pontoon and its ramp, the ponds, the pump house,
  the control room and its cardamom pot, the refinery gate and its canteen, the slurry line, the salt
  crust, the heat below sea level, the foreman's safety talks, his niece in Karak) before he asks; his
  follow-ups "Off the dredge for a minute, one more:";
- an epigrapher who reads the Greek, Latin and Nabataean inscriptions kept on the Citadel hill, and
  writes formal sentences with formulas of his own: "The epigrapher would have the diary yield up
  ...", often closed with "Inscribed at Jabal al-Qal'a, Amman.", and his follow-ups "On the same
  stone, the diary is to yield up ...".

No other module holds "Amman", "Jordan", "Circassian", "Adyghe", a word of the Adyghe above in
Cyrillic, "OpenEdge", "ABL", "NO-LOCK", "NO-ERROR", "FIND FIRST", "FOR EACH", "ACCUMULATE", "LAST-OF",
"MODULO", "potash", "dredge", "pontoon", "Dead Sea", "Karak", "epigrapher", "yield up", "Inscribed at",
"Jabal" or "On the same stone", nor any of the place names below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev129 life lives in Asia/Amman, the zone of Jordan, three hours ahead of Greenwich all year
since Jordan gave up its clock changes in 2022 (zoneinfo gives one offset over its 16 days), in
Amman, from Monday 4 May 2037 to 19 May 2037. Dates are written as people in Jordan write them: day
first, with slashes and the year in full, padded ("04/05/2037") or not ("4/5/2037"), a day named
with its Adyghe weekday before the padded date ("Блыпэ 04/05/2037") or in brackets after the
unpadded one ("4/5/2037 (Блыпэ)"); today and yesterday alone, or as непэ (today) with the date in
brackets or тыгъуасэ (yesterday) with its weekday in brackets. A night is named as its weekday,
чэщым (at night) and the date ("Блыпэ чэщым 04/05/2037"), or as the date with its weekday and
чэщым ("4/5/2037 (Блыпэ) чэщым"); last night alone, or as тыгъуасэ чэщым (yesterday at night) with
the date in brackets. No day's name ends in a dot. Workouts are named with places in and around
Amman: the track at Sports City, the stairs of Jabal Amman, King Hussein Park; the spin bike in
Sweifieh, a ride out past Dabouq; the Orthodox Club pool; yoga on a roof in Weibdeh or in Abdoun; the
climbing wall in Khalda or the boulders above Ajloun.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("Блыпэ", "Гъубдж", "Бэрэскэжъый", "Мэфэку", "Бэрэскэшхо", "Мэфэзакъу", "Тхьаумаф")
"""Weekdays as this set's Adyghe writer types them, Monday to Sunday, in Cyrillic with a capital."""

NOUNS = {"run": ("run round the track at Sports City", "run down the stairs of Jabal Amman",
                 "run in King Hussein Park"),
         "cycle": ("ride on the spin bike in Sweifieh", "ride out past Dabouq"),
         "swim": ("swim at the Orthodox Club pool", "swim of lengths at the Orthodox Club"),
         "yoga": ("yoga session on a roof in Weibdeh", "yoga class in Abdoun"),
         "climb": ("climb at the wall in Khalda", "climb on the boulders above Ajloun")}
"""What this set's questions call a workout of each activity: places in and around Amman."""

G = "The epigrapher would have the diary yield up"
S = "Inscribed at Jabal al-Qal'a, Amman."
F = "Off the dredge for a minute, one more:"
D = "On the same stone, the diary is to yield up"

PHRASES: dict[str, list[str]] = {
    "book": ["{who} ыIуагъэ book-р сыд ыцIэ? forgot it",
             'FIND FIRST Tip NO-LOCK WHERE Tip.Giver = "{who}" AND Tip.Kind = "book" NO-ERROR. DISPLAY Tip.Title.',
             "Between pond shifts I read in the shade of the pump house. What book did {who} press me to pick up?",
             f"{G} the book whose reading {{who}} urged. {S}"],
    "film": ["{who} еплъ ыIуагъэ film-р сыд?",
             'FOR EACH Tip NO-LOCK WHERE Tip.Kind = "film" AND Tip.Giver = "{who}": DISPLAY Tip.Title. END.',
             "The company bus back up to the plateau shows a film when the screen works. Which film did {who} go on about?",
             f"{G} the film that {{who}} counted worth an evening."],
    "offsite": ["{who} ыIуагъэ offsite-р тыдэ щыIа джы? moved again",
                'FIND LAST OffsiteNews NO-LOCK WHERE OffsiteNews.Teller = "{who}" NO-ERROR. DISPLAY OffsiteNews.NewVenue.',
                "The ponds change shape with every season and so, it seems, does the offsite. After {who} passed on the change, where does it meet now?",
                f"{G} the place where the offsite now meets, {{who}} being the informant. {S}"],
    "restaurant": ["{who} ыгъэлъэпIагъэ restaurant-р тыдэ щыI?",
                   'FIND FIRST Tip NO-LOCK WHERE Tip.Kind = "restaurant" AND Tip.Giver = "{who}" NO-ERROR. DISPLAY Tip.Place.',
                   "Down by the potash works there is nowhere to eat but the canteen. Which place up in town did {who} say to try?",
                   f"{G} the eating house {{who}} held in regard."],
    "flight": ["{who} и flight-р сыдигъо къэсыщт?",
               'FIND FIRST Flight NO-LOCK WHERE Flight.Traveller = "{who}" NO-ERROR. DISPLAY Flight.ArrivesAt.',
               "Planes cross high over the Dead Sea all day and I watch them from the dredge. The one with {who} on board, when does it come down?",
               f"{G} the hour at which the plane with {{who}} aboard arrives. {S}"],
    "dog": ["{who} и dog-р сыд ыцIэ?",
            'FIND FIRST Pet NO-LOCK WHERE Pet.Owner = "{who}" AND Pet.Species = "dog" NO-ERROR. DISPLAY Pet.PetName.',
            "A stray sleeps under the pontoon ramp and the crew have named it three times over. What is the dog of {who} called?",
            f"{G} the name borne by the dog of {{who}}."],
    "launch": ["{project} launch-р {who} ыIуагъэ, сыдигъо джы?",
               'FIND LAST LaunchMove NO-LOCK WHERE LaunchMove.Project = "{project}" AND LaunchMove.Teller = "{who}" NO-ERROR. DISPLAY LaunchMove.NewDate.',
               "A dredge stuck on a salt bar can lose a week, so I know about slipping dates. {who} says {project} slipped as well; which date holds its launch now?",
               f"{G} the date now fixed for the launch of {{project}}, a change reported by {{who}}. {S}"],
    "age": ["{who} ыпхъу birthday нэужым ыныбжь тхьапш хъущт?",
            'FIND FIRST Relative NO-LOCK WHERE Relative.Parent = "{who}" AND Relative.Tie = "daughter" NO-ERROR. DISPLAY Relative.AgeNext.',
            "My niece in Karak had a cake shaped like a dredge. {who} has a daughter with a birthday on the way; how old will the girl be?",
            f"{G} the years the girl born to {{who}} will number once her birthday is past."],
    "podcast": ["{who} едэIу ыIуагъэ podcast-р сыд?",
                'FOR EACH Tip NO-LOCK WHERE Tip.Giver = "{who}" AND Tip.Kind = "podcast": DISPLAY Tip.Title. END.',
                "The radio in the dredge cab only picks up one station below sea level. Which podcast did {who} tell me to download instead?",
                f"{G} the podcast {{who}} put forward for hearing. {S}"],
    "breakfast_food": ["{day} пщэдджыжьышхэм сыд сшхыгъа?",
                       'FIND FIRST Meal NO-LOCK WHERE Meal.MealDay = "{day}" AND Meal.Kind = "breakfast" NO-ERROR. DISPLAY Meal.Food.',
                       "The shift starts at six, before the heat climbs off the water. On the bus or at home, what kept me going till noon, {day}?",
                       f"{G} what was taken at the breakfast table, {{day}}."],
    "lunch_food": ["{day} щэджэгъоуашхэм lunch сыд сшхыгъа?",
                   'FOR EACH Meal NO-LOCK WHERE Meal.Kind = "lunch" AND Meal.MealDay = "{day}": DISPLAY Meal.Food. END.',
                   "The canteen by the refinery gate sends trays out to the crews at noon. What was on my tray, {day}?",
                   f"{G} the noon fare, {{day}}. {S}"],
    "dinner_food": ["{day} пчыхьэшхэм dinner сыд сшхыгъа?",
                    'FIND FIRST Meal NO-LOCK WHERE Meal.Kind = "dinner" AND Meal.MealDay = "{day}" NO-ERROR. DISPLAY Meal.Food.',
                    "By evening I am back up the escarpment and my mother cooks for whoever is home. What did she put out, {day}?",
                    f"{G} the supper fare, {{day}}."],
    "lunch_place": ["{day} lunch тыдэ сшхыгъа?",
                    'FIND FIRST Meal NO-LOCK WHERE Meal.MealDay = "{day}" AND Meal.Kind = "lunch" NO-ERROR. DISPLAY Meal.Venue.',
                    "Some noons I eat on the pontoon, some in the cool of the control room. On which side of the water did I take my tray, {day}?",
                    f"{G} where the noon fare was taken, {{day}}. {S}"],
    "dinner_place": ["{day} dinner тыдэ сшхыгъа?",
                     'FOR EACH Meal NO-LOCK WHERE Meal.MealDay = "{day}" AND Meal.Kind = "dinner": DISPLAY Meal.Venue. END.',
                     "After a double shift I eat wherever the bus stops first. Where did supper find me, {day}?",
                     f"{G} where supper was taken, {{day}}."],
    "workout_kind": ["{day} сыд workout сшIыгъа?",
                     'FOR EACH Workout NO-LOCK WHERE Workout.WDay = "{day}": DISPLAY Workout.Activity. END.',
                     "Shovelling salt crust off the pontoon does not count, my trainer says. What counted as exercise, {day}?",
                     f"{G} the kind of exercise taken, {{day}}. {S}"],
    "heart_rate": ["{day} {noun}-м heart rate average тхьапш?",
                   'FIND FIRST Workout NO-LOCK WHERE Workout.WDay = "{day}" AND Workout.WName = "{noun}" NO-ERROR. DISPLAY Workout.AvgHR.',
                   "The heat by the water pushes my pulse up before I move. For that {noun}, {day}, where did the watch put my pulse on average?",
                   f"{G} the mean beat of the heart while the {{noun}} lasted, {{day}}."],
    "sleep_quality": ["{night} сычъыягъэр дэгъуа? good sleep or no",
                      'FIND FIRST Rest NO-LOCK WHERE Rest.RNight = "{night}" NO-ERROR. DISPLAY Rest.Quality.',
                      "The dredge hums in my head long after I leave it. Did I sleep like a stone or keep waking, {night}?",
                      f"{G} whether rest came deep or broken, {{night}}. {S}"],
    "sleep_night": ["{night} сыхьат тхьапш сычъыягъ?",
                    'FIND FIRST Rest NO-LOCK WHERE Rest.RNight = "{night}" NO-ERROR. DISPLAY Rest.Hours.',
                    "The early bus cuts my nights short most of the week. Tell me how long I was out cold, {night}.",
                    f"{G} the hours given to sleep, {{night}}."],
    "exercise_duration": ["{day} {noun}-р такъикъ тхьапш хъугъэ?",
                          'FIND FIRST Workout NO-LOCK WHERE Workout.WName = "{noun}" AND Workout.WDay = "{day}" NO-ERROR. DISPLAY Workout.Minutes.',
                          "When I get home I have an hour before the light goes. The {noun}, {day}: what share of that hour went on it, in minutes?",
                          f"{G} the minutes spent at the {{noun}}, {{day}}. {S}"],
    "meeting_duration": ["{day} {title}-р такъикъ тхьапш кIуагъэ?",
                         'FIND FIRST Meeting NO-LOCK WHERE Meeting.Title = "{title}" AND Meeting.MDay = "{day}" NO-ERROR. DISPLAY Meeting.Minutes.',
                         "Safety talks on the pond bank run as long as the foreman likes. The {title}, {day}: how much of the shift did we stand there, in minutes?",
                         f"{G} how far the {{title}} ran on in minutes, {{day}}."],
    "distance_run": ["{day} km тхьапш сычъагъ?",
                     'DEFINE VARIABLE dKm AS DECIMAL NO-UNDO. FOR EACH Workout NO-LOCK WHERE Workout.WDay = "{day}" AND Workout.Activity = "run": dKm = dKm + Workout.Km. END. DISPLAY dKm.',
                     "I only run after sunset when the town cools down. On my feet, what km did the evening streets get from me, {day}?",
                     f"{G} the kilometres run, {{day}}. {S}"],
    "distance_cycle": ["{day} bike-мкIэ km тхьапш?",
                       'FOR EACH Workout NO-LOCK WHERE Workout.Activity = "cycle" AND Workout.WDay = "{day}": ACCUMULATE Workout.Km (TOTAL). END. DISPLAY (ACCUM TOTAL Workout.Km).',
                       "The road down to the Dead Sea is all downhill and then all uphill. Pedalling, what km did I log, {day}?",
                       f"{G} the kilometres cycled, {{day}}."],
    "distance_swim": ["{day} m тхьапш сесыгъ?",
                      'DEFINE VARIABLE iM AS INTEGER NO-UNDO. FOR EACH Workout NO-LOCK WHERE Workout.Activity = "swim" AND Workout.WDay = "{day}": iM = iM + Workout.Metres. END. DISPLAY iM.',
                      "Nobody swims in the Dead Sea, you only float, so I swim in a pool in town. Lengths added into metres, what did the pool get out of me, {day}?",
                      f"{G} the metres swum, {{day}}. {S}"],
    "attendees": ["{day} {title}-м хэт щыIагъ?",
                  'FOR EACH Attendee NO-LOCK WHERE Attendee.Meeting = "{title}" AND Attendee.ADay = "{day}": DISPLAY Attendee.Person. END.',
                  "Half the crew skip meetings if the pump needs them. Which of the crew showed their faces at that {title} gathering, {day}?",
                  f"{G} the names of all who sat through the {{title}}, {{day}}."],
    "coffee_count": ["{day} coffee тхьапш сешъуагъ?",
                     'DEFINE VARIABLE iCups AS INTEGER NO-UNDO. FOR EACH Coffee NO-LOCK WHERE Coffee.CDay = "{day}": iCups = iCups + 1. END. DISPLAY iCups.',
                     "The control room has a cardamom pot that never goes cold. How often did I fill up from it, {day}?",
                     f"{G} the tally of cups emptied, {{day}}. {S}"],
    "caffeine": ["{day} caffeine mg тхьапш зэкIэмкIи?",
                 'FOR EACH Coffee NO-LOCK WHERE Coffee.CDay = "{day}": ACCUMULATE Coffee.Mg (TOTAL). END. DISPLAY (ACCUM TOTAL Coffee.Mg).',
                 "Cardamom coffee is small but it is strong. In mg, what did those small cups add up to, {day}?",
                 f"{G} the sum of caffeine in mg, {{day}}."],
    "meeting_count": ["{day} meeting тхьапш щыIагъ?",
                      'DEFINE VARIABLE iN AS INTEGER NO-UNDO. FOR EACH Meeting NO-LOCK WHERE Meeting.MDay = "{day}": iN = iN + 1. END. DISPLAY iN.',
                      "Every time the slurry line blocks, the engineers call us into the cabin. How often did they haul me off the pond into a cabin to talk, {day}?",
                      f"{G} the tally of assemblies sat through, {{day}}. {S}"],
    "km_week": ["мы тхьамафэм {activity} km тхьапш? Блыпэ къыщегъэжьагъэу",
                'DEFINE VARIABLE dKm AS DECIMAL NO-UNDO. FOR EACH Workout NO-LOCK WHERE Workout.Activity = "{verb}" AND Workout.WDate >= TODAY - ((WEEKDAY(TODAY) + 5) MODULO 7): dKm = dKm + Workout.Km. END. DISPLAY dKm.',
                "The pond was drained for repairs this week, so I had time to {verb}. Monday onward, what km does that come to?",
                f"{G} the kilometres of {{activity}} from Monday to the present."],
    "workouts_week": ["мы тхьамафэм workout тхьапш сшIыгъ? from Блыпэ",
                      'DEFINE VARIABLE iW AS INTEGER NO-UNDO. FOR EACH Workout NO-LOCK WHERE Workout.WDate >= TODAY - ((WEEKDAY(TODAY) + 5) MODULO 7): iW = iW + 1. END. DISPLAY iW.',
                      "I promised my sister three workouts a week, heat or no heat. Monday onward, how many have I done?",
                      f"{G} the count of workouts from Monday to the present. {S}"],
    "first_coffee": ["{day} апэрэ coffee-р сыдигъо?",
                     'FOR EACH Coffee NO-LOCK WHERE Coffee.CDay = "{day}" BY Coffee.CTime: DISPLAY Coffee.CTime. LEAVE. END.',
                     "My first cup comes from a thermos on the bus down. When did I unscrew it, {day}?",
                     f"{G} the hour the first cup was poured, {{day}}."],
    "last_coffee": ["{day} кIэухым coffee сыдигъо сешъуагъ?",
                    'FOR EACH Coffee NO-LOCK WHERE Coffee.CDay = "{day}" BY Coffee.CTime DESCENDING: DISPLAY Coffee.CTime. LEAVE. END.',
                    "On a late shift the night foreman brews one more pot. When did he pour me the final drop, {day}?",
                    f"{G} the hour the closing cup was poured, {{day}}. {S}"],
    "first_meeting": ["{day} апэрэ meeting-р сыдигъо ригъэжьагъ?",
                      'FOR EACH Meeting NO-LOCK WHERE Meeting.MDay = "{day}" BY Meeting.StartsAt: DISPLAY Meeting.StartsAt. LEAVE. END.',
                      "The first meeting is usually a quick word at the pump house. When did the first of them get going, {day}?",
                      f"{G} the hour the first assembly opened, {{day}}."],
    "wake": ["{day} сыдигъо сыкъэушъыгъ?",
             'FIND FIRST Rest NO-LOCK WHERE Rest.Morning = "{day}" NO-ERROR. DISPLAY Rest.WokeAt.',
             "The company bus leaves before the call to prayer some days. When did I drag myself out of the sheets, {day}?",
             f"{G} the hour he rose, {{day}}. {S}"],
    "bedtime": ["{night} сыдигъо сычъыягъ?",
                'FIND FIRST Rest NO-LOCK WHERE Rest.RNight = "{night}" NO-ERROR. DISPLAY Rest.WentToBed.',
                "Some nights the salt itch keeps me up. When did my head meet the pillow, {night}?",
                f"{G} the hour of retiring, {{night}}."],
    "dinner_on_distance": ["{km} km {past} мафэм dinner сыд сшхыгъа?",
                           'FIND FIRST DaySummary NO-LOCK WHERE DaySummary.Km = {km} AND DaySummary.ActivityPast = "{past}" NO-ERROR. DISPLAY DaySummary.Dinner.',
                           "A long session leaves me hungry enough to eat the pontoon. The {km} km I {past} one day left me starving; what filled me up at supper that evening?",
                           f"{G} the supper of the date whereon he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day} {noun}-р ыуж meeting-м хэт щыIагъ?",
                              'FIND FIRST Workout NO-LOCK WHERE Workout.WName = "{noun}" AND Workout.WDay = "{day}" NO-ERROR. FOR EACH Meeting NO-LOCK WHERE Meeting.StartsAt > Workout.EndsAt BY Meeting.StartsAt: DISPLAY Meeting.People. LEAVE. END.',
                              "Sometimes I go from a workout straight to a call with wet hair. With the {noun} finished {day}, who was round the table at my next meeting?",
                              f"{G} the company gathered at the next assembly once the {{noun}} was ended, {{day}}."],
    "lunch_on_meeting_day": ["{title} щыIа мафэм lunch тыдэ сшхыгъа?",
                             'FIND FIRST Meeting NO-LOCK WHERE Meeting.Title = "{title}" NO-ERROR. FIND FIRST Meal NO-LOCK WHERE Meal.MealDay = Meeting.MDay AND Meal.Kind = "lunch" NO-ERROR. DISPLAY Meal.Venue.',
                             "A meeting day means lunch wherever the meeting leaves me. That {title} day, where did the noon tray find me?",
                             f"{G} where the noon fare was taken on the date of the {{title}}. {S}"],
    "sleep_after_meeting": ["{title} ыуж а чэщым сыхьат тхьапш сычъыягъ?",
                            'FIND FIRST Meeting NO-LOCK WHERE Meeting.Title = "{title}" NO-ERROR. FIND FIRST Rest NO-LOCK WHERE Rest.RNight = Meeting.MDay NO-ERROR. DISPLAY Rest.Hours.',
                            "A bad meeting sits on my chest like the heat at noon. With the {title} done, how long did I lie asleep that night, in hours?",
                            f"{G} the hours of rest in the night closing the {{title}}'s date."],
    "dinner_on_said_day": ["{who} {value} къызыIогъэ мафэм dinner сыд сшхыгъа?",
                           'FIND FIRST Remark NO-LOCK WHERE Remark.Speaker = "{who}" AND Remark.Said = "{value}" NO-ERROR. FIND FIRST Meal NO-LOCK WHERE Meal.MealDay = Remark.RDay AND Meal.Kind = "dinner" NO-ERROR. DISPLAY Meal.Food.',
                           "On the bus people talk about everything. When {who} got going about {value} that day, what came to the table for me at night?",
                           f"{G} the supper of the date whereon {{who}} raised {{value}}. {S}"],
    "compare_sleep": ["{n1} е {n2}, тэ нахь бэу сычъыягъ?",
                      'FOR EACH Rest NO-LOCK WHERE Rest.RNight = "{n1}" OR Rest.RNight = "{n2}" BY Rest.Hours DESCENDING: DISPLAY Rest.RNight Rest.Hours. END.',
                      "Shift changes leave some nights long and some thin. Weighing {n1} up with {n2}, which let me stay down longer?",
                      f"{G} whether it was {{n1}} that afforded the longer rest, or {{n2}}."],
    "compare_caffeine": ["{d1} е {d2}, caffeine нахьыбэ тэ?",
                         'FOR EACH Coffee NO-LOCK WHERE Coffee.CDay = "{d1}" OR Coffee.CDay = "{d2}" BREAK BY Coffee.CDay: ACCUMULATE Coffee.Mg (TOTAL BY Coffee.CDay). IF LAST-OF(Coffee.CDay) THEN DISPLAY Coffee.CDay (ACCUM TOTAL BY Coffee.CDay Coffee.Mg). END.',
                         "Hot days make me drink more, not less. Weighing {d1} up with {d2}, which had me swallowing more caffeine?",
                         f"{G} whether {{d1}} or {{d2}} carried the greater caffeine. {S}"],
    "compare_duration": ["{d1} е {d2}, workout нахь кIыхьагъэр тэ?",
                         'FOR EACH Workout NO-LOCK WHERE Workout.WDay = "{d1}" OR Workout.WDay = "{d2}" BREAK BY Workout.WDay: ACCUMULATE Workout.Minutes (TOTAL BY Workout.WDay). IF LAST-OF(Workout.WDay) THEN DISPLAY Workout.WDay (ACCUM TOTAL BY Workout.WDay Workout.Minutes). END.',
                         "My training time hangs on when the bus drops me. Weighing {d1} up with {d2}, which held the bigger share of training minutes?",
                         f"{G} whether exercise ran longer {{d1}} or {{d2}}."],
    "compare_coffee_weeks": ["мы тхьамафэм coffee нахьыба блэкIыгъэ тхьамафэм нахьи?",
                             'DEFINE VARIABLE dMon AS DATE NO-UNDO. DEFINE VARIABLE iNow AS INTEGER NO-UNDO. DEFINE VARIABLE iPrev AS INTEGER NO-UNDO. dMon = TODAY - ((WEEKDAY(TODAY) + 5) MODULO 7). FOR EACH Coffee NO-LOCK WHERE Coffee.CDate >= dMon - 7: IF Coffee.CDate >= dMon THEN iNow = iNow + 1. ELSE iPrev = iPrev + 1. END. DISPLAY iNow iPrev.',
                             "The control room pot got a new filter this week and tastes better. Has the pot given me a bigger share this week than it did the week before?",
                             f"{G} whether the cups of this week outnumber the week before. {S}"],
    "late_coffee_sleep": ["{t} ыуж coffee сешъомэ, sleep нахь макIа?",
                          'FOR EACH NightSummary NO-LOCK BREAK BY (NightSummary.LastCup >= "{t}"): ACCUMULATE NightSummary.Hours (AVERAGE BY (NightSummary.LastCup >= "{t}")). IF LAST-OF(NightSummary.LastCup >= "{t}") THEN DISPLAY (NightSummary.LastCup >= "{t}") (ACCUM AVERAGE BY (NightSummary.LastCup >= "{t}") NightSummary.Hours). END.',
                          "The night foreman's pot is hard to refuse. If the closing cup lands at {t} or past it, is my sleep the poorer for it?",
                          f"{G} whether a cup from {{t}} onward trims the night."],
    "late_dinner_sleep": ["{t} ыуж dinner сшхымэ, sleep нахь макIа?",
                          'FOR EACH NightSummary NO-LOCK BREAK BY (NightSummary.DinnerAt >= "{t}"): ACCUMULATE NightSummary.Hours (AVERAGE BY (NightSummary.DinnerAt >= "{t}")). IF LAST-OF(NightSummary.DinnerAt >= "{t}") THEN DISPLAY (NightSummary.DinnerAt >= "{t}") (ACCUM AVERAGE BY (NightSummary.DinnerAt >= "{t}") NightSummary.Hours). END.',
                          "My mother keeps supper back until I am home, however late. Supper at {t} or past it: does it rob me of sleep?",
                          f"{G} whether supper from {{t}} onward shortens the sleep that follows. {S}"],
    "exercise_sleep": ["workout сшIыгъэ мафэм ычэщ нахь бэу сычъыя?",
                       'FOR EACH NightSummary NO-LOCK BREAK BY NightSummary.TrainedBefore: ACCUMULATE NightSummary.Hours (AVERAGE BY NightSummary.TrainedBefore). IF LAST-OF(NightSummary.TrainedBefore) THEN DISPLAY NightSummary.TrainedBefore (ACCUM AVERAGE BY NightSummary.TrainedBefore NightSummary.Hours). END.',
                       "My trainer swears a workout is better than any pill for sleep. Do the nights that follow a day I trained run longer for me?",
                       f"{G} whether rest runs longer after a day of exercise."],
    "caffeine_sleep": ["{mg} mg caffeine е нахьыбэ зыщысешъогъэ мафэм ычэщ нахь кIэкIа?",
                       'FOR EACH NightSummary NO-LOCK BREAK BY (NightSummary.DayMg >= {mg}): ACCUMULATE NightSummary.Hours (AVERAGE BY (NightSummary.DayMg >= {mg})). IF LAST-OF(NightSummary.DayMg >= {mg}) THEN DISPLAY (NightSummary.DayMg >= {mg}) (ACCUM AVERAGE BY (NightSummary.DayMg >= {mg}) NightSummary.Hours). END.',
                       "Cardamom coffee all shift adds up by evening. When a day's cups pass {mg} mg between them, does the night that follows get cut?",
                       f"{G} whether a day carrying {{mg}} mg or above brings a curtailed night. {S}"],
    "exercise_coffee": ["workout мафэм coffee нахьыбэ сешъуа?",
                        'FOR EACH DaySummary NO-LOCK BREAK BY DaySummary.Trained: ACCUMULATE DaySummary.Cups (AVERAGE BY DaySummary.Trained). IF LAST-OF(DaySummary.Trained) THEN DISPLAY DaySummary.Trained (ACCUM AVERAGE BY DaySummary.Trained DaySummary.Cups). END.',
                        "A workout makes me want the pot more, or so the crew say. Does a day I train empty more cups into me?",
                        f"{G} whether days of exercise see the cups multiply."],
    "fu_day_before": ["ащ ыпэкIэ мафэр?",
                      "/* rerun, one day earlier */ dShift = -1.",
                      f"{F} shift it back by a day?",
                      f"{D} the matter once more, stepping back a day."],
    "fu_meeting_length": ["а meeting-р такъикъ тхьапш кIуагъэ?",
                          "DISPLAY Meeting.Minutes. /* the same meeting */",
                          f"{F} that meeting, what length of time did it swallow?",
                          f"{D} the span of the meeting last named."],
    "fu_other_day": ["{day} шъхьае?",
                     'cDay = "{day}". /* rerun */',
                     f"{F} now {{day}}?",
                     f"{D} the matter again for {{day}}."],
    "fu_other_person": ["{who} шъхьае?",
                        'cWho = "{who}". /* rerun */',
                        f"{F} now {{who}}?",
                        f"{D} the matter again for {{who}}."],
    "fu_night_before": ["ащ ыпэрэ чэщыр?",
                        "/* rerun, one night earlier */ dNightShift = -1.",
                        f"{F} shift it back by a night?",
                        f"{D} the matter once more, stepping back a night."],
    "fu_today": ["непэ шъхьае?",
                 "cDay = STRING(TODAY). /* rerun */",
                 f"{F} today, as far as we have come?",
                 f"{D} the matter again for this day, unfinished."],
}


def _dmy(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _short(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_dmy(day)}", f"{_short(day)} ({wd})"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"непэ ({_dmy(day)})"]
    if back == 1:
        return ["yesterday", f"тыгъуасэ ({wd})"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} чэщым {_dmy(day)}", f"{_short(day)} ({wd}) чэщым"]
    if (today - day).days == 1:
        options += ["last night", f"тыгъуасэ чэщым ({_dmy(day)})"]
    return options
