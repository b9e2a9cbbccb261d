"""Question phrasings of the answers benchmark's ninety-ninth tuning set, ``dev99`` (docs/benchmarks.md, "Answers").

``dev99`` was the held-out set until 2026-12-06, when, after its measurement at 56ab72e (grounded
accuracy 0.633; worst category attendees 0.364; unsupported 0.004; abstention 0.909; p95 0.026 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev98``, answers_dev98_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young assistant at a dried-fruit stall in Kabul's Mandawi market, who types lower case,
  switching between English and Pashto inside a sentence (Pashto, a language of Afghanistan, an
  Eastern Iranian language, outside the Western Iranian branch of Persian, and no earlier set's
  language nor a close relative of one), in Latin letters as people type it in chats: "tsa" for
  what, "tsok" for who, "charta" for where, "kum" for which, "tso" for how many, "tso baje" for at
  what time, "nan" and "parun" for today and yesterday, "shpa" for night, "khob" for sleep,
  "wakhwarh" for ate, "wackakh" for drank, "pyale" for cups, "daqiqe" for minutes, "ghonda" for a
  meeting, "nashta", "gharma dodai" and "da makham dodai" for breakfast, lunch and dinner, "lur" for
  a daughter, "kuchuray" for a puppy, "zghasta", "baiskal" and "lambo" for running, cycling and
  swimming, "warzish" for a workout, "da onay" and "tera onay" for this week and last, "ya" and "ka"
  for or, "wrusta" for after, "ziyat" for more, and English words where they come first to mind (a
  launch, an offsite, a podcast, coffee, caffeine);
- a waterworks engineer in Kabul who types every question as one ldapsearch command line: a base
  (``-b ou=meals``), an LDAP filter in double quotes (``"(&(kind=breakfast)(dt={day}))"``, ``|`` for
  two to compare, ``!`` for the rest, a nested ``dayOf=ou=...?(...)`` for days named by what
  happened) and the attributes wanted, piped into ``grep -c ^dn`` for counts, ``total`` or ``tally`` for sums,
  ``sort | head -1`` or ``tail -1`` for first and last, ``mean -vs "(...)"`` for habits; no question
  mark; his follow-ups re-run the last command with the shell's ``!ldapsearch`` (``!ldapsearch with dt=dt-1``);
- a saffron grower with crocus fields outside Kabul, writing in sentences with capitals, who makes a
  remark from his working life before the question (the flowers picked at dawn before they open,
  the red threads pulled and dried on trays, the bulbs, the co-op and the exporters, the weigher);
- a retired radio announcer who writes formal sentences with formulas of his own: "Pray furnish me
  with ...", "Be so kind as to disclose ...", "It would oblige me to be told ...", "Let it be made
  known to me ...", "Disclose unto me ...", some closed with "With my gratitude duly recorded.", his
  follow-ups opened with "Repeat the reckoning".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev99 life lives in Asia/Kabul, from Monday 6 October 2036 to 21 October; Afghanistan keeps
Afghanistan Time (UTC+4:30) all year, with no summer time (zoneinfo gives one offset over all of 2035
to 2037, and so over its 16 days, 6 to 21 October), so no clock changes inside it. Dates are written
as people in Kabul write a Gregorian date: day first, with slashes, both padded, and the year in full
("06/10/2036"), or the day and month alone the same way ("06/10"); in words the day's number before
the month, in English ("6 October"), with the year after them for a day that may lie outside the
life ("6 October 2036"). Weekdays are in Pashto, with capitals, "Gul" for Monday, "Nahi", "Shoro",
"Ziarat", "Juma", "Khali" and "Itwar" for Sunday: a day as its weekday with the slashed day in
brackets ("Gul (06/10)"), as its weekday, a comma and the date in words ("Gul, 6 October"), or as
the date in words, a comma and the weekday ("6 October, Gul"); for a day that may lie outside the
life always with the year ("Gul 06/10/2036", or "6 October 2036, Gul"); today and yesterday alone,
or as "nan" (today) and "parun" (yesterday) with the slashed day in brackets. A night is named "da X
shpa" (X's night) after the weekday it starts on, always with its two slashed days in brackets ("da
Gul shpa (06/10-07/10)"), or "da" and the date in words and "shpa" ("da 6 October shpa"); last night
alone, "last night", or as "parun shpa" with its two slashed days in brackets. No day's name ends in
a dot, so that no question ends in two dots. Workouts are named with places in and around Kabul:
along the Kabul River embankment, round the Darul Aman palace grounds and round the Babur gardens;
out to Qargha reservoir, up the Paghman road and along the Jalalabad road to Pul-e Charkhi; in Qargha
reservoir and in the pool of a sports club in Wazir Akbar Khan; a women's gym in Shahr-e Naw and a
roof in Karte Seh; the boulders above Qargha and the indoor wall of a club in Taimani.
"""


from __future__ import annotations

from datetime import date, timedelta

PASHTO = ("Gul", "Nahi", "Shoro", "Ziarat", "Juma", "Khali", "Itwar")
"""Pashto weekdays as Kabul names them, Monday to Sunday, typed in Latin letters with a capital."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Kabul River embankment", "run round the Darul Aman palace grounds",
                 "run round the Babur gardens"),
         "cycle": ("ride out to Qargha reservoir", "ride up the Paghman road",
                   "ride along the Jalalabad road to Pul-e Charkhi"),
         "swim": ("swim in Qargha reservoir", "swim in the pool at a sports club in Wazir Akbar Khan"),
         "yoga": ("yoga class at a women's gym in Shahr-e Naw", "yoga session on a roof in Karte Seh"),
         "climb": ("climb on the boulders above Qargha", "climb at the indoor wall of a club in Taimani")}
"""What this set's questions call a workout of each activity: places in and around Kabul."""

THANKS = " With my gratitude duly recorded."
"""The retired radio announcer's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} rata kum kitab wayali cha lwalam? sirf naam",
             'ldapsearch -b ou=tips "(&(person={who})(tip=book))" title',
             "The crocus beds need no tending in the heat of the day, so I read then. Which book did {who} press me to take up?",
             "Pray furnish me with the title of the volume {who} commended to my reading."],
    "film": ["{who} wayal che da film zaroor wgora, kum film wo?",
             'ldapsearch -b ou=tips "(&(person={who})(tip=film))" title',
             "No cinema reaches the fields in harvest week. Which film did {who} say I must on no account miss?",
             "Be so kind as to disclose the film {who} pronounced essential to see." + THANKS],
    "offsite": ["{who} wayal offsite bal khai ta lare, kum khai ta?",
                'ldapsearch -b ou=offsites "(movedBy={who})" newTown',
                "My bulbs travel to growers in three provinces. {who} brought word that the offsite is off somewhere new; which town now gets it?",
                "It would oblige me to be told the town to which the offsite now goes, following the tidings {who} carried."],
    "restaurant": ["{who} da kum restaurant dera stayana kawala? naam ye tsa wo",
                   'ldapsearch -b ou=tips "(&(person={who})(tip=restaurant))" name',
                   "When the last basket of blossoms is in, I eat wherever the driver stops. Which restaurant was {who} full of praise for?",
                   "Let it be made known to me which eating house {who} spoke of so warmly." + THANKS],
    "flight": ["da {who} alwatka tso baje kkhenee?",
               'ldapsearch -b ou=flights "(flyer={who})" landsAt',
               "Planes bank over the fields on their way down to the airport. Which hour should I expect {who}'s wheels on the runway?",
               "Disclose unto me the hour at which the aircraft bearing {who} is expected on the ground."],
    "dog": ["da {who} kuchuray naam tsa dey?",
            'ldapsearch -b ou=pets "(&(owner={who})(species=puppy))" petName',
            "Our field dog sleeps between the rows all through the picking. By what name does {who} call that young pup now?",
            "Pray furnish me with the name {who} settled upon for the puppy." + THANKS],
    "launch": ["{who} wayal da {project} launch wrusta shaw, kum wraz ta?",
               'ldapsearch -b ou=launches "(&(project={project})(movedBy={who}))" newDate',
               "Bulbs go into the ground late if the rains are late. To which day did {who} move the launch of {project}?",
               "Be so kind as to disclose the day to which, as {who} related, the launch of {project} now stands."],
    "age": ["da {who} lur pa raatlunki kaaleeze ki tso kalana kegi?",
            'ldapsearch -b ou=daughters "(parent={who})" ageNextBirthday',
            "My own girl sorts the threads on the drying trays. How old does {who}'s daughter become on her coming birthday?",
            "It would oblige me to be told what age the daughter of {who} will reach at her next birthday." + THANKS],
    "podcast": ["{who} kum podcast raata wayalay wo? naam ye",
                'ldapsearch -b ou=tips "(&(person={who})(tip=podcast))" title',
                "Picking the red threads out of each flower is patient work with an earphone in. What podcast did {who} point me to?",
                "Let it be made known to me the podcast {who} recommended for my listening."],
    "breakfast_food": ["{day} pa nashta ke ma tsa wakhwarh?",
                       'ldapsearch -b ou=meals "(&(kind=breakfast)(dt={day}))" food',
                       "I am in the beds before the sun opens the flowers. What did I have for my dawn meal {day}?",
                       "Disclose unto me the fare of my breakfast {day}."],
    "lunch_food": ["{day} gharma dodai ke ma tsa khwarhali wo?",
                   'ldapsearch -b ou=meals "(&(kind=lunch)(dt={day}))" food',
                   "By noon the flowers are picked and the threads laid out to dry. What was my midday plate {day}?",
                   "Pray furnish me with what I ate at the midday meal {day}." + THANKS],
    "dinner_food": ["{day} da makham dodai ke ma tsa wakhwarh?",
                    'ldapsearch -b ou=meals "(&(kind=dinner)(dt={day}))" food',
                    "My fingers stay stained orange well past sundown. What did I have at the evening meal {day}?",
                    "Be so kind as to disclose the dishes of my supper {day}."],
    "lunch_place": ["{day} gharma dodai me charta wakhwarha?",
                    'ldapsearch -b ou=meals "(&(kind=lunch)(dt={day}))" venue',
                    "Some noons I carry the dried threads to the weigher myself. At which place did I sit down to lunch {day}?",
                    "It would oblige me to be told the place of my midday meal {day}."],
    "dinner_place": ["{day} shpa dodai charta wa? kor ke ya bahar?",
                     'ldapsearch -b ou=meals "(&(kind=dinner)(dt={day}))" venue',
                     "After a long day among the crocus rows I rarely cook. Where was my evening meal eaten {day}?",
                     "Let it be made known to me where I took my supper {day}." + THANKS],
    "workout_kind": ["{day} ma kum warzish kare wo? zghasta, baiskal ka lambo?",
                     'ldapsearch -b ou=workouts "(dt={day})" activity',
                     "Bending over the beds all morning leaves the back stiff, so I go out and move. Which sort of exercise did I take {day}?",
                     "Disclose unto me the manner of bodily exertion that filled my hours {day}."],
    "heart_rate": ["pa {noun} {day} ke zrha tso zal pa daqiqa ke drazedala, pa mancha ke?",
                   'ldapsearch -b ou=workouts "(&(label={noun})(dt={day}))" avgBpm',
                   "A grower learns to count by the basket, not by the pulse. Over the whole {noun} {day}, where did my pulse settle on average?",
                   "Pray furnish me with the mean pulse recorded during the {noun} {day}." + THANKS],
    "sleep_quality": ["{night} khob me kha wo ka kharab?",
                      'ldapsearch -b ou=nights "(nt={night})" restfulness',
                      "In picking season the alarm goes before the call to prayer. How well did I rest {night}?",
                      "Be so kind as to disclose the quality of my slumber {night}."],
    "sleep_night": ["{night} ma tso saata khob kare?",
                    'ldapsearch -b ou=nights "(nt={night})" slept',
                    "The blossoms open with the light and will not wait for me. What did the night give me in hours {night}?",
                    "It would oblige me to be told the hours of sleep I had {night}." + THANKS],
    "exercise_duration": ["{noun} {day} tso daqiqe wakhat wanaw?",
                          'ldapsearch -b ou=workouts "(&(label={noun})(dt={day}))" minutes',
                          "A row of crocus takes me a quarter of an hour to clear. What did the {noun} {day} take from my day in minutes?",
                          "Let it be made known to me the length in minutes of the {noun} {day}."],
    "meeting_duration": ["{title} ghonda {day} tso daqiqe wa?",
                         'ldapsearch -b ou=meetings "(&(cn={title})(dt={day}))" minutes',
                         "Buyers always talk longer than the flowers last. What span in minutes did the {title} swallow {day}?",
                         "Disclose unto me how many minutes the {title} occupied {day}." + THANKS],
    "distance_run": ["{day} me tso km zghasta kare?",
                     'ldapsearch -b ou=workouts "(&(activity=run)(dt={day}))" km',
                     "The walk round all my plots is barely two kilometres. What distance did I cover on foot at a run {day}?",
                     "Pray furnish me with the number of kilometres covered at a run by me {day}."],
    "distance_cycle": ["{day} pa baiskal tso km lar?",
                       'ldapsearch -b ou=workouts "(&(activity=cycle)(dt={day}))" km',
                       "My bicycle carries the sacks of bulbs in spring. What distance did the wheels turn under me {day}, counted in kilometres?",
                       "Be so kind as to disclose the distance I covered by bicycle {day}." + THANKS],
    "distance_swim": ["{day} me tso lambo wahale? meter ka km",
                      'ldapsearch -b ou=workouts "(&(activity=swim)(dt={day}))" metres',
                      "The irrigation channel is the only water on my land. What stretch of water did I put behind me {day}?",
                      "It would oblige me to be told the length of water I swam {day}."],
    "attendees": ["{title} ghonda ke {day} tsok tsok wo?",
                  'ldapsearch -b ou=meetings "(&(cn={title})(dt={day}))" member',
                  "The cooperative sends a different man to every sitting. Which faces sat round the {title} {day}?",
                  "Let it be made known to me the persons present at the {title} {day}." + THANKS],
    "coffee_count": ["{day} me tso pyale coffee wackakhali?",
                     'ldapsearch -b ou=coffees "(dt={day})" dn | grep -c ^dn',
                     "At home it is green tea, in town it is coffee. What tally of coffees did I get through {day}?",
                     "Disclose unto me the number of cups of coffee I drank {day}."],
    "caffeine": ["{day} total caffeine tso mg wo?",
                 'ldapsearch -b ou=coffees "(dt={day})" caffeineMg | total',
                 "Weighing dried threads to the milligram makes me mind the small numbers. What did my caffeine weigh out to across {day}, put in milligram terms?",
                 "Pray furnish me with the full measure of caffeine I consumed {day}, stated in milligram measure." + THANKS],
    "meeting_count": ["{day} tso ghonde wi?",
                      'ldapsearch -b ou=meetings "(dt={day})" dn | grep -c ^dn',
                      "Between the co-op and the exporters the talking never ends. What number of meetings were on my calendar {day}?",
                      "Be so kind as to disclose how many meetings I sat in {day}."],
    "km_week": ["da onay le Gul na tar osa {activity} total tso km shaw?",
                'ldapsearch -b ou=workouts "(&(activity={activity})(week=current))" km | tally',
                "I keep a tally of the harvest from Monday on, and of my legs too. What is my {activity} total in kilometres this week to date?",
                "It would oblige me to be told the kilometres of {activity} amassed since Monday." + THANKS],
    "workouts_week": ["da onay me tso warzishoona kari di?",
                      'ldapsearch -b ou=workouts "(week=current)" dn | grep -c ^dn',
                      "Harvest week leaves little time to spare. On how many occasions have I exercised this week?",
                      "Let it be made known to me the count of my workouts in the present week."],
    "first_coffee": ["{day} awal coffee tso baje wa?",
                     'ldapsearch -b ou=coffees "(dt={day})" time | sort | head -1',
                     "The first flowers are cut while still closed, before I have had anything. When did my first cup come {day}?",
                     "Disclose unto me the hour of the earliest coffee I took {day}." + THANKS],
    "last_coffee": ["{day} akhiri coffee tso baje wackakh?",
                    'ldapsearch -b ou=coffees "(dt={day})" time | sort | tail -1',
                    "The trays go into the drying room at dusk. At what hour did I finish my final coffee {day}?",
                    "Pray furnish me with the hour of my last cup of coffee {day}."],
    "first_meeting": ["{day} awala ghonda tso baje shuru shwa?",
                      'ldapsearch -b ou=meetings "(dt={day})" startTime | sort | head -1',
                      "The exporters like to start before the heat. At which hour did the opening meeting of {day} get going?",
                      "Be so kind as to disclose the hour at which the first of my meetings opened {day}." + THANKS],
    "wake": ["{day} tso baje wikhe shwam?",
             'ldapsearch -b ou=nights "(wokeOn={day})" wakeTime',
             "Crocus must be picked in the cool, so I rise in the dark. When was I up {day}?",
             "It would oblige me to be told the hour I awoke {day}."],
    "bedtime": ["{night} tso baje udah shwam?",
                'ldapsearch -b ou=nights "(nt={night})" bedTime',
                "Once the threads are spread to dry I can lie down. When did I finally lay myself down {night}?",
                "Let it be made known to me the hour I retired {night}." + THANKS],
    "dinner_on_distance": ["pa hagha wraz che ma {past} {km} km, da makham dodai tsa wa?",
                           'ldapsearch -b ou=meals "(&(kind=dinner)(dayOf=ou=workouts?(&(past={past})(distKm={km}))))" food',
                           "A long outing makes me hungry as a picker at dusk. After the outing where I {past} {km} km, which supper followed that evening?",
                           "Disclose unto me what I took at supper on the day I {past} {km} km."],
    "meeting_after_workout": ["da {noun} {day} na wrusta, bala ghonda ke tsok wo?",
                              'ldapsearch -b ou=meetings "(startTime>=endOf(label={noun},dt={day}))" member | head -1',
                              "I go from exercise straight to the co-op office most days. Who sat in the first meeting following the {noun} {day}?",
                              "Pray furnish me with the names of those at the meeting which came next after the {noun} {day}." + THANKS],
    "lunch_on_meeting_day": ["pa hagha wraz che {title} wa, gharma dodai charta wa?",
                             'ldapsearch -b ou=meals "(&(kind=lunch)(dayOf=ou=meetings?(cn={title})))" venue',
                             "On co-op days I eat wherever the men gather. When the {title} was held, at which table was my noon meal?",
                             "Be so kind as to disclose the venue of my noon repast upon the date the {title} convened."],
    "sleep_after_meeting": ["da {title} na wrusta pa hagha shpa tso saata khob me kare?",
                            'ldapsearch -b ou=nights "(nightOf=ou=meetings?(cn={title}))" slept',
                            "A hard bargain keeps me turning in the dark. How many hours did I sleep the night that followed the {title}?",
                            "It would oblige me to be told the hours of my sleep on the night after the {title}." + THANKS],
    "dinner_on_said_day": ["pa hagha wraz che {who} da {value} khabara kawala, makham me tsa wakhwarh?",
                           'ldapsearch -b ou=meals "(&(kind=dinner)(dayOf=ou=said?(&(speaker={who})(about={value}))))" food',
                           "At the weighing shed everyone has a story. {who} had plenty to say about {value} on one of these days; what went on my supper plate that evening?",
                           "Let it be made known to me the supper I ate on the day when {who} discussed {value}."],
    "compare_sleep": ["{n1} ya {n2}, pa kum yaw ke me ziyat khob kare? da dwaro saate",
                      'ldapsearch -b ou=nights "(|(nt={n1})(nt={n2}))" night slept | sort -k2 -r',
                      "Tiredness piles up like baskets at harvest. Between {n1} and also {n2}, which of the two let me sleep the longer, giving each its hours?",
                      "Disclose unto me which night, {n1} or else {n2}, granted me the fuller slumber, stating the hours that each granted." + THANKS],
    "compare_caffeine": ["{d1} ya {d2}, pa kum wraz caffeine ziyat wo? mg da dwaro",
                         'ldapsearch -b ou=coffees "(|(dt={d1})(dt={d2}))" day caffeineMg | total -by day | sort -k2 -r',
                         "Some days the exporters pour me cup after cup. Which was the heavier caffeine day, {d1} set beside {d2}, with each day's milligrams stated?",
                         "Pray furnish me with which day, {d1} or else {d2}, carried more caffeine, stating the milligrams that each received."],
    "compare_duration": ["da {d1} ao {d2} warzish, kuma yaw ozhda wa? daqiqe",
                         'ldapsearch -b ou=workouts "(|(dt={d1})(dt={d2}))" day minutes | sort -k2 -r',
                         "I time a workout the way I time the drying. Did the exercise of {d1} outlast that of {d2}, or did it fall short?",
                         "Be so kind as to disclose whether the exercise of {d1} or that of {d2} ran for more minutes." + THANKS],
    "compare_coffee_weeks": ["da onay me coffee da tera onay na ziyat shwe ka na?",
                             'ldapsearch -b ou=coffees "(|(week=current)(week=previous))" week | count -by week',
                             "Harvest weeks run on tea and coffee both. Have I had more coffees this week than in the week before it?",
                             "It would oblige me to be told whether my coffees this week outnumber those of the previous week."],
    "late_coffee_sleep": ["che {t} ya wrusta coffee wackam, khob me kamegi?",
                          'ldapsearch -b ou=nights "(lastCoffee>={t})" slept | mean -vs "(!(lastCoffee>={t}))"',
                          "The drying room is warm and a late cup keeps me turning the trays. When my coffee comes at {t} or after, do I sleep less for it?",
                          "Let it be made known to me whether coffee taken at {t} or afterwards costs me hours of sleep." + THANKS],
    "late_dinner_sleep": ["che makham dodai {t} ya wrusta wakhwaram, khob me kam wi?",
                          'ldapsearch -b ou=nights "(dinnerAt>={t})" slept | mean -vs "(!(dinnerAt>={t}))"',
                          "In harvest week supper slides later and later. Does a dinner at {t} or past it shorten my night?",
                          "Disclose unto me whether a supper eaten at {t} or beyond leaves me with less sleep."],
    "exercise_sleep": ["pa warzish wale wrazo ke khob me ziyat wi ka pa nor wrazo ke?",
                       'ldapsearch -b ou=nights "(trainedBefore=TRUE)" slept | mean -vs "(trainedBefore=FALSE)"',
                       "A picker's back sleeps well after a long walk. On nights after I have exercised, do I sleep longer than after days without?",
                       "Pray furnish me with whether I sleep more after days of exercise than after days of none." + THANKS],
    "caffeine_sleep": ["pa hagha wrazo che caffeine {mg} mg ya ziyat wi, khob me tsanga wi nor shpo ta?",
                       'ldapsearch -b ou=nights "(caffeineBefore>={mg})" slept | mean -vs "(!(caffeineBefore>={mg}))"',
                       "I dose the drying heat carefully, less so the coffee. When a day carries {mg} mg of caffeine or beyond, is my sleep after it worse off than after lighter days?",
                       "Be so kind as to disclose how my sleep after days of {mg} mg of caffeine or above measures against other nights."],
    "exercise_coffee": ["pa warzish wale wraz coffee ziyat ckam ka pa rukhsati wraz?",
                        'ldapsearch -b ou=days "(trained=TRUE)" cups | mean -vs "(trained=FALSE)"',
                        "Some days my legs are tired from the fields, some from a workout. Do I reach for more coffee on workout days or on the others?",
                        "It would oblige me to be told whether I drink more coffee on days of exercise or on days of rest." + THANKS],
    "fu_day_before": ["ao yaw wraz makhke?",
                      "!ldapsearch with dt=dt-1",
                      "Step back a day, as I would check yesterday's trays.",
                      "Repeat the reckoning for the preceding day."],
    "fu_meeting_length": ["hagha ghonda tso daqiqe wa?",
                          "!ldapsearch minutes of that meeting",
                          "And that sitting, how many minutes did it eat from my picking time?",
                          "Repeat the reckoning for the span of that meeting, counted by the minute." + THANKS],
    "fu_other_day": ["ao {day} bia?",
                     "!ldapsearch with dt={day}",
                     "Now weigh {day} on the same scale.",
                     "Repeat the reckoning, this time with regard to {day}."],
    "fu_other_person": ["ao {who}?",
                        "!ldapsearch with person={who}",
                        "Put it again with {who} in my place, as I would ask about another man's crop.",
                        "Repeat the reckoning in respect of {who}." + THANKS],
    "fu_night_before": ["ao yaw shpa makhke?",
                        "!ldapsearch with nt=nt-1",
                        "Go back one night, as I go back over a row I missed.",
                        "Repeat the reckoning for the night preceding."],
    "fu_today": ["ao nan, tar osa?",
                 "!ldapsearch with dt=today until=now",
                 "Do the same for today, from first light to this minute.",
                 "Repeat the reckoning for today, from its start until the present." + THANKS],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = PASHTO[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year}, {wd}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"nan ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"parun ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd}, {_words(day)}", f"{_words(day)}, {wd}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"da {PASHTO[day.weekday()]} shpa ({_slash(day)}-{_slash(after)})",
               f"da {_words(day)} shpa"]
    if (today - day).days == 1:
        options += ["last night", f"parun shpa ({_slash(day)}-{_slash(after)})"]
    return options
