"""Question phrasings of the answers benchmark's one hundred and third tuning set, ``dev103`` (docs/benchmarks.md, "Answers").

``dev103`` was the held-out set until 2026-12-06, when, after its measurement at 2a4ecc0 (grounded
accuracy 0.644; worst category comparison 0.227; unsupported 0.004; abstention 0.955; p95 0.028 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev102``, answers_dev102_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young kizomba dance teacher in Luanda who types lower case, switching between English and
  Kimbundu inside a sentence (the Bantu language of Luanda and the Mbundu country inland, no earlier
  set's language nor a close relative of one). The Kimbundu here is the writer's own approximation
  from its commonest words; no speaker has checked it, and the set tests how the planner reads
  English mixed with a language it has never seen, not the Kimbundu itself: "ihi" for what and
  which, "nanyi" for who, "kuebi" for where, "ikuxi" for how many, "ola ihi" for at what time,
  "lelu" for today, "usuku" for night, "kizua" and "izua" for day and days, "ngadia" for I ate,
  "nganu" for I drank, "ngazeka" for I slept, "ngalenge" for I ran, "kamenemene", "mu kaxi ka
  kizua" and "ku ngoloxi" for morning, midday and evening, "kukunguluka" for a meeting, "kambua"
  for a puppy, "mon'a muhatu" for a daughter, "mukanda" for a book, "semana iii" and "semana ia
  bhiti" for this week and last, "mba" for or, "kiá" for after, "kiambote" for well, "kiavulu" for
  much, "kiebi ni X?" for how about X?, and English or Portuguese words where they come first to mind (a launch,
  an offsite, a podcast, "kafé", "bicicleta", caffeine, exercise);
- a cost controller at an oil-services firm in Talatona who types every question as one PowerShell
  pipeline: a ``Get-`` cmdlet for the records (``Get-Meal``, ``Get-Night``, ``Get-Workout``) with
  parameters for what is known (``-Day``, ``-Kind``, ``-Title``), ``Select-Object -ExpandProperty``
  for the field asked, ``Measure-Object`` for counts, sums (``-Sum``) and means (``-Average``),
  ``Sort-Object`` with ``-First``/``-Last`` for firsts and lasts, ``Group-Object`` for two compared
  and for habits, one cmdlet piped into another for days named by what happened; no question mark,
  no brace; his follow-ups are ``Repeat-Query`` with what changes;
- a barber in Sambizanga with a one-chair shop, who makes a remark from that work before asking
  (the clippers, the razor, the chair, the mirror, the fades, the customers on the bench);
- a retired schoolmaster who writes formal sentences of his own about himself in the third person:
  "The writer requests ...", "Advise the writer of ...", some closed with "With the writer's
  compliments.", his follow-ups opened with "The writer asks the same ...".

Of the Kimbundu words, those another module holds as a word are short ordinary ones or ones another
language happens to share, kept: "bicicleta", "bonga", "bula", "dia", "filme", "ia", "iii", "ka",
"kala", "kana", "kia", "ku", "kuala", "kuma", "landula", "mone", "mu", "ni", "se", "semana", "ua",
"wa" (checked by grepping every other scripts/answers_*_phrases.py module); no other module holds
"Kimbundu", "Mbundu", "Luanda", "kizomba", "PowerShell", "Get-", "cost controller", "barber",
"schoolmaster", "the writer" or "asks the same", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev103 life lives in Africa/Luanda, from Monday 3 November 2036 to 18 November; Angola keeps
West Africa Time (UTC+1) all year, with no summer time (zoneinfo gives one offset over all of 2035 to
2037, and so over its 16 days, 3 to 18 November), so no clock changes inside it. Dates are written as
people in Luanda write them: day first, with slashes, both padded, and the year in full
("03/11/2036"), or the day and month alone the same way ("03/11"); in words the day's number before
the month, in English ("3 November"), with the year after them for a day that may lie outside the
life ("3 November 2036"). Weekdays are in Kimbundu, with capitals, counted from Sunday as in
Portuguese: "Kiadi" for Monday, "Kitatu", "Kiuana", "Kitanu", "Kisamanu", "Sabalu" and "Lumingu" for
Sunday: a day as its weekday with the slashed day in brackets ("Kiadi (03/11)"), as its weekday, a
comma and the date in words ("Kiadi, 3 November"), or as "kizua kia" (the day of), its weekday and
the slashed day ("kizua kia Kiadi 03/11"); for a day that may lie outside the life always with the
year ("Kiadi 03/11/2036", or "Kiadi, 3 November 2036"); today and yesterday alone, or as "lelu"
(today) and "zau" (yesterday) with the slashed day in brackets. A night is named "usuku wa X" (X's
night) after the weekday it starts on, with its two slashed days in brackets ("usuku wa Kiadi
(03/11-04/11)"), or "usuku wa" and the date in words ("usuku wa 3 November"); last night alone, "last
night", or as "usuku wa zau" with its two slashed days in brackets. No day's name ends in a dot, so
that no question ends in two dots. Workouts are named with places in and around Luanda: round the
Kinaxixi square, through Miramar park and out to the Fortaleza de São Miguel; out to Cacuaco, along
the Talatona road and down to the Mussulo shore; the pool in Kilamba and the pool of a club in
Alvalade; a studio in Maianga and a rooftop in Ingombota; the cliffs at the Miradouro da Lua and a
climbing wall in Talatona.
"""


from __future__ import annotations

from datetime import date, timedelta

KIMBUNDU = ("Kiadi", "Kitatu", "Kiuana", "Kitanu", "Kisamanu", "Sabalu", "Lumingu")
"""Kimbundu weekdays as this set names them, Monday to Sunday, with a capital (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run round the Kinaxixi square", "run through Miramar park",
                 "run out to the Fortaleza de São Miguel in Luanda"),
         "cycle": ("ride out to Cacuaco", "ride along the Talatona road", "ride down to the Mussulo shore"),
         "swim": ("swim at the pool in Kilamba", "swim in the pool of a club in Alvalade"),
         "yoga": ("yoga class in a studio in Maianga", "yoga session on a rooftop in Ingombota"),
         "climb": ("climb on the cliffs at the Miradouro da Lua", "climb at a climbing wall in Talatona")}
"""What this set's questions call a workout of each activity: places in and around Luanda."""

PHRASES: dict[str, list[str]] = {
    "book": ["mukanda ihi {who} wangi-tela kuma ngi-tange? dijina dia mukanda",
             "Get-Tip -From '{who}' -Kind book | Select-Object -ExpandProperty Title",
             "A customer in the chair will talk about anything while the clippers run. Which book did {who} keep urging me to read?",
             "The writer requests the title of the book which {who} put before him as worth his reading."],
    "film": ["filme ihi {who} wangi-tela kuma ngi-mone?",
             "Get-Tip -From '{who}' -Kind film | Select-Object -ExpandProperty Title",
             "The little television over the mirror plays films all afternoon. Which one did {who} say I must not miss?",
             "Advise the writer of the picture {who} held him obliged to watch. With the writer's compliments."],
    "offsite": ["{who} wa-zuela kuma offsite ia-ia mu mbanza ihi?",
                "Get-Offsite -MovedBy '{who}' | Select-Object -ExpandProperty Town",
                "Regulars move from one barber to another, and offsites move too. To which town has {who} carried the offsite off?",
                "The writer requests the name of the town to which the offsite has been removed, upon the report of {who}."],
    "restaurant": ["{who} wa-bonga kiavulu restaurant ihi? dijina diê",
                   "Get-Tip -From '{who}' -Kind restaurant | Select-Object -ExpandProperty Name",
                   "Hungry men under the cape talk only of food. Which eating place did {who} never stop praising?",
                   "Advise the writer of the establishment for dining of which {who} speaks so warmly. With the writer's compliments."],
    "flight": ["aviãu ia {who} ia-bixila ola ihi?",
               "Get-Flight -Passenger '{who}' | Select-Object -ExpandProperty ArrivalTime",
               "A man flying in always wants a fresh fade for the arrivals hall. At what hour should the aircraft with {who} aboard be on the tarmac?",
               "The writer requests the hour at which the aeroplane conveying {who} is to arrive."],
    "dog": ["kambua ka {who}, dijina diê nanyi?",
            "Get-Pet -Owner '{who}' -Kind puppy | Select-Object -ExpandProperty Name",
            "Dogs wait outside my door while their owners get a shave. What name did {who} hand the new pup?",
            "Advise the writer of the name which {who} has conferred upon the young dog. With the writer's compliments."],
    "launch": ["{who} wa-zuela kuma launch ia {project} ia-ia ku kizua ihi?",
               "Get-Launch -Project '{project}' -MovedBy '{who}' | Select-Object -ExpandProperty NewDate",
               "Appointments slide in my book when the power cuts out. To which date has {who} slid the {project} launch?",
               "The writer requests the date now appointed for the {project} launch, as {who} has communicated it."],
    "age": ["mon'a muhatu a {who} ua-kala ni mivu ikuxi mu kizua kia kuvualuka kiê?",
            "Get-Person -Parent '{who}' -Relation daughter | Select-Object -ExpandProperty AgeNextBirthday",
            "Little girls come in on their birthdays for a neat trim. How old does {who}'s daughter turn at the next one?",
            "Advise the writer of the age the daughter of {who} will have reached upon her coming birthday. With the writer's compliments."],
    "podcast": ["podcast ihi {who} wangi-tumina?",
                "Get-Tip -From '{who}' -Kind podcast | Select-Object -ExpandProperty Title",
                "A radio by the mirror fills the gap between customers. Which podcast came to me by way of {who}?",
                "The writer requests the name of the podcast which {who} commended to his ear."],
    "breakfast_food": ["{day} kamenemene ngadia ihi?",
                       "Get-Meal -Day '{day}' -Kind breakfast | Select-Object -ExpandProperty Food",
                       "I sweep the hair from the floor before the shutter goes up. What did I eat before opening {day}?",
                       "Advise the writer of the food which constituted his breakfast {day}. With the writer's compliments."],
    "lunch_food": ["{day} mu kaxi ka kizua ngadia ihi?",
                   "Get-Meal -Day '{day}' -Kind lunch | Select-Object -ExpandProperty Food",
                   "At midday the shop empties and the clippers cool. What did I eat in that lull {day}?",
                   "The writer requests a note of the dish he took at luncheon {day}."],
    "dinner_food": ["{day} ku ngoloxi ngadia ihi?",
                    "Get-Meal -Day '{day}' -Kind dinner | Select-Object -ExpandProperty Food",
                    "The last head of the day is always the slowest. What did I sit down to eat after it {day}?",
                    "Advise the writer of the dish that made up his supper {day}. With the writer's compliments."],
    "lunch_place": ["{day} lunch ngadia kuebi?",
                    "Get-Meal -Day '{day}' -Kind lunch | Select-Object -ExpandProperty Place",
                    "Some noons my cousin holds the razor for me. Where did I go for my lunch {day}?",
                    "The writer requests the place at which he took his luncheon {day}."],
    "dinner_place": ["{day} dinner ngadia kuebi? mu dibata mba ku mbandu?",
                     "Get-Meal -Day '{day}' -Kind dinner | Select-Object -ExpandProperty Place",
                     "A full chair all day earns a meal out. At what spot did I have my supper {day}?",
                     "Advise the writer of where he dined {day}. With the writer's compliments."],
    "workout_kind": ["{day} ngabanga exercise ihi? kulenga, bicicleta mba yoga?",
                     "Get-Workout -Day '{day}' | Select-Object -ExpandProperty Activity",
                     "Standing at the chair all day stiffens a man's back. Which sort of workout loosened mine {day}?",
                     "The writer requests the kind of exercise in which he engaged {day}."],
    "heart_rate": ["mu {noun} {day} mutima uami ua-bula ikuxi mu minuto, mu média?",
                   "Get-Workout -Label '{noun}' -Day '{day}' | Measure-Object HeartRate -Average",
                   "A steady hand on the razor needs a calm heart. How fast did my heart beat on average through the {noun} {day}?",
                   "Advise the writer of his mean pulse over the whole of the {noun} {day}. With the writer's compliments."],
    "sleep_quality": ["{night} ngazeka kiambote mba kana?",
                      "Get-Night -Night '{night}' | Select-Object -ExpandProperty Quality",
                      "Sharpening blades late at night can cost me my rest. Did the pillow treat me kindly or badly {night}?",
                      "The writer requests an account of the quality of his slumber {night}."],
    "sleep_night": ["{night} ngazeka ola ikuxi?",
                    "Get-Night -Night '{night}' | Select-Object -ExpandProperty Hours",
                    "A tired barber nicks ears. How many hours did my eyes stay shut {night}?",
                    "Advise the writer of the hours of sleep he obtained {night}. With the writer's compliments."],
    "exercise_duration": ["{noun} {day} ia-zuba ku minuto ikuxi?",
                          "Get-Workout -Label '{noun}' -Day '{day}' | Select-Object -ExpandProperty Minutes",
                          "A proper fade takes me twenty minutes flat. How many minutes did the {noun} {day} eat up?",
                          "The writer requests the number of minutes occupied by the {noun} {day}."],
    "meeting_duration": ["kukunguluka kua {title} {day} kua-zuba ku minuto ikuxi?",
                         "Get-Meeting -Title '{title}' -Day '{day}' | Select-Object -ExpandProperty Minutes",
                         "Every minute away from the chair is a customer lost. How many minutes did the {title} swallow {day}?",
                         "Advise the writer of the minutes taken up by the {title} {day}. With the writer's compliments."],
    "distance_run": ["{day} ngalenge kilómetro ikuxi?",
                     "Get-Workout -Activity run -Day '{day}' | Measure-Object Km -Sum",
                     "My legs know the shop floor better than any road. How many km did they run {day}?",
                     "The writer requests the number of kilometres he ran {day}."],
    "distance_cycle": ["{day} ngendele ni bicicleta kilómetro ikuxi?",
                       "Get-Workout -Activity cycle -Day '{day}' | Measure-Object Km -Sum",
                       "My bicycle carries the clippers case to house calls. How many km did I pedal {day}?",
                       "Advise the writer of the kilometres covered on his bicycle {day}. With the writer's compliments."],
    "distance_swim": ["{day} ngoguele métro ikuxi?",
                      "Get-Workout -Activity swim -Day '{day}' | Measure-Object Metres -Sum",
                      "Salt water is good for hands that hold scissors all week. What tally of metres did I put behind me in the water {day}?",
                      "The writer requests the number of metres he swam {day}."],
    "attendees": ["kukunguluka kua {title} {day}, kuakexile nanyi?",
                  "Get-Meeting -Title '{title}' -Day '{day}' | Select-Object -ExpandProperty Attendees",
                  "In my shop I know every face on the bench. Which faces sat around the table at the {title} {day}?",
                  "Advise the writer of the persons who attended the {title} {day}. With the writer's compliments."],
    "coffee_count": ["{day} nganu kafé ikuxi?",
                     "Get-Coffee -Day '{day}' | Measure-Object",
                     "The coffee seller passes my door every hour. How many cups did I buy from him {day}?",
                     "The writer requests the number of coffees he drank {day}."],
    "caffeine": ["{day} caffeine ioso ia-kala mg ikuxi?",
                 "Get-Coffee -Day '{day}' | Measure-Object CaffeineMg -Sum",
                 "Too much caffeine and the razor shakes. How many mg of it went into me {day} all told?",
                 "Advise the writer how many milligrams of caffeine he took {day} in all. With the writer's compliments."],
    "meeting_count": ["{day} ngakexile ni kukunguluka ikuxi?",
                      "Get-Meeting -Day '{day}' | Measure-Object",
                      "Each meeting means the shutter half down. How many of them pulled me from the chair {day}?",
                      "The writer requests the count of the meetings he sat in {day}."],
    "km_week": ["kubhinga ku Kiadi, {activity} ioso mu semana iii kilómetro ikuxi?",
                "Get-Workout -Activity '{activity}' -Week current | Measure-Object Km -Sum",
                "The week's takings start counting on Monday, and so do the legs. How many km of {activity} since Monday?",
                "Advise the writer of the kilometres of {activity} recorded since Monday last. With the writer's compliments."],
    "workouts_week": ["mu semana iii ngabanga workout ikuxi?",
                      "Get-Workout -Week current | Measure-Object",
                      "I try to keep the body as sharp as the razor. How many workouts have I squeezed between haircuts this week?",
                      "The writer requests the number of workouts he has completed in the present week."],
    "first_coffee": ["{day} kafé ia dianga nganu ola ihi?",
                     "Get-Coffee -Day '{day}' | Sort-Object Time | Select-Object -First 1 -ExpandProperty Time",
                     "The first cup comes while the mirror is still being wiped. At what hour did I drink it {day}?",
                     "Advise the writer of the time of his earliest cup of coffee {day}. With the writer's compliments."],
    "last_coffee": ["{day} kafé ia sukilu nganu ola ihi?",
                    "Get-Coffee -Day '{day}' | Sort-Object Time | Select-Object -Last 1 -ExpandProperty Time",
                    "The late customers want a cup too, so I join them. When did my final cup go down {day}?",
                    "The writer requests the hour of the final coffee he drank {day}."],
    "first_meeting": ["{day} kukunguluka kua dianga kua-bhinga ola ihi?",
                      "Get-Meeting -Day '{day}' | Sort-Object Start | Select-Object -First 1 -ExpandProperty Start",
                      "Mornings are for walk-ins unless a meeting gets there first. When did the first of my meetings begin {day}?",
                      "Advise the writer of the hour at which the earliest of his meetings opened {day}. With the writer's compliments."],
    "wake": ["{day} ngabalumuka ola ihi?",
             "Get-Night -WokeOn '{day}' | Select-Object -ExpandProperty WakeTime",
             "The candongueiros start hooting long before I open. When did my feet leave the mattress {day}?",
             "The writer requests the hour at which he rose {day}."],
    "bedtime": ["{night} ngaia mu kuzeka ola ihi?",
                "Get-Night -Night '{night}' | Select-Object -ExpandProperty BedTime",
                "I oil the clippers last thing before bed. At what hour did I put out the light {night}?",
                "Advise the writer of the hour at which he retired to bed {night}. With the writer's compliments."],
    "dinner_on_distance": ["kizua ngabanga {past} {km} km, ku ngoloxi ngadia ihi?",
                           "Get-Workout -Did '{past}' -Km {km} | Get-Meal -Kind dinner | Select-Object -ExpandProperty Food",
                           "A long outing empties me like a Saturday empties the bench. What was on my supper plate the evening I {past} {km} km?",
                           "The writer requests the supper he took on the day he {past} {km} km."],
    "meeting_after_workout": ["kiá {noun} {day}, kukunguluka kua-landula kuakexile nanyi?",
                              "Get-Workout -Label '{noun}' -Day '{day}' | Get-NextMeeting | Select-Object -ExpandProperty Attendees",
                              "After a workout I shower and hurry back to the chair. Who was in the meeting right after the {noun} {day}?",
                              "Advise the writer of the persons at the first meeting following the {noun} {day}. With the writer's compliments."],
    "lunch_on_meeting_day": ["kizua kia {title}, lunch ngadia kuebi?",
                             "Get-Meeting -Title '{title}' | Get-Meal -Kind lunch | Select-Object -ExpandProperty Place",
                             "On meeting days my cousin minds the chair. Where did my midday plate come from on the day the {title} met?",
                             "The writer requests the place of his luncheon on the day the {title} was held."],
    "sleep_after_meeting": ["usuku kiá {title}, ngazeka ola ikuxi?",
                            "Get-Meeting -Title '{title}' | Get-Night -Following | Select-Object -ExpandProperty Hours",
                            "A long meeting leaves my head buzzing like the clippers. What hours of sleep did I get in the night that came after the {title}?",
                            "Advise the writer of the hours he slept on the night that followed the {title}. With the writer's compliments."],
    "dinner_on_said_day": ["kizua {who} wa-zuela kuma {value}, ku ngoloxi ngadia ihi?",
                           "Get-Said -Speaker '{who}' -Topic '{value}' | Get-Meal -Kind dinner | Select-Object -ExpandProperty Food",
                           "Customers' talk is how I tell one day from the next. What did I have for supper the day {who} brought up {value}?",
                           "The writer requests the supper he took on the day on which {who} spoke of {value}."],
    "compare_sleep": ["{n1} mba {n2}, usuku ihi ngazeka kiavulu? ola ia usuku ni usuku",
                      "Get-Night -Night '{n1}', '{n2}' | Select-Object Night, Hours | Sort-Object Hours -Descending",
                      "No two heads of hair come out the same, nor do nights. Putting {n1} beside {n2}, on which did I sleep more, each night's hours given?",
                      "Advise the writer which of the nights {n1} and {n2} yielded him the longer sleep, the hours of each being set down. With the writer's compliments."],
    "compare_caffeine": ["{d1} mba {d2}, kizua ihi caffeine ia-vulu? mg ia kizua ni kizua",
                         "Get-Coffee -Day '{d1}', '{d2}' | Group-Object Day | Measure-Object CaffeineMg -Sum",
                         "Some days the coffee seller does better out of me than my customers do. Did {d1} or {d2} have more caffeine, and what mg did each carry?",
                         "The writer requests which of the days {d1} and {d2} brought him the greater caffeine, together with the milligrams of each."],
    "compare_duration": ["{d1} mba {d2}, exercise ihi ia-zuba kiavulu?",
                         "Get-Workout -Day '{d1}', '{d2}' | Group-Object Day | Measure-Object Minutes -Sum",
                         "A beard trim is quick and a full cut is not. Was my workout on {d1} or the one on {d2} the longer?",
                         "Advise the writer whether the exercise of {d1} or that of {d2} lasted longer. With the writer's compliments."],
    "compare_coffee_weeks": ["mu semana iii nganu kafé kiavulu dingi ku semana ia bhiti?",
                             "Get-Coffee -Week current, previous | Group-Object Week | Select-Object Name, Count",
                             "The coffee seller says I am his best customer lately. Am I drinking more cups this week than last week?",
                             "The writer requests whether his coffees of the present week exceed in number those of the week before."],
    "late_coffee_sleep": ["se nganu kafé ku ola {t} mba kiá, ngazeka kiofele?",
                          "Get-Night | Group-Object LastCoffee -ge '{t}' | Measure-Object Hours -Average",
                          "The evening rush makes me reach for a cup. When that cup comes at {t} or later, do I lose hours of sleep after it?",
                          "Advise the writer whether coffee taken at {t} or later shortens his night. With the writer's compliments."],
    "late_dinner_sleep": ["se ngadia ku ngoloxi ku ola {t} mba kiá, ngazeka kiofele?",
                          "Get-Night | Group-Object DinnerAt -ge '{t}' | Measure-Object Hours -Average",
                          "When the last customer leaves late, supper waits. Does supper at {t} or later mean less sleep for me?",
                          "The writer requests whether a supper at {t} or later diminishes his sleep."],
    "exercise_sleep": ["kizua ngabanga exercise, ngazeka kiavulu dingi ku izua ioso?",
                       "Get-Night | Group-Object AfterWorkout | Measure-Object Hours -Average",
                       "Standing all day tires the feet but not the heart. Is my sleep longer after a workout day than after a day without a workout?",
                       "Advise the writer whether he sleeps longer after days of exercise than after days without it. With the writer's compliments."],
    "caffeine_sleep": ["izua ia caffeine ia-bixila {mg} mg mba dingi, kuzeka kuami kuala kiebi ni izua ioso?",
                       "Get-Night | Group-Object DayCaffeineMg -ge {mg} | Measure-Object Hours -Average",
                       "After too many cups my hands buzz louder than the clippers. When a day reaches {mg} mg of caffeine, how does my sleep that night compare with other nights?",
                       "The writer requests how his sleep after days with {mg} mg of caffeine or above compares with his sleep on the other nights."],
    "exercise_coffee": ["izua ia exercise nganu kafé kiavulu dingi ku izua ia kunioka?",
                        "Get-Day | Group-Object HadWorkout | Measure-Object Cups -Average",
                        "Some mornings start with a run and some with the shutter. On workout days do I drink more coffee than on rest days?",
                        "Advise the writer whether he drinks more coffee on days of exercise than on days of rest. With the writer's compliments."],
    "fu_day_before": ["kizua kia bhiti?",
                      "Repeat-Query -DayBefore",
                      "Take it back one day further.",
                      "The writer asks the same for the day prior."],
    "fu_meeting_length": ["kukunguluka kuku kua-zuba ku minuto ikuxi?",
                          "Get-LastMeeting | Select-Object -ExpandProperty Minutes",
                          "That meeting you just mentioned: how many minutes did it keep me from the chair?",
                          "The writer asks the same as to the minutes that meeting lasted. With the writer's compliments."],
    "fu_other_day": ["kiebi ni {day}?",
                     "Repeat-Query -Day '{day}'",
                     "One more pass with the clippers: do {day}.",
                     "The writer asks the same for {day}."],
    "fu_other_person": ["kiebi ni {who}?",
                        "Repeat-Query -Person '{who}'",
                        "Give {who} the same cut.",
                        "The writer asks the same concerning {who}. With the writer's compliments."],
    "fu_night_before": ["usuku ua bhiti?",
                        "Repeat-Query -NightBefore",
                        "Take it back one night further.",
                        "The writer asks the same for the night prior."],
    "fu_today": ["ni lelu, katé ku ola iii?",
                 "Repeat-Query -Day today -Until now",
                 "Now for today, up to this minute.",
                 "The writer asks the same for today, until this moment. With the writer's compliments."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = KIMBUNDU[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd}, {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"lelu ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"zau ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd}, {_words(day)}", f"kizua kia {wd} {_slash(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"usuku wa {KIMBUNDU[day.weekday()]} ({_slash(day)}-{_slash(after)})",
               f"usuku wa {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"usuku wa zau ({_slash(day)}-{_slash(after)})"]
    return options
