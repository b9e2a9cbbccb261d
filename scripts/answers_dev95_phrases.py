"""Question phrasings of the answers benchmark's ninety-fifth tuning set, ``dev95`` (docs/benchmarks.md, "Answers").

``dev95`` was the held-out set until 2026-12-06, when, after its measurement at e65ba01 (grounded
accuracy 0.629; worst category multi_hop 0.227; unsupported 0.0; abstention 0.773; p95 0.088 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev94``, answers_dev94_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young shop assistant at a hardware store in Mbabane who types lower case, switching between
  English and siSwati inside a sentence (siSwati is a national language of Eswatini and no earlier
  set's language, nor a close neighbour of one: a Nguni language of the Bantu family, of which no
  earlier set has one), typed as most people type it on a phone: "yini" and "-ni" for what
  ("ngidleni", what did I eat), "bani" and "bobani" for who, "kuphi"
  for where, "-ngakhi" for how many ("lemingakhi", "lamangakhi"),
  "ngasikhatsi sini" for at what time, "lamuhla" and "itolo" for today and yesterday, "ebusuku" for
  at night, "kudla" and "-dla" for food and eating, "-natsa" for drinking, "likhofi" for
  coffee, "tinkomishi" for cups, "-lala" and "-vuka" for sleeping and waking, "emahora" and
  "imizuzu" for hours and minutes, "umhlangano" for a meeting, "incwadzi" for a book,
  "indvodzakatana" for a daughter, "inja" for a dog, "-gijima" and "-bhukusha" for running and
  swimming, "leliviki" for this week, "noma" for or, "emva kwe-" for after, and English words where
  they come first to mind (a workout, a launch, a podcast, a flight, a bike);
- a data clerk at a pineapple cannery in Malkerns who queries its JSON logs with jq and types every
  question as one jq filter: a path through the document piped into ``select(...)`` with ``==`` on a
  double-quoted slot (``.days[] | select(.date == "{day}") | .morning_meal.food``), ``length`` and
  ``add`` over a bracketed array for counts and totals, ``or`` inside ``select`` for two to compare,
  no question mark; his follow-ups start from ``$answer``, the previous answer (``$answer |
  .previous_day``);
- a glassblower at the glassworks at Ngwenya, writing in sentences with capitals, who makes a remark
  from his working life before the question (the furnace that never goes out, the blowpipe and the
  gather, glass animals and vases of recycled bottles, the tourists in the gallery, the canteen urn,
  the works council, the night shift);
- a retired district commissioner of Hhohho who writes formal sentences with formulas of his own:
  "Render me an account of ...", "Certify to me ...", "Declare to me ...", "Set out for me ...", some
  closed with "Your reply shall be duly minuted.", his follow-ups opened with "Apply that question
  afresh to".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev95 life lives in Africa/Mbabane, from Monday 8 September 2036 to 23 September; Eswatini
keeps South Africa Standard Time (UTC+2) all year, with no summer time (zoneinfo gives one offset over
all of 2035 to 2037, and so over its 16 days, 8 to 23 September), so no clock changes inside it.
Dates are written as people in Mbabane write them: day first, with slashes, both padded, and the
year in full ("08/09/2036"), or the day and month alone the same way ("08/09"); in words the day's
number before the month, in English, the month with a capital ("8 September"), with the year after
them for a day that may lie outside the life ("8 September 2036"). Weekdays are in siSwati, typed
with capitals, "Msombuluko" for Monday, "Lesibili", "Lesitsatfu", "Lesine", "Lesihlanu",
"Mgcibelo" and "Lisontfo" for Sunday: a day as its weekday with the slashed day in brackets
("Msombuluko (08/09)"), as its weekday and the date in words ("Msombuluko 8 September"), or as the
date in words with the weekday in brackets ("8 September (Msombuluko)"); for a day that may lie
outside the life always with the year ("Msombuluko 08/09/2036", or "8 September 2036
(Msombuluko)"); today and yesterday alone, or as "lamuhla" (today) and "itolo" (yesterday) with the
slashed day in brackets. A night is named "ebusuku nga" (at night on) and the day it starts on:
"ebusuku ngaMsombuluko" is the night from Monday into Tuesday, always with its two slashed days in
brackets ("ebusuku ngaMsombuluko (08/09-09/09)"), or "ebusuku bamhla" and the date in words
("ebusuku bamhla 8 September"); last night alone, "last night", or as "itolo ebusuku" with its two
slashed days in brackets. No day's name ends in a dot, so that no question ends in two dots.
Workouts are named with places in and around Mbabane: along the Mbabane bypass, round the Somhlolo
stadium track and through the Mlilwane sanctuary; out on the Malkerns valley road, up Malagwane hill
and out to Ezulwini; the Mbabane municipal pool and the Mantenga river pools; a studio in Ezulwini
and sunrise by the Mantenga falls; Sibebe rock and the crags at Ngwenya.
"""


from __future__ import annotations

from datetime import date, timedelta

SISWATI = ("Msombuluko", "Lesibili", "Lesitsatfu", "Lesine", "Lesihlanu", "Mgcibelo", "Lisontfo")
"""siSwati weekdays, Monday to Sunday, as typed with a capital."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as Eswatini writes them in a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Mbabane bypass", "run round the Somhlolo stadium track",
                 "run through the Mlilwane sanctuary"),
         "cycle": ("ride out on the Malkerns valley road", "ride up Malagwane hill",
                   "ride out to Ezulwini and back"),
         "swim": ("swim in the Mbabane municipal pool", "swim at the Mantenga river pools"),
         "yoga": ("yoga class at a studio in Ezulwini", "yoga session at sunrise by the Mantenga falls"),
         "climb": ("climb up Sibebe rock", "climb on the crags at Ngwenya")}
"""What this set's questions call a workout of each activity: places in and around Mbabane."""

MINUTED = " Your reply shall be duly minuted."
"""The retired district commissioner's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} utsite ngifundze yiphi incwadzi? i forgot its name kodvwa",
             '.people[] | select(.name == "{who}") | .pushed_reading.title',
             "At the furnace nobody reads, the heat curls the pages. Which book was it that {who} kept "
             "insisting on?",
             "Render me an account of the book {who} pressed me to take up." + MINUTED],
    "film": ["{who} ushilo kutsi ngibukele yiphi i-film? the must-see one",
             '.people[] | select(.name == "{who}") | .must_see.film',
             "I shape little glass rhinos while the tourists watch me like a picture show. Which "
             "picture did {who} swear I cannot go without seeing?",
             "Certify to me the title of the motion picture {who} held to be indispensable viewing."],
    "offsite": ["i-offsite, {who} utsite seyiya kuliphi lidolobha manje?",
                '.people[] | select(.name == "{who}") | .offsite_new_town',
                "Our crates of glass go to every town with a road to it. Into which town has {who} "
                "steered the offsite now?",
                "Declare to me into which town {who} says the offsite has lately been transplanted."
                + MINUTED],
    "restaurant": ["{who} ubabatile yiphi i-restaurant? libito layo",
                   '.people[] | select(.name == "{who}") | .raved_about.eatery',
                   "Blowing glass leaves a man with a thirst and an appetite. What was that eatery {who} "
                   "could not stop praising?",
                   "Set out for me the name of the dining establishment on which {who} lavished such "
                   "praise."],
    "flight": ["i-flight ya {who} itawufika ngasikhatsi sini e-airport? ngitawulanda",
               '.people[] | select(.name == "{who}") | .plane.arrival_time',
               "From the gallery we see the planes drop toward Sikhuphe. When is {who}'s one meant to "
               "touch down?",
               "Render me an account of the hour at which the flight bearing {who} is expected to land."
               + MINUTED],
    "dog": ["inja lencane ya {who}, ngubani libito layo?",
            '.people[] | select(.name == "{who}") | .new_pup.called',
            "A yard dog sleeps against the warm wall behind our furnace. What do they call the pup {who} "
            "took in?",
            "Certify to me the name given to the young hound that {who} has acquired."],
    "launch": ["launch ye-{project}, {who} utsite seyisuswele kuliphi lilanga?",
               '.projects[] | select(.name == "{project}") | .launch_moved_by["{who}"]',
               "An order of vases slips a week and nobody dies. To what day has {who} shunted the "
               "{project} launch?",
               "Declare to me the day on which the {project} launch shall now occur, {who} being my authority."
               + MINUTED],
    "age": ["indvodzakatana ya {who} itawuba neminyaka lemingakhi nakufika i-birthday yayo?",
            '.people[] | select(.name == "{who}") | .daughter.age_after_birthday',
            "My own girl once dropped a glass giraffe and wept for an hour. What age will {who}'s "
            "daughter be when her birthday arrives?",
            "Set out for me the years the daughter of {who} shall count upon her approaching birthday."],
    "podcast": ["{who} ungincomele liphi i-podcast? for the bus to Manzini",
                '.people[] | select(.name == "{who}") | .podcast_tip',
                "The roar of the furnace drowns any radio, so I listen on the bus home. What podcast did "
                "{who} hand me the name of?",
                "Render me an account of the podcast {who} was good enough to propose to me." + MINUTED],
    "breakfast_food": ["{day} ngidleni ekuseni? breakfast yami",
                       '.days[] | select(.date == "{day}") | .morning_meal.food',
                       "We light up at six and the first gather is at seven. What went down before it "
                       "{day}?",
                       "Certify to me the contents of my breakfast {day}."],
    "lunch_food": ["{day} ngidleni emini ku-lunch?",
                   '.days[] | select(.date == "{day}") | .noon_meal.food',
                   "At noon the blowpipes rest on their rack and so do we. What filled me at that rest "
                   "{day}?",
                   "Declare to me what I partook of at luncheon {day}." + MINUTED],
    "dinner_food": ["{day} ngidleni kusihlwa ku-dinner?",
                    '.days[] | select(.date == "{day}") | .evening_meal.food',
                    "Evenings I smell of hot sand and soda ash. Whatever was supper {day}?",
                    "Set out for me the fare laid before me at dinner {day}."],
    "lunch_place": ["{day} ngidle kuphi emini?",
                    '.days[] | select(.date == "{day}") | .noon_meal.venue',
                    "Some days I eat behind the furnace house, some days in Mbabane. Which spot fed me at "
                    "midday {day}?",
                    "Render me an account of the premises at which I lunched {day}." + MINUTED],
    "dinner_place": ["{day} ngidle kuphi kusihlwa?",
                     '.days[] | select(.date == "{day}") | .evening_meal.venue',
                     "After a good run of orders I take supper out. Which place served it {day}?",
                     "Certify to me the establishment where I dined {day}."],
    "workout_kind": ["{day} ngente luhlobo luni lwe-workout? kugijima, bike noma kubhukusha?",
                     '.days[] | select(.date == "{day}") | .training.type',
                     "Swinging a blowpipe all day is work, not sport. What kind of exercise was it "
                     "{day}?",
                     "Declare to me the species of physical training to which I applied myself {day}."
                     + MINUTED],
    "heart_rate": ["{noun} yami {day}, i-heart rate yami ibe ngu-average lowungakhi?",
                   '.workouts[] | select(.label == "{noun}" and .date == "{day}") | .pulse_avg',
                   "In front of the glory hole my heart races anyway. What beats per minute did it "
                   "average while the {noun} {day} lasted?",
                   "Set out for me the mean pulse recorded over the {noun} {day}."],
    "sleep_quality": ["{night} ngilele kahle noma bengingalali kahle?",
                      '.nights[] | select(.date == "{night}") | .rest_grade',
                      "The furnace never goes out, and some nights I dream it has. Was I sound asleep "
                      "{night} or tossing?",
                      "Certify to me whether my repose was sound or disturbed {night}." + MINUTED],
    "sleep_night": ["{night} ngilele emahora lamangakhi?",
                    '.nights[] | select(.date == "{night}") | .asleep_hours',
                    "Blowing glass wants steady hands and steady hands want sleep. What hours of it came "
                    "to me {night}?",
                    "Declare to me the count of hours I slumbered {night}."],
    "exercise_duration": ["{noun} yami {day} itsetse imizuzu lemingakhi?",
                          '.workouts[] | select(.label == "{noun}" and .date == "{day}") | .mins',
                          "A bowl takes me twenty minutes from gather to rack. How many minutes did the "
                          "{noun} {day} swallow?",
                          "Set out for me the number of minutes the {noun} {day} endured." + MINUTED],
    "meeting_duration": ["umhlangano we-{title} {day} utsetse imizuzu lemingakhi?",
                         '.meetings[] | select(.title == "{title}" and .date == "{day}") | .mins',
                         "The works council loves to talk while the glass cools. For how many minutes did "
                         "the {title} {day} keep us?",
                         "Render me an account of the minutes consumed by the {title} {day}."],
    "distance_run": ["{day} ngigijime ema-km lamangakhi?",
                     '.days[] | select(.date == "{day}") | .running_km',
                     "My legs stand at the bench all shift, so running is a treat. What kilometres did "
                     "they cover at a run {day}?",
                     "Certify to me the kilometres covered at a run by me {day}." + MINUTED],
    "distance_cycle": ["{day} ngigibele i-bike ema-km lamangakhi?",
                       '.days[] | select(.date == "{day}") | .cycling_km',
                       "The bottle collectors come up the pass on bicycles loaded like donkeys. How far "
                       "did my own bicycle carry me {day}?",
                       "Declare to me the kilometres I pedalled {day}."],
    "distance_swim": ["{day} ngibhukushe lokungakanani? metres noma km",
                      '.days[] | select(.date == "{day}") | .swimming_distance',
                      "Cold water is the best cure for a furnace day. How much water did I swim through "
                      "{day}?",
                      "Set out for me the distance swum by me {day}." + MINUTED],
    "attendees": ["bobani labebakhona ku-{title} {day}?",
                  '.meetings[] | select(.title == "{title}" and .date == "{day}") | .present[]',
                  "Half the works turns up to anything with tea. Which people actually sat in the {title} "
                  "{day}?",
                  "Render me an account of those in attendance at the {title} {day}."],
    "coffee_count": ["{day} nginatse tinkomishi letingakhi te-khofi?",
                     '[.days[] | select(.date == "{day}") | .coffees[]] | length',
                     "The canteen urn sits right by the furnace door. How many coffees did I pour from it "
                     "{day}?",
                     "Certify to me the number of coffees I consumed {day}." + MINUTED],
    "caffeine": ["{day} i-caffeine yonkhe lengiyinatsile, mg malini?",
                 '[.days[] | select(.date == "{day}") | .coffees[].mg] | add',
                 "Too much coffee and the gather wobbles on the pipe. What total of caffeine went into "
                 "me {day}? I want the figure in mg.",
                 "Declare to me the sum of the caffeine which passed my lips {day}, by milligrams."],
    "meeting_count": ["{day} bengisemihlanganweni lemingakhi?",
                      '[.days[] | select(.date == "{day}") | .meetings[]] | length',
                      "Every meeting is a batch of glass I am not blowing. How many did I get dragged into "
                      "{day}?",
                      "Set out for me the number of meetings that claimed me {day}." + MINUTED],
    "km_week": ["kusukela ngaMsombuluko, ngente ema-km lamangakhi e-{activity}?",
                '[.this_week.{activity}[].km] | add',
                "We tally the week's glass by the kilo; tally my {activity} by the kilometre. What is "
                "the sum since Monday?",
                "Render me an account of the kilometres of {activity} accumulated since Monday."],
    "workouts_week": ["leliviki sengente ema-workout lamangakhi?",
                      "[.this_week.workouts[]] | length",
                      "Between a hotel order and a church window there is little time for sport. How "
                      "many training sessions have I fitted in this week so far?",
                      "Certify to me the tally of workouts this present week has witnessed." + MINUTED],
    "first_coffee": ["{day} likhofi lekucala nginatse ngasikhatsi sini?",
                     '.days[] | select(.date == "{day}") | .coffees[0].at',
                     "Nobody touches a blowpipe here before the first coffee. At what minute did mine "
                     "happen {day}?",
                     "Declare to me the hour at which I took my earliest coffee {day}."],
    "last_coffee": ["{day} likhofi lokugcina nginatse ngasikhatsi sini?",
                    '.days[] | select(.date == "{day}") | .coffees[-1].at',
                    "I swear off coffee once the furnace is banked for the night. When did the closing "
                    "cup really go down {day}?",
                    "Set out for me the hour of the latest of my coffees {day}." + MINUTED],
    "first_meeting": ["{day} umhlangano wekucala ucale ngasikhatsi sini?",
                      '.days[] | select(.date == "{day}") | .meetings[0].starts',
                      "Managers like their meetings before the glass is hot. At what hour did the opening "
                      "one of {day} get under way?",
                      "Render me an account of the hour at which the first of my meetings commenced {day}."],
    "wake": ["{day} ngivuke ngasikhatsi sini?",
             '.days[] | select(.date == "{day}") | .woke_at',
             "The night shift hands the furnace over at dawn. What time did my alarm finally win {day}?",
             "Certify to me the hour at which I rose {day}." + MINUTED],
    "bedtime": ["{night} ngiye embhedzeni ngasikhatsi sini?",
                '.nights[] | select(.date == "{night}") | .lights_out',
                "My shoulders ache after a shift of big vases. At what time did I give up and lie down "
                "{night}?",
                "Declare to me at what hour I went to my pillow {night}."],
    "dinner_on_distance": ["lilanga lengi-{past} {km} km, ngidleni kusihlwa?",
                           '.days[] | select(.{past}_km == "{km}") | .evening_meal.food',
                           "Some days my legs earn more kilometres than my hands earn bowls. What was my "
                           "evening plate on the day that saw me {past} {km} km?",
                           "Set out for me what I ate at dinner upon the day I {past} {km} km." + MINUTED],
    "meeting_after_workout": ["emva kwe-{noun} {day}, bobani labebakhona emhlanganweni lolandzelako?",
                              '.workouts[] | select(.label == "{noun}" and .date == "{day}") | .next_meeting.present[]',
                              "I walk into meetings still red from the heat. Which people were at the first "
                              "meeting I joined after the {noun} {day}?",
                              "Render me an account of the persons at the meeting which next followed my "
                              "{noun} {day}."],
    "lunch_on_meeting_day": ["lilanga le-{title}, ngidle kuphi emini?",
                             '.days[] | select(.meetings[].title == "{title}") | .noon_meal.venue',
                             "On meeting days I change my shirt and eat in town. Where did I lunch the day "
                             "the {title} was held?",
                             "Certify to me where I took luncheon on the day of the {title}." + MINUTED],
    "sleep_after_meeting": ["ebusuku emva kwe-{title}, ngilele emahora lamangakhi?",
                            '.nights[] | select(.after_meeting == "{title}") | .asleep_hours',
                            "A long meeting tires me worse than a double shift at the bench. When the {title} "
                            "was behind me, what hours did that night's sleep come to?",
                            "Declare to me how many hours of slumber the night after the close of the {title} "
                            "allowed me."],
    "dinner_on_said_day": ["lilanga {who} latsi akhulume nga-{value}, ngidleni kusihlwa?",
                           '.days[] | select(.said["{who}"] == "{value}") | .evening_meal.food',
                           "Visitors talk to me while I turn the pipe. One day {who} went on about {value}. "
                           "What did I have for supper on that same day?",
                           "Set out for me my dinner on the day when {who} made mention of {value}."
                           + MINUTED],
    "compare_sleep": ["{n1} noma {n2}, ngibusuku buphi lengilale kakhulu? emahora abo bobabili",
                      '.nights[] | select(.date == "{n1}" or .date == "{n2}") | .asleep_hours',
                      "A batch cracked in the oven one of those nights and I lay awake over it. Did {n1} "
                      "give me a longer sleep than {n2} gave me? Put a number of hours to each.",
                      "Render me an account of whether {n1} or {n2} yielded me the longer sleep, with "
                      "the hours of either night alongside."],
    "compare_caffeine": ["{d1} noma {d2}, ngiliphi lilanga lebenginatse i-caffeine lenyenti? mg yawo womabili",
                         '.days[] | select(.date == "{d1}" or .date == "{d2}") | [.coffees[].mg] | add',
                         "A jittery hand makes lopsided vases. Did {d1} carry more caffeine than {d2} did, "
                         "or was it the reverse? The mg for the two days, please.",
                         "Certify to me which of {d1} and {d2} saw the greater caffeine, the milligrams of "
                         "each being stated." + MINUTED],
    "compare_duration": ["i-workout ya {d1} nale ya {d2}, iphi lebe yinde? imizuzu yato totimbili",
                         '.workouts[] | select(.date == "{d1}" or .date == "{d2}") | .mins',
                         "My forearms know when I've overdone it. Between the workout {d1} and the one "
                         "{d2}, which one dragged out further? Put the minutes beside each.",
                         "Declare to me whether the workout {d1} exceeded in length the workout {d2}, each "
                         "with its minutes beside it."],
    "compare_coffee_weeks": ["leliviki nginatse likhofi lelinyenti kuneliviki leledlulile?",
                             "([.this_week.coffees[]] | length) > ([.previous_week.coffees[]] | length)",
                             "The canteen lady says the urn empties faster lately. Is this week's coffee "
                             "outrunning last week's for me?",
                             "Set out for me whether my coffee this week exceeds my coffee of the week "
                             "gone by." + MINUTED],
    "late_coffee_sleep": ["nangabe nginatsa likhofi nga-{t} noma emva kwaloko, ngilala kancane yini?",
                          '.nights[] | select(.coffee_last_at >= "{t}") | .asleep_hours',
                          "The night-shift blowers drink coffee at midnight and swear it does nothing. If "
                          "my cup comes at {t} or later, is my night the shorter for it?",
                          "Render me an account of whether coffee taken at {t} or thereafter diminishes "
                          "my sleep."],
    "late_dinner_sleep": ["nangabe ngidla kusihlwa nga-{t} noma emva kwaloko, ngilala emahora lambalwa yini?",
                          '.nights[] | select(.dinner_at >= "{t}") | .asleep_hours',
                          "On delivery evenings I only eat once the truck is loaded. If I sit down to eat at "
                          "{t} or after, am I robbed of sleep?",
                          "Certify to me whether dining at {t} or after that hour curtails my sleep."
                          + MINUTED],
    "exercise_sleep": ["emalanga ngente i-workout, ngilala kakhulu kunemalanga lengingakayenti?",
                       ".nights[] | select(.day_before.trained) | .asleep_hours",
                       "Sport wears out different muscles from the furnace. Do I sleep longer after a "
                       "training day than after a day without one?",
                       "Declare to me whether my nights after exercise are longer than my nights after "
                       "days without it."],
    "caffeine_sleep": ["nangabe nginatse {mg} mg ye-caffeine noma ngetulu, kulala kwami kunjani uma "
                       "kucatsaniswa nalabanye busuku?",
                       '.nights[] | select(.day_before.caffeine_mg >= {mg}) | .asleep_hours',
                       "On big-order days I live on the urn. After {mg} mg of caffeine or beyond, how does "
                       "my sleep compare with all my other nights?",
                       "Set out for me how my sleep following days of {mg} mg of caffeine or upward "
                       "compares with my sleep on other nights." + MINUTED],
    "exercise_coffee": ["nginatsa likhofi lelinyenti ngemalanga e-workout noma ngemalanga ekuphumula?",
                        ".days[] | group_by(.trained) | map([.coffees[]] | length)",
                        "Training mornings I take a second cup from the urn, or so I think. Is my coffee "
                        "higher on days I train or on days I don't?",
                        "Render me an account of whether I drink more coffee on days of exercise or on "
                        "days of rest."],
    "fu_day_before": ["lilanga langembili kwalelo?",
                      "$answer | .previous_day",
                      "Wind it back one more day, like pulling the pipe from the fire.",
                      "Apply that question afresh to the day preceding."],
    "fu_meeting_length": ["lowo mhlangano utsetse imizuzu lemingakhi?",
                          "$answer | .meeting.mins",
                          "And that meeting itself: for how many minutes did it hold us?",
                          "Apply that question afresh to the length of that meeting." + MINUTED],
    "fu_other_day": ["kutsiwani nga-{day}?",
                     '$answer | .date = "{day}"',
                     "Do that one over, but for {day}.",
                     "Apply that question afresh to {day}."],
    "fu_other_person": ["kutsiwani nga-{who}?",
                        '$answer | .name = "{who}"',
                        "Now ask it of {who} instead.",
                        "Apply that question afresh to {who}." + MINUTED],
    "fu_night_before": ["busuku bangembili kwalobo?",
                        "$answer | .previous_night",
                        "Wind it back one night, as if re-firing yesterday's batch.",
                        "Apply that question afresh to the night preceding."],
    "fu_today": ["kutsiwani ngalamuhla kuze kube manje?",
                 '$answer | .date = "today"',
                 "Today as well, from the first gather until now.",
                 "Apply that question afresh to today, from its dawn until this hour."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = SISWATI[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"lamuhla ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"itolo ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd} {_words(day)}", f"{_words(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"ebusuku nga{SISWATI[day.weekday()]} ({_slash(day)}-{_slash(after)})", f"ebusuku bamhla {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"itolo ebusuku ({_slash(day)}-{_slash(after)})"]
    return options
