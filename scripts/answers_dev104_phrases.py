"""Question phrasings of the answers benchmark's one hundred and fourth tuning set, ``dev104`` (docs/benchmarks.md, "Answers").

``dev104`` was the held-out set until 2026-12-06, when, after its measurement at 93b3252 (grounded
accuracy 0.631; worst category first_last 0.273; unsupported 0.0; abstention 0.909; p95 0.025 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev103``, answers_dev103_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young phone repairer in Kaloum, Conakry, who types lower case, switching between English and
  Pular inside a sentence (the Fula language of the Fouta Djallon, spoken across Guinea and in
  Conakry, no earlier set's language nor a close relative of one). The Pular here is the writer's
  own approximation from its commonest words; no speaker has checked it, and the set tests how the
  planner reads English mixed with a language it has never seen, not the Pular itself: "ko honɗun"
  for what and which, "moy" for who, "hoto" for where, "no foti" for how many and how much, "honde
  tuma" for at what time, "hannde" for today, "hanki" for yesterday, "jemma" for night, "ñande" and
  "ñalawma" for day, "mi nyaami" for I ate, "mi yari" for I drank, "mi ɗaanii" for I slept, "mi
  dogii" for I ran, "subaka", "beetawe" and "hiirnde" for morning, midday and evening, "batu" for a
  meeting, "rawaandu" for a dog, "ɓiɗɗo debbo" for a daughter, "deftere" for a book, "innde" for a
  name, "yontere nde" and "yontere ɓennunde" for this week and last, "walla" for or, "caggal" for
  after, "no moƴƴi" for well, "ɓuri" for more, "X kadi?" for and X?, and English or French words
  where they come first to mind (a launch, an offsite, a podcast, "kafe", "velo", "avion", caffeine,
  exercise);
- a programmer at a mining firm's office in Kaloum who types every question as one
  Smalltalk message send to a ``Diary`` object: keyword messages for what is known (``mealOn:
  '...' kind: #lunch``, ``meeting: '...' on: '...'``, ``workoutLabelled: '...' on: '...'``), a unary
  message after the brackets for the field asked (``food``, ``place``, ``attendees``, ``hours``),
  ``size`` for counts, ``sum`` and ``sumOf:`` for totals, ``first`` and ``last`` for firsts and
  lasts, ``compareBy:`` for two compared and ``nightsSplitBy:`` / ``daysSplitBy:`` with a mean for
  habits, ``dayWhen:`` / ``dayOf:`` / ``nightAfter:`` / ``meetingAfter:`` for days named by what
  happened; no question mark, no brace; his follow-ups are sent to ``priorQuery`` (``redoOn:``,
  ``redoFor:``) or ``priorMeeting``;
- a cobbler with a stall in the Madina market, who makes a remark from that work before asking
  (soles, heels, glue, the needle, the hammer and tacks, the lasts, the customers' shoes and
  sandals);
- a retired ferry captain, once master of the boat out to the Îles de Los, who writes formal
  sentences with formulas of his own: "Kindly establish for me ...", closed with "Yours
  obediently.", and "Be good enough to discover ..."; his follow-ups open with "As much for ...".

Of the Pular words, those another module holds as a word are short ordinary ones, French loans or
words another language happens to share, kept: "am", "avion", "e", "haa", "ina", "jang", "kafe",
"kala", "kam", "ko", "mi", "mum", "nde", "no", "o", "on", "so", "velo", "walla", "yari" (checked by
grepping every other scripts/answers_*_phrases.py module);
no other module holds "Pular", "Fula", "Conakry", "Smalltalk", "phone repairer", "cobbler",
"ferry captain", "Madina", "Kindly establish for me", "Be good enough to discover", "Yours
obediently" or "As much for", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev104 life lives in Africa/Conakry, from Monday 10 November 2036 to 25 November; Guinea keeps
Greenwich Mean Time (UTC+0) all year, with no summer time (zoneinfo gives one offset over all of 2035
to 2037, and so over its 16 days, 10 to 25 November), so no clock changes inside it. Dates are written
as people in Conakry write them: day first, with slashes, both padded, and the year in full
("10/11/2036"), or the day and month alone the same way ("10/11"); in words the day's number before
the month, in English ("10 November"), with the year after them for a day that may lie outside the
life ("10 November 2036"). Weekdays are in Pular, with capitals, taken from Arabic as across the
Sahel: "Altine" for Monday, "Talaata", "Alarba", "Alkamiisa", "Aljumaa", "Asewe" and "Alat" for
Sunday: a day as its weekday and the slashed day ("Altine 10/11"), as its weekday and the date in
words ("Altine 10 November"), or as "ñalawma" (the day of), its weekday and the slashed day in
brackets ("ñalawma Altine (10/11)"); for a day that may lie outside the life always with the year
("Altine 10/11/2036", or "Altine 10 November 2036"); today and yesterday alone, or as "hannde"
(today) and "hanki" (yesterday) with the slashed day after them. A night is named "jemma X" (X's
night) after the weekday it starts on, with its two slashed days ("jemma Altine 10/11-11/11"), or
"jemma" and the date in words ("jemma 10 November"); last night alone, "last night", or as "jemma
hanki" with its two slashed days. No day's name ends in a dot, so that no question ends in two dots.
Workouts are named with places in and around Conakry: along the Corniche Nord, round the Kaloum
peninsula and up through Dixinn; out to Dubréka, along the Kagbélen road and up to the foot of Mount
Kakoulima; at the Taouyah beach and in a hotel pool in Kipé; a studio in Camayenne and a terrace in
Ratoma; the rocks of Mount Kakoulima and a climbing wall in Matam.
"""


from __future__ import annotations

from datetime import date, timedelta

PULAR = ("Altine", "Talaata", "Alarba", "Alkamiisa", "Aljumaa", "Asewe", "Alat")
"""Pular weekdays as this set names them, Monday to Sunday, with a capital (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run along the Corniche Nord in Conakry", "run round the Kaloum peninsula",
                 "run up through Dixinn"),
         "cycle": ("ride out to Dubréka", "ride along the Kagbélen road", "ride up to the foot of Mount Kakoulima"),
         "swim": ("swim at the Taouyah beach", "swim in a hotel pool in Kipé"),
         "yoga": ("yoga class in a studio in Camayenne", "yoga session on a terrace in Ratoma"),
         "climb": ("climb on the rocks of Mount Kakoulima", "climb at a climbing wall in Matam")}
"""What this set's questions call a workout of each activity: places in and around Conakry."""

PHRASES: dict[str, list[str]] = {
    "book": ["deftere ko honɗun {who} wi'i mi jang? innde mayre",
             "(Diary tipFrom: '{who}' kind: #book) title",
             "A man waiting on his resoled shoes reads whatever lies on my bench. Which book did {who} press me to read?",
             "Kindly establish for me the title of the book {who} recommended to my reading. Yours obediently."],
    "film": ["film ko honɗun {who} wi'i mi ndaar?",
             "(Diary tipFrom: '{who}' kind: #film) title",
             "Between two pairs of sandals I watch films on my phone. Which film did {who} tell me I had to see?",
             "Be good enough to discover which motion picture {who} urged upon me."],
    "offsite": ["{who} wi'i offsite on yahii e wuro ko honɗun?",
                "(Diary offsiteMovedBy: '{who}') town",
                "Shoes travel far from my stall, and so do offsites. Which town has {who} shifted the offsite to?",
                "Kindly establish for me in which town the offsite is now to be held, as {who} gave notice. Yours obediently."],
    "restaurant": ["restaurant ko honɗun {who} yettii no feewi? innde mum",
                   "(Diary tipFrom: '{who}' kind: #restaurant) name",
                   "Customers talk food while the glue sets. Which restaurant did {who} keep singing the praises of?",
                   "Be good enough to discover the name of the restaurant {who} has commended so warmly."],
    "flight": ["avion {who} ina yottoo honde tuma?",
               "(Diary flightOf: '{who}') arrivalTime",
               "Travellers want their heels mended before the airport. When is the plane carrying {who} due to touch down?",
               "Kindly establish for me the hour at which the flight bearing {who} lands. Yours obediently."],
    "dog": ["rawaandu {who} keso, innde mum ko moy?",
            "(Diary petOf: '{who}' kind: #puppy) name",
            "Puppies love to chew the leather scraps under my bench. By what name is {who} calling the newly arrived pup?",
            "Be good enough to discover the name given by {who} to the puppy."],
    "launch": ["{who} wi'i launch {project} on yahii ñande ko honɗun?",
               "(Diary launchOf: '{project}' movedBy: '{who}') newDate",
               "A pair promised for Friday often waits till Monday. What date has {who} pushed the {project} launch back to?",
               "Kindly establish for me the date to which {who} has put off the launch of {project}. Yours obediently."],
    "age": ["ɓiɗɗo debbo {who}, duuɓi no foti o heɓata e ñande jibineede mum?",
            "(Diary daughterOf: '{who}') ageAtNextBirthday",
            "Small feet grow out of school shoes every year. What age will the daughter of {who} reach on her coming birthday?",
            "Be good enough to discover how old the daughter of {who} shall be at her next birthday."],
    "podcast": ["podcast ko honɗun {who} hollii kam?",
                "(Diary tipFrom: '{who}' kind: #podcast) title",
                "My hands are busy with the needle but my ears are free. Whose podcast tip came from {who}, and which show was it?",
                "Kindly establish for me which podcast {who} brought to my notice. Yours obediently."],
    "breakfast_food": ["{day} subaka mi nyaami ko honɗun?",
                       "(Diary mealOn: '{day}' kind: #breakfast) food",
                       "I open the stall shutters while the street is still cool. What went into my stomach before the first sandal {day}?",
                       "Be good enough to discover what I ate at breakfast {day}."],
    "lunch_food": ["{day} beetawe mi nyaami ko honɗun?",
                   "(Diary mealOn: '{day}' kind: #lunch) food",
                   "Around noon the market heat drives the buyers into the shade. What filled my plate in that noon lull {day}?",
                   "Kindly establish for me what my midday meal consisted of {day}. Yours obediently."],
    "dinner_food": ["{day} hiirnde mi nyaami ko honɗun?",
                    "(Diary mealOn: '{day}' kind: #dinner) food",
                    "Once the last sole is glued I pack my tools and go home. What was on the table for me once I got home {day}?",
                    "Be good enough to discover what I took for dinner {day}."],
    "lunch_place": ["{day} lunch mi nyaami hoto?",
                    "(Diary mealOn: '{day}' kind: #lunch) place",
                    "Some days a neighbour minds my stall while I step away to eat. At which spot did I sit for my noon plate {day}?",
                    "Kindly establish for me where I lunched {day}. Yours obediently."],
    "dinner_place": ["{day} dinner mi nyaami hoto? galle walla yaasi?",
                     "(Diary mealOn: '{day}' kind: #dinner) place",
                     "A good market day is worth a plate somewhere other than home. Which place fed me in the evening {day}?",
                     "Be good enough to discover at what place I dined {day}."],
    "workout_kind": ["{day} mi waɗi exercise ko honɗun? dogude, velo walla yoga?",
                     "(Diary workoutOn: '{day}') activity",
                     "Bent over shoes all day, my spine begs for some movement. Which sort of workout straightened me out {day}?",
                     "Kindly establish for me the sort of exercise I took {day}. Yours obediently."],
    "heart_rate": ["e {noun} {day}, ɓernde am fiyii no foti e minute, e hakkunde?",
                   "(Diary workoutLabelled: '{noun}' on: '{day}') meanHeartRate",
                   "Hammering tacks needs a quiet pulse. What did my pulse average out at through the {noun} {day}?",
                   "Be good enough to discover at what mean rate my heart beat throughout the {noun} {day}."],
    "sleep_quality": ["{night} mi ɗaanii no moƴƴi walla alaa?",
                      "(Diary night: '{night}') quality",
                      "Stitching soles by lamplight can keep me up too late. Did I rest soundly or toss about {night}?",
                      "Kindly establish for me how well I slept {night}. Yours obediently."],
    "sleep_night": ["{night} mi ɗaanii hours no foti?",
                    "(Diary night: '{night}') hours",
                    "A cobbler who dozes hammers his thumb. How many hours of shut-eye did I get {night}?",
                    "Be good enough to discover the number of hours I slept {night}."],
    "exercise_duration": ["{noun} {day} juuti minute no foti?",
                          "(Diary workoutLabelled: '{noun}' on: '{day}') minutes",
                          "Resoling one boot takes me about half an hour. How many minutes did the {noun} {day} take out of me?",
                          "Kindly establish for me how many minutes the {noun} {day} took. Yours obediently."],
    "meeting_duration": ["batu {title} {day} juuti minute no foti?",
                         "(Diary meeting: '{title}' on: '{day}') minutes",
                         "While I sit in a meeting the shoes pile up unmended. For how many minutes did the {title} run {day}?",
                         "Be good enough to discover the length in minutes of the {title} {day}."],
    "distance_run": ["{day} mi dogii kilometre no foti?",
                     "(Diary kmOf: #run onDate: '{day}') sum",
                     "My own shoes wear thin from running, not from walking. How many km did those worn soles of mine cover running {day}?",
                     "Kindly establish for me the kilometres I ran {day}. Yours obediently."],
    "distance_cycle": ["{day} mi wayli velo kilometre no foti?",
                       "(Diary kmOf: #cycle onDate: '{day}') sum",
                       "The bicycle takes me to the leather sellers past Matoto. What tally of km did the pedals turn out {day}?",
                       "Be good enough to discover the kilometres my bicycle carried me {day}."],
    "distance_swim": ["{day} mi yoowii metre no foti?",
                      "(Diary metresOf: #swim onDate: '{day}') sum",
                      "Sea water is hard on leather but kind to a tired back. What number of metres did I do in the water {day}?",
                      "Kindly establish for me how many metres I swam {day}. Yours obediently."],
    "attendees": ["batu {title} {day}, ko moy tawtorii?",
                  "(Diary meeting: '{title}' on: '{day}') attendees",
                  "At my stall I know people by their shoes. Whose shoes were under the table at the {title} {day}?",
                  "Be good enough to discover who was present at the {title} {day}."],
    "coffee_count": ["{day} mi yari kafe no foti?",
                     "(Diary coffeesOn: '{day}') size",
                     "The tea boy also sells coffee in little glasses along my row. How many little glasses of coffee did I knock back {day}?",
                     "Kindly establish for me the number of coffees I drank {day}. Yours obediently."],
    "caffeine": ["{day} caffeine fof, mg no foti?",
                 "(Diary coffeesOn: '{day}') sumOf: #caffeineMg",
                 "Too much coffee and the needle misses the hole. Adding up every glass, what mg of caffeine did I take {day}?",
                 "Be good enough to discover the milligrams of caffeine I consumed {day}, all cups together."],
    "meeting_count": ["{day} mi tawtorii batuuji no foti?",
                      "(Diary meetingsOn: '{day}') size",
                      "Every meeting leaves my stall shut with a note on the board. How many times did that note go up on my board for a meeting {day}?",
                      "Kindly establish for me how many meetings I was in {day}. Yours obediently."],
    "km_week": ["fuɗɗii Altine, {activity} fof e yontere nde, kilometre no foti?",
                "(Diary kmOf: #{activity} since: #monday) sum",
                "The market week starts on Monday for me. How many km of {activity} have I logged since then?",
                "Be good enough to discover the kilometres of {activity} I have done since Monday."],
    "workouts_week": ["e yontere nde mi waɗi workout no foti?",
                      "(Diary workoutsThisWeek) size",
                      "Even a cobbler needs legs as well as hands. How many workouts have I fitted into this week?",
                      "Kindly establish for me the number of my workouts in the current week. Yours obediently."],
    "first_coffee": ["{day} kafe arano, mi yari honde tuma?",
                     "(Diary coffeesOn: '{day}') first time",
                     "My first glass of coffee comes as I lay out the lasts. At what hour did that glass come {day}?",
                     "Be good enough to discover when the earliest coffee of {day} passed my lips."],
    "last_coffee": ["{day} kafe sakkitiiɗo, mi yari honde tuma?",
                    "(Diary coffeesOn: '{day}') last time",
                    "The last coffee seller leaves the row at dusk. When did the final glass of coffee reach my bench {day}?",
                    "Kindly establish for me the hour of my last coffee {day}. Yours obediently."],
    "first_meeting": ["{day} batu arano fuɗɗii honde tuma?",
                      "(Diary meetingsOn: '{day}') first start",
                      "A morning meeting means the glue pot stays closed. What hour did the first of the meetings get going {day}?",
                      "Be good enough to discover the time my first meeting began {day}."],
    "wake": ["{day} mi finii honde tuma?",
             "(Diary wakeOn: '{day}') time",
             "The muezzin and the roosters wake the whole quarter together. What hour did the roosters get me up {day}?",
             "Kindly establish for me the hour I woke {day}. Yours obediently."],
    "bedtime": ["{night} mi lelii honde tuma?",
                "(Diary night: '{night}') bedTime",
                "I always wrap my tools in a cloth before bed. At what hour did I lie down to sleep {night}?",
                "Be good enough to discover the hour I went to bed {night}."],
    "dinner_on_distance": ["ñande nde mi {past} {km} km, hiirnde mi nyaami ko honɗun?",
                           "((Diary dayWhen: #{past} km: {km}) dinner) food",
                           "After a long outing even glue smells like supper. What did I eat in the evening on the day I {past} {km} km?",
                           "Kindly establish for me what I ate for dinner on the day I {past} {km} km. Yours obediently."],
    "meeting_after_workout": ["caggal {noun} {day}, batu garoowo, ko moy tawtorii?",
                              "(Diary meetingAfter: '{noun}' on: '{day}') attendees",
                              "After exercise I wash my hands of sweat before touching leather again. Who attended the meeting that followed the {noun} {day}?",
                              "Be good enough to discover who attended the first meeting after the {noun} {day}."],
    "lunch_on_meeting_day": ["ñande {title}, lunch mi nyaami hoto?",
                             "((Diary dayOf: '{title}') lunch) place",
                             "On meeting days my stall stays locked till afternoon. Where did my noon plate come from the day the {title} sat?",
                             "Kindly establish for me where I took lunch on the day of the {title}. Yours obediently."],
    "sleep_after_meeting": ["jemma caggal {title}, mi ɗaanii hours no foti?",
                            "(Diary nightAfter: '{title}') hours",
                            "A meeting full of talk rings in my ears like a hammer on an anvil. What hours of sleep came to me in the night after the {title}?",
                            "Be good enough to discover how many hours I slept on the night following the {title}."],
    "dinner_on_said_day": ["ñande nde {who} wi'i {value}, hiirnde mi nyaami ko honɗun?",
                           "((Diary dayWhen: '{who}' said: '{value}') dinner) food",
                           "I remember days by the talk at my stall. On the day {who} went on about {value}, what was my plate once the stall shut?",
                           "Kindly establish for me what I dined on the day {who} made mention of {value}. Yours obediently."],
    "compare_sleep": ["hakkunde {n1} e {n2}, jemma ko honɗun mi ɓuri ɗaanaade? hours jemma kala",
                      "(Diary nights: '{n1}' and: '{n2}') compareBy: #hours",
                      "Some nights stretch like good leather and some snap short. Of the two, {n1} set beside {n2}, which let me sleep more, with each one's hours?",
                      "Be good enough to discover on which of {n1} and {n2} I slept the longer, setting down both nights' hours."],
    "compare_caffeine": ["hakkunde {d1} e {d2}, ñande ko honɗun caffeine ɓuri? mg ñande kala",
                         "(Diary days: '{d1}' and: '{d2}') compareBy: #caffeineMg",
                         "Some days I drink more coffee than I sell repairs. Which of my two days held more caffeine, the {d1} one or the {d2} one, and what mg did each hold?",
                         "Kindly establish for me which of the days {d1} and {d2} carried the greater caffeine, and the milligrams of both. Yours obediently."],
    "compare_duration": ["hakkunde {d1} e {d2}, exercise ko honɗun ɓuri juutude?",
                         "(Diary days: '{d1}' and: '{d2}') compareBy: #workoutMinutes",
                         "A heel patch is quick and a new sole is slow. Was the longer workout the {d1} one or the {d2} one?",
                         "Be good enough to discover whether my exercise {d1} or my exercise {d2} was the longer."],
    "compare_coffee_weeks": ["e yontere nde mi yari kafe ɓuri yontere ɓennunde?",
                             "(Diary weeks: #current and: #previous) compareBy: #coffeeCount",
                             "The coffee boy grins wider every morning. Have I had more coffees this week than in the week before?",
                             "Kindly establish for me whether I have drunk more coffee in this week than in the preceding one. Yours obediently."],
    "late_coffee_sleep": ["so mi yarii kafe {t} walla caggal, mi ɗaanata seeɗa?",
                          "(Diary nightsSplitBy: #lastCoffee at: '{t}') meanHours",
                          "Evening customers bring me coffee as thanks. Do I sleep less when I drink coffee at {t} or later?",
                          "Be good enough to discover whether coffee at {t} or after cuts my sleep short."],
    "late_dinner_sleep": ["so mi nyaamii hiirnde {t} walla caggal, mi ɗaanata seeɗa?",
                          "(Diary nightsSplitBy: #dinnerTime at: '{t}') meanHours",
                          "Repairs that run past dark push my supper back. Does a plate eaten at {t} or after that cut my night short?",
                          "Kindly establish for me whether dining at {t} or later leaves me with less sleep. Yours obediently."],
    "exercise_sleep": ["ñalawma exercise, mi ɓuri ɗaanaade e ñalawma goɗɗi?",
                       "(Diary nightsSplitBy: #workoutDay) meanHours",
                       "My hands tire at the bench but my legs only tire on the road. After a day that had a workout, do I get more sleep than after a day that had none?",
                       "Be good enough to discover whether I sleep more after a day of exercise than after a day with none."],
    "caffeine_sleep": ["ñalawma caffeine yottii {mg} mg walla ɓuri, ɗaanol am no wa'i no jemmaaji goɗɗi?",
                       "(Diary nightsSplitBy: #caffeineMg at: {mg}) meanHours",
                       "Coffee makes my hammer hand jumpy. Once a day reaches {mg} mg of caffeine or beyond, how does the night after it measure against the rest?",
                       "Kindly establish for me how my sleep after days of {mg} mg of caffeine or above stands against my sleep on other nights. Yours obediently."],
    "exercise_coffee": ["ñalawma exercise mi ɓuri yarude kafe e ñalawma fooftere?",
                        "(Diary daysSplitBy: #workoutDay) meanCoffees",
                        "On run days I am at the stall late and thirsty. Do my workout days see more glasses of coffee than my idle days?",
                        "Be good enough to discover whether exercise days find me drinking more coffee than days of idleness."],
    "fu_day_before": ["ñande adiinde?",
                      "priorQuery redoOn: #dayBefore",
                      "Now go back a day from that.",
                      "As much for the preceding day."],
    "fu_meeting_length": ["batu ngun juuti minute no foti?",
                          "priorMeeting minutes",
                          "And the meeting you just named: for how many minutes did it keep my stall shut?",
                          "As much for the minutes that meeting lasted. Yours obediently."],
    "fu_other_day": ["{day} kadi?",
                     "priorQuery redoOn: '{day}'",
                     "Same last, other shoe: {day}.",
                     "As much for {day}, at your leisure."],
    "fu_other_person": ["{who} kadi?",
                        "priorQuery redoFor: '{who}'",
                        "Now try that one on {who}.",
                        "As much for {who}. Yours obediently."],
    "fu_night_before": ["jemma adiingo?",
                        "priorQuery redoOn: #nightBefore",
                        "Now go back a night from that.",
                        "As much for the preceding night."],
    "fu_today": ["hannde kadi, haa jooni?",
                 "priorQuery redoOn: #today upTo: #now",
                 "Now this very day, counting till the present minute.",
                 "As much for today, as far as this moment. Yours obediently."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = PULAR[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"hannde {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"hanki {_slash(day)}"]
    return [f"{wd} {_slash(day)}", f"{wd} {_words(day)}", f"ñalawma {wd} ({_slash(day)})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"jemma {PULAR[day.weekday()]} {_slash(day)}-{_slash(after)}",
               f"jemma {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"jemma hanki {_slash(day)}-{_slash(after)}"]
    return options
