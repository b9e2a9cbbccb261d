"""Question phrasings of the answers benchmark's ninety-fourth tuning set, ``dev94`` (docs/benchmarks.md, "Answers").

``dev94`` was the held-out set until 2026-12-06, when, after its measurement at 8ea587b (grounded
accuracy 0.61; worst category comparison 0.318; unsupported 0.004; abstention 0.864; p95 0.025 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev93``, answers_dev93_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young midwife in Bangui who studied nursing in Kampala and types lower case, switching between
  English and Sango inside a sentence (Sango is a national language of the Central African Republic
  and no earlier set's language, nor a close neighbour of one: a Ngbandi-based creole of the
  Ubangian languages, of which no earlier set has one), typed as most people type it on a phone,
  without tone marks: "nye" for what, "wa" for which, "zo wa" for who, "ndo wa" for where, "oke" for
  how many and how much, "ngbonga oke" for at what o'clock and how many hours, "ngu" for years,
  "iri" for a name, "te" and "nyon" for eating and drinking, "lango" for sleeping (and a day),
  "zingo" for waking, "tene" for saying, "diko", "ma" and "ba" for reading, hearing and watching,
  "kpe" for running, "gue" for going (on a bike too), "kobe ti ndapre", "kobe ti bekombite" and "kobe ti bi"
  for breakfast, lunch and dinner ("bi" for a night too), "ndo ti te kobe" for a restaurant,
  "mbeti", "molenge ti wali" and "mbo" for a book, a daughter and a dog, "gbata" for a town,
  "kawa" for coffee, "bungbi" for a meeting, "yenga" for a week, "na" for and and
  with, "wala" for or, "ahon" for more, "na peko ti" for after, "kozo" and "nda ni" for first and
  last, "ni?" for "and what about" after a follow-up's subject, and English words where they come
  first to mind (a workout, a launch, a podcast, a plane, a bike, swimming);
- an engineer who keeps the XML timetables of a river-barge line on the Oubangui and types every
  question as one XPath expression: a path from ``//`` with predicates in square brackets
  (``//day[@date="{day}"]/breakfast/food``), ``count()`` and ``sum()`` for counts and totals, ``or``
  inside a predicate for two to compare, each slot a double-quoted string, no question mark; his
  follow-ups start from ``$last``, the previous answer's node (``$last/preceding::day[1]``);
- a brickmaker at the clay pits by the Oubangui, writing in sentences with capitals, who makes a
  remark from his working life before the question (moulding bricks in the river mud, drying rows
  and firing, rain that ruins a day's moulding, the brickmakers' cooperative, the woman who sells
  coffee from a thermos at the pits, trucks and carts that carry his bricks);
- a retired harbour master of Bangui's river port who writes formal sentences with formulas of his
  own: "Convey to me ...", "Indicate to me ...", "Relate to me ...", "Bring to my notice ...", some
  closed with "A word by return will suffice.", his follow-ups opened with "Pose the identical
  question".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev94 life lives in Africa/Bangui, from Monday 1 September 2036 to 16 September; the Central
African Republic keeps West Africa Time (UTC+1) all year, with no summer time (zoneinfo gives one
offset over all of 2035 to 2037, and so over its 16 days, 1 to 16 September), so no clock changes
inside it. Dates are written as people in Bangui write them: day first, with slashes, both padded,
and the year in full ("01/09/2036"), or the day and month alone the same way ("01/09"); in words the
day's number before the month, the month in French as Bangui writes a date, lower case and without
accents, "1er" for the first ("1er septembre", "2 septembre"), with the year after them for a day
that may lie outside the life ("1er septembre 2036"). Weekdays are in Sango, typed without tone marks
and with capitals, "Bikua-oko" for Monday, "Bikua-use", "Bikua-ota", "Bikua-usio", "Bikua-oku",
"Laposo" and "Layenga" for Sunday: a day as its weekday with the slashed day in brackets
("Bikua-oko (01/09)"), as its weekday and the date in words ("Bikua-oko 1er septembre"), or as the
date in words with the weekday in brackets ("1er septembre (Bikua-oko)"); for a day that may lie
outside the life always with the year ("Bikua-oko 01/09/2036", or "1er septembre 2036 (Bikua-oko)");
today and yesterday alone, or as "laso" (today) and "biri" (yesterday) with the slashed day in
brackets. A night is named "bi ti" (night of) and the day it starts on: "bi ti Bikua-oko" is the
night from Monday into Tuesday, always with its two slashed days in brackets ("bi ti Bikua-oko
(01/09-02/09)"), or with the date in words ("bi ti 1er septembre"); last night alone, "last night",
or as "bi ti biri" with its two slashed days in brackets. No day's name ends in a dot, so that no
question ends in two dots. Workouts are named with places in and around Bangui: down the Avenue des
Martyrs, round the Boganda stadium track and along the Oubangui corniche to Ouango; out on the
Mbaiki road, up to the falls at Boali and out past Bimbo; the Hotel Oubangui pool and the river
beach at Ouango; a studio in Lakouanga and daybreak on the corniche; Gbazabangui hill and the rocks
beside the Boali falls.
"""


from __future__ import annotations

from datetime import date, timedelta

SANGO = ("Bikua-oko", "Bikua-use", "Bikua-ota", "Bikua-usio", "Bikua-oku", "Laposo", "Layenga")
"""Sango weekdays, Monday to Sunday, as typed without tone marks."""
MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
          "novembre", "decembre")
"""The months as Bangui writes them in a date, in French, lower case and without accents, after the day's
number ("1er" for the first)."""

NOUNS = {"run": ("run down the Avenue des Martyrs", "run round the Boganda stadium track",
                 "run along the Oubangui corniche to Ouango"),
         "cycle": ("ride out on the Mbaiki road", "ride up to the falls at Boali",
                   "ride out past Bimbo and back"),
         "swim": ("swim in the Hotel Oubangui pool", "swim at the river beach at Ouango"),
         "yoga": ("yoga class at a studio in Lakouanga", "yoga session at daybreak on the corniche"),
         "climb": ("climb up Gbazabangui hill", "climb on the rocks beside the Boali falls")}
"""What this set's questions call a workout of each activity: places in and around Bangui."""

BY_RETURN = " A word by return will suffice."
"""The retired harbour master's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} a-tene na mbi ti diko mbeti wa? title ni a-girisa na li ti mbi",
             '//person[@name="{who}"]/told-me-to-read/book/@title',
             "Builders never read, they only count bricks. Still, {who} pressed a book on me: name it for me.",
             "Convey to me the title of the volume {who} urged upon me." + BY_RETURN],
    "film": ["film wa si {who} a-tene mbi ti ba? the one i must not skip",
             '//person[@name="{who}"]/must-watch/film/@title',
             "When the rain stops the moulding I watch films under the awning. What was the film {who} "
             "said I should not pass up?",
             "Indicate to me the picture {who} declared I was obliged to see."],
    "offsite": ["offsite ni, {who} a-tene a-gue na gbata wa fadeso?",
                '//person[@name="{who}"]/offsite/moved-to/@city',
                "Trucks carry my bricks to half the towns of the country. {who} says the offsite is packing "
                "up for elsewhere; where in the country is it headed?",
                "Relate to me the town to which {who} reports the offsite has been shifted." + BY_RETURN],
    "restaurant": ["ndo ti te kobe so {who} a-tene a-yeke nzoni ngangu, iri ti ni nye?",
                   '//person[@name="{who}"]/praised/restaurant/@name',
                   "A day at the pits makes a man hungry enough to eat anywhere. Which restaurant got "
                   "{who}'s warm words?",
                   "Bring to my notice the eating house that {who} commended so highly."],
    "flight": ["plane ti {who} a-yeke si na Bangui na ngbonga oke? i have to pick them up at Mpoko",
               '//person[@name="{who}"]/flight/@lands-at',
               "I once carried bricks for the new terminal at Mpoko. What hour should {who}'s plane come "
               "down?",
               "Convey to me the hour at which the aircraft of {who} is due to arrive." + BY_RETURN],
    "dog": ["mbo ti {who} so a-yeke fini, iri ti lo nye?",
            '//person[@name="{who}"]/puppy/@name',
            "A stray lies in the shade of my drying rows every afternoon. And {who}'s new puppy, what name "
            "does it answer to?",
            "Indicate to me by what name {who} calls the young dog lately come into the household."],
    "launch": ["launch ti {project}, {who} a-tene a-zia ni na lango wa?",
               '//project[@name="{project}"]/launch[@per="{who}"]/@moved-to',
               "Rain pushes back my firing every week, so late plans don't surprise me. {who} gave the "
               "{project} launch a new day; tell me the day.",
               "Relate to me the day to which the {project} launch has been put off according to {who}."
               + BY_RETURN],
    "age": ["molenge ti wali ti {who} fade a-yeke na ngu oke na birthday ti lo?",
            '//person[@name="{who}"]/daughter/@age-next-birthday',
            "My own girl helps me stack on Laposo mornings. How old does {who}'s daughter turn at her "
            "coming birthday?",
            "Bring to my notice the age to which the daughter of {who} will attain when next her "
            "birthday comes round."],
    "podcast": ["podcast wa si {who} a-tene mbi ti ma? for the long walk to the maternity",
                '//person[@name="{who}"]/suggested/podcast/@title',
                "I keep a radio on the pile while I shape the mud. Which podcast did {who} put my way?",
                "Convey to me the podcast which {who} put forward for my listening." + BY_RETURN],
    "breakfast_food": ["{day} mbi te nye na kobe ti ndapre?",
                       '//day[@date="{day}"]/breakfast/food',
                       "I'm at the pits before the sun is up, so breakfast is quick. What did I grab for it {day}?",
                       "Indicate to me of what my morning meal consisted {day}."],
    "lunch_food": ["kobe ti bekombite {day}, mbi te nye?",
                   '//day[@date="{day}"]/lunch/food',
                   "At noon the bricks bake and so do I, so I stop to eat. What did I eat at that stop {day}?",
                   "Relate to me the fare of my luncheon {day}." + BY_RETURN],
    "dinner_food": ["{day} kobe ti bi, mbi te nye? gozo na ngunza wala mbeni ye nde?",
                    '//day[@date="{day}"]/dinner/food',
                    "My hands still smell of river mud at supper. What was on the table in the evening "
                    "{day}?",
                    "Bring to my notice what was served me at the evening meal {day}."],
    "lunch_place": ["{day} mbi te kobe ti bekombite na ndo wa?",
                    '//day[@date="{day}"]/lunch/@eaten-at',
                    "Some noons I eat on the pile, some noons in town. Where did the midday meal find me "
                    "{day}?",
                    "Convey to me at which establishment I lunched {day}." + BY_RETURN],
    "dinner_place": ["{day} na bi, mbi te kobe na ndo wa?",
                     '//day[@date="{day}"]/dinner/@place',
                     "When a big order is paid I eat out in the evening. Where was supper eaten {day}?",
                     "Indicate to me the eating house where my dinner was taken {day}."],
    "workout_kind": ["{day} mbi sara workout wa? kpe, bike wala swim?",
                     '//day[@date="{day}"]/workout/@kind',
                     "Carrying bricks is labour, and labour is no sport. Which sort of training did I go in for {day}?",
                     "Relate to me the form of bodily exercise I undertook {day}." + BY_RETURN],
    "heart_rate": ["heart rate ti mbi na {noun} {day}, average ni a-yeke oke?",
                   '//workout[@name="{noun}"][@date="{day}"]/@bpm-mean',
                   "Lifting the wet moulds sets my heart thumping. What mean beat per minute did it hold "
                   "through the {noun} {day}?",
                   "Bring to my notice the mean of my pulse across the {noun} {day}."],
    "sleep_quality": ["{night} mbi lango nzoni wala pepe?",
                      '//night[@date="{night}"]/@sleep-grade',
                      "Frogs by the clay pits sing all night in the rains. Was the sleep I got {night} good "
                      "or broken?",
                      "Convey to me whether I rested soundly or poorly {night}." + BY_RETURN],
    "sleep_night": ["{night} mbi lango ngbonga oke?",
                    '//night[@date="{night}"]/@slept-h',
                    "Shaping a thousand bricks a day needs a full night. How many hours of it did I have "
                    "{night}?",
                    "Indicate to me the number of hours I lay asleep {night}."],
    "exercise_duration": ["{noun} ti mbi {day} a-mu minutes oke?",
                          '//workout[@name="{noun}"][@date="{day}"]/@minutes',
                          "I time the firing by the hour and my training by the minute. How many minutes did "
                          "the {noun} {day} last from first step to finish?",
                          "Relate to me for how many minutes the {noun} {day} continued." + BY_RETURN],
    "meeting_duration": ["bungbi {title} {day} a-mu minutes oke?",
                         '//meeting[@title="{title}"][@date="{day}"]/@minutes',
                         "The brickmakers' cooperative argues over prices for ages. How many minutes did the "
                         "{title} {day} sit for?",
                         "Bring to my notice how many minutes the {title} occupied {day}."],
    "distance_run": ["{day} mbi kpe km oke?",
                     '//day[@date="{day}"]/run/@length-km',
                     "All week my legs walk the pits with a load on my head. On foot and running, how many "
                     "kilometres {day}?",
                     "Convey to me the kilometres I ran {day}." + BY_RETURN],
    "distance_cycle": ["{day} mbi gue na bike km oke?",
                       '//day[@date="{day}"]/cycle/@km',
                       "My cart has two wheels and so has my bicycle, but only one is for pleasure. How far "
                       "did the bicycle take me {day}?",
                       "Indicate to me how many kilometres I cycled {day}."],
    "distance_swim": ["{day} mbi swim oke? metres wala km",
                      '//day[@date="{day}"]/swim/@metres-or-km',
                      "The river gives me my clay and sometimes a swim. What length of water did I cover "
                      "{day}?",
                      "Relate to me what distance I swam {day}." + BY_RETURN],
    "attendees": ["zo wa si a-yeke na {title} {day}?",
                  '//meeting[@title="{title}"][@date="{day}"]/attendee/@name',
                  "At the cooperative I always want to know who showed. Whose faces were at the {title} {day}?",
                  "Bring to my notice the persons who attended the {title} {day}."],
    "coffee_count": ["{day} mbi nyon kawa oke?",
                     'count(//day[@date="{day}"]/coffee)',
                     "The woman with the thermos passes the pits twice a day. How many cups did I take "
                     "off her {day}?",
                     "Convey to me how many coffees I drank {day}." + BY_RETURN],
    "caffeine": ["{day} caffeine kue so mbi nyon a-yeke oke? na mg",
                 'sum(//day[@date="{day}"]/coffee/@caffeine-mg)',
                 "Strong coffee and a hot fire make my hands tremble. How much caffeine did I put away "
                 "{day}, all of it in mg?",
                 "Indicate to me the whole of the caffeine I took {day}, reckoned by the milligram."],
    "meeting_count": ["{day} mbi gue na bungbi oke?",
                      'count(//day[@date="{day}"]/meeting)',
                      "Each meeting is an hour I'm not moulding. What was the meeting tally {day}?",
                      "Relate to me the number of meetings I sat in {day}." + BY_RETURN],
    "km_week": ["since Bikua-oko, mbi sara {activity} km oke kue?",
                'sum(//week[@current]/{activity}/@km)',
                "I count the week in bricks; count it for me in kilometres. Since the Monday, what sum of "
                "{activity} kilometres?",
                "Bring to my notice the total distance of {activity} I have covered since Monday."],
    "workouts_week": ["yenga so, mbi sara workout oke awe?",
                      "count(//week[@current]/workout)",
                      "In the dry season the orders leave little time for sport. How many sessions of "
                      "training does this week hold up to now?",
                      "Convey to me the number of workouts this current week has seen me through."
                      + BY_RETURN],
    "first_coffee": ["{day} kawa ti kozo, mbi nyon na ngbonga oke?",
                     '//day[@date="{day}"]/coffee[1]/@time',
                     "No brick gets shaped before my first coffee. At what clock time did that one come "
                     "{day}?",
                     "Indicate to me the hour at which my first cup of coffee was taken {day}."],
    "last_coffee": ["{day} kawa ti nda ni, ngbonga oke?",
                    '//day[@date="{day}"]/coffee[last()]/@time',
                    "I tell myself no coffee once the fire is banked. When did I actually have my final "
                    "one {day}?",
                    "Relate to me the hour of the last of my coffees {day}." + BY_RETURN],
    "first_meeting": ["{day} bungbi ti kozo a-to nda ni na ngbonga oke?",
                      '//day[@date="{day}"]/meeting[1]/@start',
                      "Cooperative business always eats into my morning. At what clock time did the day's "
                      "earliest meeting open {day}?",
                      "Bring to my notice the hour at which the first meeting opened {day}."],
    "wake": ["{day} mbi zingo na ngbonga oke?",
             '//day[@date="{day}"]/@eyes-open',
             "A brickmaker is up with the roosters to beat the heat. At what time did I open my eyes {day}?",
             "Convey to me the hour of my waking {day}." + BY_RETURN],
    "bedtime": ["{night} mbi gue ti lango na ngbonga oke?",
                '//night[@date="{night}"]/@to-bed-at',
                "After a day of lifting, bed comes early or very late. At what time did I lie down to "
                "rest {night}?",
                "Indicate to me at what hour I took to my bed {night}."],
    "dinner_on_distance": ["lango so mbi {past} {km} km, mbi te nye na kobe ti bi?",
                           '//day[{past}/@km="{km}"]/dinner/food',
                           "Some days I put more kilometres on my legs than on the cart. What did I sit down "
                           "to in the evening the day I {past} {km} km?",
                           "Relate to me what I took for dinner on the day I {past} {km} km." + BY_RETURN],
    "meeting_after_workout": ["na peko ti {noun} {day}, zo wa si a-yeke na bungbi so a-ga na peko?",
                              '//workout[@name="{noun}"][@date="{day}"]/following::meeting[1]/attendee/@name',
                              "I sometimes go to a meeting with clay still under my nails. Who sat in the first "
                              "meeting I went to once the {noun} {day} was over?",
                              "Bring to my notice the persons present at the first meeting after my {noun} "
                              "{day}."],
    "lunch_on_meeting_day": ["lango so {title} a-si, mbi te kobe ti bekombite na ndo wa?",
                             '//day[meeting/@title="{title}"]/lunch/@eaten-at',
                             "Meeting days I leave the pits and eat in town. Where was lunch on the day of "
                             "the {title}?",
                             "Convey to me where I lunched on the day the {title} took place." + BY_RETURN],
    "sleep_after_meeting": ["bi so a-ga na peko ti {title}, mbi lango ngbonga oke?",
                            '//night[preceding::meeting[1]/@title="{title}"]/@slept-h',
                            "A long meeting wears me out more than a load of bricks. Once the {title} let "
                            "out, how long did I sleep when night came?",
                            "Indicate to me the hours of my sleep in the night following the {title}."],
    "dinner_on_said_day": ["lango so {who} a-tene tene ti {value}, mbi te nye na bi?",
                           '//day[said[@by="{who}"]/@about="{value}"]/dinner/food',
                           "Customers chat while I load their truck. {who} got talking about {value} one "
                           "day. What went into my supper pot that evening?",
                           "Relate to me what I had at dinner on the day {who} spoke of {value}." + BY_RETURN],
    "compare_sleep": ["bi wa mbi lango ahon, {n1} wala {n2}? ngbonga oke na yeke oko oko?",
                      '//night[@date="{n1}" or @date="{n2}"]/@slept-h',
                      "One of those nights the dogs barked at the kiln till dawn. Weigh {n1} against {n2}: "
                      "which night was I asleep longer? Give the hours of both nights.",
                      "Bring to my notice whether {n1} afforded me more sleep than {n2} or less, together "
                      "with the hours of both nights."],
    "compare_caffeine": ["{d1} wala {d2}, lango wa caffeine a-ahon? give me mg ti use ni",
                         '//day[@date="{d1}" or @date="{d2}"]/sum(coffee/@caffeine-mg)',
                         "Some days my hands shake so much the moulds come out crooked. Was there more caffeine in "
                         "me on {d1} than on {d2}, or the other way round? Give each day in mg.",
                         "Convey to me whether my caffeine stood higher on {d1} than on {d2}, the milligrams of "
                         "both days to accompany it." + BY_RETURN],
    "compare_duration": ["workout ti {d1} na ti {d2}, wa a-ninga ahon? minutes ti use ni",
                         '//workout[@date="{d1}" or @date="{d2}"]/@minutes',
                         "My back tells me when I've trained too long. Set the {d1} workout beside the {d2} "
                         "workout: which one ran past the other? Minutes for the pair.",
                         "Indicate to me whether the workout of {d1} outlasted the workout of {d2}, with both "
                         "their minutes set down."],
    "compare_coffee_weeks": ["yenga so, mbi nyon kawa ahon yenga ti kozo?",
                             "count(//week[@current]/coffee) > count(//week[@previous]/coffee)",
                             "The thermos woman says I'm her best buyer lately. Am I drinking more coffee "
                             "this week than in the one before it?",
                             "Relate to me whether my coffee drinking this week surpasses that of the week "
                             "preceding." + BY_RETURN],
    "late_coffee_sleep": ["tongana mbi nyon kawa na {t} wala na peko ni, mbi lango kete?",
                          '//night[preceding::coffee[1]/@time >= "{t}"]/@slept-h',
                          "The night guard at the yard drinks coffee at midnight and snores by one. A cup "
                          "at {t} or later: do my sleeping hours pay for it?",
                          "Bring to my notice whether coffee at {t} or after it curtails my sleep."],
    "late_dinner_sleep": ["tongana mbi te kobe ti bi na {t} wala na peko ni, lango ti mbi a-kiri kete?",
                          '//night[preceding::dinner[1]/@time >= "{t}"]/@slept-h',
                          "When an evening load comes in I eat late. Supper at {t} or later: do I end up "
                          "with fewer hours of sleep?",
                          "Convey to me whether an evening meal at {t} or afterwards lessens my sleep."
                          + BY_RETURN],
    "exercise_sleep": ["tongana mbi sara workout, mbi lango ahon lango so mbi sara pepe?",
                       "//night[preceding::day[1]/workout]/@slept-h",
                       "Sport tires the body differently from bricks. After a training day, is my night "
                       "any longer than after a day with none?",
                       "Indicate to me whether I sleep longer on nights that follow exercise than on nights "
                       "that follow a rest day."],
    "caffeine_sleep": ["tongana mbi nyon {mg} mg caffeine wala ahon, lango ti mbi a-yeke tongana nye na lo "
                       "na mbeni bi nde?",
                       '//night[preceding::day[1]/sum(coffee/@caffeine-mg) >= {mg}]/sleep',
                       "Some firing days I live on coffee. Once I've had {mg} mg of caffeine or more, how "
                       "does my sleep measure against the rest of my nights?",
                       "Relate to me how my sleep after days of {mg} mg of caffeine or beyond stands against "
                       "my sleep on the remaining nights." + BY_RETURN],
    "exercise_coffee": ["mbi nyon kawa ahon na lango ti workout wala na lango so mbi sara workout pepe?",
                        "//day[workout]/count(coffee)",
                        "On training mornings I buy two cups from the thermos woman. Do I drink more coffee "
                        "on workout days or on rest days?",
                        "Bring to my notice whether my coffee runs higher on days of exercise or on days "
                        "of repose."],
    "fu_day_before": ["lango so a-si kozo ti ni?",
                      "$last/preceding::day[position() = 1]",
                      "Step me one day further back, like the row of bricks before this one.",
                      "Pose the identical question for the day before."],
    "fu_meeting_length": ["bungbi ni, a-mu minutes oke?",
                          "$last/meeting/@minutes",
                          "That same meeting: how many minutes of my day did it eat?",
                          "Pose the identical question as to how long that meeting lasted."],
    "fu_other_day": ["{day} ni?",
                     '$last[@date="{day}"]',
                     "Run it once more with {day} in place.",
                     "Pose the identical question for {day}." + BY_RETURN],
    "fu_other_person": ["{who} ni?",
                        '$last[@name="{who}"]',
                        "Put {who} in that question and ask it again.",
                        "Pose the identical question with regard to {who}."],
    "fu_night_before": ["bi so a-si kozo ti ni?",
                        "$last/preceding::night[position() = 1]",
                        "Step me back one night, like the firing before this one.",
                        "Pose the identical question for the night before."],
    "fu_today": ["laso ti si na ngoi so?",
                 '$last[@date="today"]',
                 "Today too, cockcrow until this minute.",
                 "Pose the identical question for today, up to this moment of it."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = SANGO[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"laso ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"biri ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd} {_words(day)}", f"{_words(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"bi ti {SANGO[day.weekday()]} ({_slash(day)}-{_slash(after)})", f"bi ti {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"bi ti biri ({_slash(day)}-{_slash(after)})"]
    return options
