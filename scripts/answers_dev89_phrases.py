"""Question phrasings of the answers benchmark's eighty-ninth tuning set, ``dev89`` (docs/benchmarks.md, "Answers").

``dev89`` was the held-out set until 2026-12-06, when, after its measurement at 0821093 (grounded
accuracy 0.519; worst category attendees 0.273; unsupported 0.004; abstention 0.955; p95 0.028 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev88``, answers_dev88_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or
its time parser and without copying the other sets' phrasing tables; where the disjointness checks
found a wording already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young solar technician from Ségou, who fits panels on roofs and clinics for a Bamako firm with
  Ghanaian partners and learnt the trade in Accra, types lower case and switches between English and
  Bambara (Bamanankan) inside a sentence (no earlier set's language, nor a close neighbour of one:
  Bambara is a Manding language of the Mande branch of Niger-Congo, while the earlier sets' Wolof is
  Atlantic, their Lingala, Swahili and the rest Bantu, Krio an English creole and Hausa Chadic, of
  another family), in its Latin spelling with "ɛ", "ɔ" and "ɲ", as phones type it: "mun" for what,
  "jumɛn" for which, "min" for where (and for the one that), "yɔrɔ jumɛn" for at which place, "jɔn ni
  jɔn" for who all, "joli" for how many and how much, "waati jumɛn" for at what time, "lɛrɛ joli"
  and "miniti joli" for how many hours and minutes, "siɲɛ joli" for how many times, "a tɔgɔ ye di"
  for what it is called, "sɔgɔmadaraka", "tilelafana" and "surɔfana" for breakfast, lunch and
  dinner, "dun" for eating, "min" for drinking, "kafe" for coffee, "ɲɔgɔnye" for a meeting, "sunɔgɔ"
  for sleep, "wuli" for getting up, "da" for lying down, "boli" for running, "mɛn" for lasting,
  "gafe", "filimu" and "wulu" for a book, a film and a dog, "denmuso" for a daughter, "san" for
  years, "dugu" for a town, "don" for a day, "dɔgɔkun" for a week, "kabini" for since, "kɔ" and
  "kɔfɛ" for after, "ɲɛ" for before, "fɔlɔ" for first, "{who} ko" for what someone says, "ɲinana"
  for forgetting, "wa" closing a yes-or-no question, "walima" for or, "ni" for and, English nouns
  and clauses where they come first to mind (a workout, a launch, "i rode the bike"), her follow-ups
  closed with "dun?" (and what about ...?);
- an assistant lecturer who teaches programming in Scheme at the university in Bamako and types every
  question as a Scheme expression: lower case, in round brackets, what he wants first as the
  operator, named in words joined by hyphens ("book-title", "hours-slept", "sum-mg"), applied to
  what it belongs to, nested ("(where (lunch "{day}"))", "(time (first (coffees "{day}")))"), days,
  nights, names and titles as strings in double quotes, a yes-or-no question as a predicate whose
  name ends in "?", as Scheme names them ("(less-sleep? ...)"), no question mark otherwise, his
  follow-ups "(same-query ...)" with what changes;
- a griot (a jeli, of a family of jeliw from Kita) who plays the kora at weddings and naming
  ceremonies in Bamako, writing in sentences with capitals, who makes a remark from his working
  life before or after the question (the kora's twenty-one strings, the calabash and the cowhide,
  the leather rings he tunes it with, the praise songs and the family names he sings, the patrons
  who press banknotes to his forehead, the rainy-season weddings, his son learning the instrument);
- a retired archivist of the national archives who writes formal sentences with formulas of his
  own: "I would be made certain ...", "I stand in need of knowing ...", "It is my wish to have
  on record ...", some closed with "With my respects.", his follow-ups opened with "A further
  entry:".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev89 life lives in Africa/Bamako, from Monday 28 July 2036 to 12 August; Mali keeps
Greenwich Mean Time all year, with no summer time (zoneinfo gives one offset over all of 2035 to
2037, and so over its 16 days, 28 July to 12 August), so no clock changes inside it. Dates are
written as people in Bamako write them: day first, with slashes, both padded, and the year in full
("28/07/2036"), or the day and month alone the same way ("28/07"); in words, as Bambara writes them,
the month's name with "kalo" (month) joined to it, then "tile" (day) and the day's number:
"zuluyekalo tile 28", 28 July, with "san" (year) and the year before them for a day that may lie
outside the life ("san 2036 zuluyekalo tile 28"). Weekdays are in Bambara, lower case ("ntɛnɛn",
"tarata", "araba", "alamisa", "juma", "sibiri", "kari", Monday to Sunday): a day as its weekday with
the slashed day in brackets ("ntɛnɛn (28/07)"), as its weekday and the date in words ("ntɛnɛn
zuluyekalo tile 28"), or as the date in words alone; for a day that may lie outside the life always
with the year ("ntɛnɛn 28/07/2036", or the date in words with the year); today and yesterday alone,
or as "bi" (today) and "kunu" (yesterday) with the slashed day in brackets, and the day before
yesterday also as "kunasini" the same way. A night is named by the day it starts on and "sufɛ" (at
night): "ntɛnɛn sufɛ" is the night from Monday into Tuesday, always with its two slashed days in
brackets ("ntɛnɛn sufɛ (28/07-29/07)"), or with the date in words ("zuluyekalo tile 28 sufɛ"); last
night alone, "last night", or as "kunu sufɛ" with its two slashed days in brackets. No day's name
ends in a dot, so that no question ends in two dots. Workouts are named with places in and around
Bamako: along the river at the Cité du Niger, round the Stade Modibo Keïta's track and up the
Koulouba hill road; out to Koulikoro on the river road, over the Pont des Martyrs and out to Siby;
the Hôtel de l'Amitié's pool and the Azalaï Grand Hôtel's; a studio in ACI 2000 and the Parc
National de Bamako at dawn; up to the arch of Kamadjan at Siby and up the rocks of Point G.
"""


from __future__ import annotations

from datetime import date, timedelta

BM = ("ntɛnɛn", "tarata", "araba", "alamisa", "juma", "sibiri", "kari")
"""Bambara weekdays, Monday to Sunday."""
MONTHS = ("zanwuye", "feburuye", "marisi", "awirili", "mɛ", "zuwɛn", "zuluye", "uti", "sɛtanburu", "ɔkutɔburu",
          "nowanburu", "desanburu")
"""The months' Bambara names (with "kalo", month, joined to them in a date)."""

NOUNS = {"run": ("run along the river at the Cité du Niger", "run round the Stade Modibo Keïta track",
                 "run up the Koulouba hill road"),
         "cycle": ("ride out to Koulikoro on the river road", "ride over the Pont des Martyrs", "ride out to Siby"),
         "swim": ("swim at the Hôtel de l'Amitié pool", "swim in the Azalaï Grand Hôtel pool"),
         "yoga": ("yoga class at a studio in ACI 2000", "yoga session at dawn in the Parc National de Bamako"),
         "climb": ("climb up to the arch of Kamadjan at Siby", "climb up the rocks of Point G")}
"""What this set's questions call a workout of each activity: places in and around Bamako."""

RESPECTS = " With my respects."
"""The archivist's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["gafe min {who} ko n ka kalan, a tɔgɔ ye di? n ɲinana a kɔ",
             '(book-title (recommended-by "{who}"))',
             "The strings of my kora were out of tune all through last week's wedding. What was the book {who} "
             "told me I ought to read?",
             "I would be made certain which book {who} put forward as my reading." + RESPECTS],
    "film": ["filimu jumɛn {who} ko n ka filɛ? the one i must not miss",
             '(film-title (must-see-per "{who}"))',
             "A naming ceremony fills my Saturday, but Sunday is free for the cinema. Which film does {who} "
             "insist I go and watch?",
             "I stand in need of knowing the film {who} judged I ought not to miss."],
    "offsite": ["{who} ko offsite taara dugu jumɛn na sisan?",
                '(offsite-city (moved-per "{who}"))',
                "I travel with my kora wherever the families call me. In what city will the offsite be held now, "
                "on {who}'s telling?",
                "It is my wish to have on record the city to which, according to {who}, the offsite has been "
                "transferred." + RESPECTS],
    "restaurant": ["{who} ye restoran min tando kosɛbɛ, o tɔgɔ ye di? i want to take my sister there",
                   '(restaurant-name (praised-by "{who}"))',
                   "{who} praised that restaurant the way I praise the Keïtas at a wedding. What is its name?",
                   "I would be made certain what restaurant was so warmly recommended by {who}."],
    "flight": ["{who} ka flight bɛ jigin waati jumɛn? i'm the one picking them up at Senou",
               '(arrival-clock-time (plane-of "{who}"))',
               "I will play the kora at the airport gate when {who} arrives, as is owed to a guest. At what "
               "hour is that plane due on the ground?",
               "I stand in need of knowing at what hour the flight carrying {who} is to touch down." + RESPECTS],
    "dog": ["{who} ka wulu kura, a tɔgɔ ye di?",
            '(pet-name (new-dog-of "{who}"))',
            "A griot knows every family's names, yet the name of {who}'s new dog escapes me. What do they call "
            "the animal?",
            "It is my wish to have on record the name given to the new dog of {who}."],
    "launch": ["{who} ko {project} launch bɛna kɛ don jumɛn sisan?",
               '(new-launch-date "{project}" (per "{who}"))',
               "Even a wedding in the rains gets put off less often than this. To what date has {who} now shifted "
               "the {project} launch?",
               "I would be made certain to what date the {project} launch has been deferred, as {who} has "
               "reported it." + RESPECTS],
    "age": ["{who} denmuso bɛna san joli sɔrɔ a ka birthday nata la?",
            '(age-at-next-birthday (daughter-of "{who}"))',
            "I am to sing at the girl's birthday and the song must carry her years. How old will {who}'s "
            "daughter be when that birthday comes?",
            "I stand in need of knowing the age that the daughter of {who} attains at her coming birthday."],
    "podcast": ["podcast jumɛn {who} ko n ka lamɛn? for the long drives to the sites",
                '(podcast-name (recommended-by "{who}"))',
                "My son practises his scales on the kora and I need something else in my ears. Which podcast was "
                "it {who} suggested to me?",
                "It is my wish to have on record which podcast {who} advised me to hear." + RESPECTS],
    "breakfast_food": ["{day} n ye mun dun sɔgɔmadaraka la? n hakili t'a la tugun",
                       '(what-i-ate (breakfast "{day}"))',
                       "I restrung the kora at first light {day}. And what did I eat for my breakfast after it?",
                       "I would be made certain what my morning meal was composed of {day}."],
    "lunch_food": ["lunch {day}, n ye mun dun?",
                   '(foods (lunch "{day}"))',
                   "We rehearsed a new praise song straight through the middle of the day {day}. What food was on "
                   "my plate at lunch?",
                   "I stand in need of knowing what I ate at the midday meal {day}." + RESPECTS],
    "dinner_food": ["{day} surɔfana, n ye mun dun? honestly n ɲinana",
                    '(dishes (dinner "{day}"))',
                    "The wedding crowd had me singing until late {day}. What did they give me for my dinner?",
                    "It is my wish to have on record the dishes of my evening meal {day}."],
    "lunch_place": ["{day} n ye tilelafana dun min?",
                    '(place-eaten (lunch "{day}"))',
                    "My fingers needed an hour's rest from the strings {day}. Where did I go and eat my lunch in "
                    "that hour?",
                    "I would be made certain where I took the midday meal {day}." + RESPECTS],
    "dinner_place": ["dinner {day}, n ye a dun yɔrɔ jumɛn?",
                     '(venue (dinner "{day}"))',
                     "After the evening's praise singing {day} I was hungry as a hyena. In which place did I sit "
                     "down to dinner?",
                     "I stand in need of knowing at which establishment I took my evening meal {day}."],
    "workout_kind": ["{day} n ye workout suguya jumɛn kɛ?",
                     '(activity-type (training "{day}"))',
                     "A kora player needs strong shoulders as well as quick thumbs. What kind of training did "
                     "those shoulders get {day}?",
                     "It is my wish to have on record which form of physical exercise I practised {day}." + RESPECTS],
    "heart_rate": ["{noun} {day}, n ka average heart rate tun ye joli ye?",
                   '(avg-heart-rate (workout "{noun}" "{day}"))',
                   "My heart keeps time with the song when I play. What was its average beat during the {noun} "
                   "{day}?",
                   "I would be made certain what my heart rate averaged over the {noun} {day}."],
    "sleep_quality": ["{night} n sunɔgɔra ka ɲi wa, walima a ma ɲi?",
                      '(good-or-poor (sleep-on "{night}"))',
                      "The drummers next door played till the small hours {night}. Was my sleep good through all "
                      "that, or poor?",
                      "I stand in need of knowing whether I slept soundly or ill {night}." + RESPECTS],
    "sleep_night": ["{night} n sunɔgɔra lɛrɛ joli?",
                    '(hours (sleep-on "{night}"))',
                    "A family from Kayes had me sing their lineage well past midnight {night}. How many hours "
                    "did I get to sleep?",
                    "It is my wish to have on record the number of hours I slept {night}."],
    "exercise_duration": ["{noun} {day} mɛnna miniti joli?",
                          '(minutes (workout "{noun}" "{day}"))',
                          "My son tuned the kora for me while I was away. How many minutes did the {noun} "
                          "{day} keep me from the house?",
                          "I would be made certain how many minutes the {noun} {day} occupied." + RESPECTS],
    "meeting_duration": ["{title} ɲɔgɔnye {day} mɛnna miniti joli?",
                         '(minutes (meeting "{title}" "{day}"))',
                         "A praise song has a proper length and a meeting should too. How many minutes did the "
                         "{title} meeting run to {day}?",
                         "I stand in need of knowing the duration in minutes of the {title} meeting {day}."],
    "distance_run": ["{day} n bolila kilomɛtɛrɛ joli?",
                     '(km-covered (run-on "{day}"))',
                     "Running keeps the breath long for the high notes. How many kilometres did I put "
                     "behind me on the run {day}?",
                     "It is my wish to have on record how many kilometres I ran {day}." + RESPECTS],
    "distance_cycle": ["{day} i rode the bike, kilomɛtɛrɛ joli?",
                       '(km (bike-ride "{day}"))',
                       "I cannot carry the kora on a bicycle, so I ride without it. How far did the pedals take "
                       "me {day}, in kilometres?",
                       "I would be made certain what distance in kilometres I cycled {day}."],
    "distance_swim": ["{day} n ye swim kɛ, distance tun ye joli ye?",
                      '(length-swum "{day}")',
                      "Water is good for a singer's tired throat. In metres or kilometres, how much distance did "
                      "my arms cover swimming {day}?",
                      "I stand in need of knowing the distance I covered in the water {day}." + RESPECTS],
    "attendees": ["{title} meeting {day}, jɔn ni jɔn tun bɛ yen?",
                  '(attendees (meeting "{title}" "{day}"))',
                  "A griot notes who is present at every gathering, but I lost count at this one. Whose faces "
                  "were around the table at the {title} meeting {day}?",
                  "It is my wish to have on record the persons present at the {title} meeting {day}."],
    "coffee_count": ["{day} n ye kafe joli min?",
                     '(length (coffees-drunk "{day}"))',
                     "Coffee keeps my voice awake through a long ceremony. How many cups of it did I get through "
                     "{day}?",
                     "I would be made certain how many coffees I drank {day}." + RESPECTS],
    "caffeine": ["{day} caffeine bɛɛ lajɛlen ye mg joli ye?",
                 '(sum-mg (caffeine "{day}"))',
                 "Every host pours me a coffee before I sing. What did my caffeine come to in milligrams {day}?",
                 "I stand in need of knowing my caffeine intake {day}, reckoned in milligrams."],
    "meeting_count": ["{day} n ye ɲɔgɔnye joli kɛ?",
                      '(length (meetings-held "{day}"))',
                      "Meetings are a poor audience for a kora. How many of them did I sit through {day}?",
                      "It is my wish to have on record the number of meetings I attended {day}." + RESPECTS],
    "km_week": ["kabini ntɛnɛn, {activity} km joli bɛ n bolo?",
                '(sum-km (workouts "{activity}" (since "monday")))',
                "The wedding season leaves me little time for sport. Since Monday, how many kilometres of "
                "{activity} have I done?",
                "I would be made certain how many kilometres of {activity} I have amassed since Monday."],
    "workouts_week": ["nin dɔgɔkun in, n ye workout siɲɛ joli kɛ ka se sisan ma?",
                      '(length (workouts-done (this-week)))',
                      "My son says I sing more than I train. How many training sessions has this week seen from me?",
                      "I stand in need of knowing how many sessions of exercise I have had in the current week."
                      + RESPECTS],
    "first_coffee": ["{day} n ye kafe fɔlɔ min waati jumɛn?",
                     '(time (first (coffees "{day}")))',
                     "No string of mine is tuned before the first coffee. At what time did I drink it {day}?",
                     "It is my wish to have on record the hour of my first coffee {day}."],
    "last_coffee": ["{day} last coffee, n y'a min waati jumɛn?",
                    '(time (last (coffees "{day}")))',
                    "I sang at a naming ceremony well into the evening {day}. When was my final cup of coffee?",
                    "I would be made certain at what hour I drank my last coffee {day}." + RESPECTS],
    "first_meeting": ["{day} ɲɔgɔnye fɔlɔ daminɛna waati jumɛn?",
                      '(start-time (first (meetings "{day}")))',
                      "A rehearsal was waiting for me that morning. At what hour did the first of my meetings get "
                      "going {day}?",
                      "I stand in need of knowing the hour at which my first meeting opened {day}."],
    "wake": ["{day} n wulila waati jumɛn?",
             '(clock-time (got-up "{day}"))',
             "The call to prayer wakes the whole of my quarter. At what time was I on my feet {day}?",
             "It is my wish to have on record the hour of my rising {day}." + RESPECTS],
    "bedtime": ["{night} n dara waati jumɛn?",
                '(clock-time (lay-down "{night}"))',
                "I hung the kora on its nail and only then went to lie down {night}. What hour did the clock show "
                "then?",
                "I would be made certain at what hour I went to my bed {night}."],
    "dinner_on_distance": ["don min na i {past} {km} km, o don surɔfana, n ye mun dun?",
                           '(dinner (day-when "i {past} {km} km"))',
                           "I {past} {km} km one day and could hardly hold the kora afterwards. What did I have "
                           "for dinner when that day ended?",
                           "I stand in need of knowing what my evening meal consisted of on the day I {past} {km} "
                           "km." + RESPECTS],
    "meeting_after_workout": ["{noun} {day} kɔ, next meeting la jɔn ni jɔn tun bɛ yen?",
                              '(attendees (next-meeting (after (workout "{noun}" "{day}"))))',
                              "I went straight from the {noun} {day} to a meeting, my breath still short. Who was "
                              "in the room with me there?",
                              "It is my wish to have on record the attendance at the first meeting held after my "
                              "{noun} {day}."],
    "lunch_on_meeting_day": ["{title} ɲɔgɔnye don, n ye tilelafana dun min?",
                             '(where (lunch (day-of (meeting "{title}"))))',
                             "The {title} meeting cost me a morning's practice. Where did I find my midday "
                             "meal that day?",
                             "I would be made certain where I lunched on the day of the {title} meeting."
                             + RESPECTS],
    "sleep_after_meeting": ["{title} ɲɔgɔnye kɔ sufɛ, n sunɔgɔra lɛrɛ joli?",
                            '(hours-slept (night-after (meeting "{title}")))',
                            "The {title} meeting went round my head like a refrain that evening. How many hours "
                            "of sleep did I get the night that followed it?",
                            "I stand in need of knowing how long I slept on the night that came after the {title} "
                            "meeting."],
    "dinner_on_said_day": ["don min {who} ye {value} kofɔ, o don n ye mun dun surɔfana la?",
                           '(dinner (day-when "{who}" (mentioned "{value}")))',
                           "{who} brought up {value} while I was tuning between two songs. What was my dinner on "
                           "the day that happened?",
                           "It is my wish to have on record my evening meal on the day {who} made mention of "
                           "{value}." + RESPECTS],
    "compare_sleep": ["{n1} ni {n2}, su jumɛn n sunɔgɔra ka jan? with the hours of each night",
                      '(longer-with-both-hours (sleep "{n1}") (sleep "{n2}"))',
                      "Some nights the weddings let me rest and some they do not. Did {n1} or {n2} leave me "
                      "the longer rest, and how many hours did each come to?",
                      "I would be made certain on which night, {n1} or {n2}, my sleep was the longer, the hours of "
                      "each being stated."],
    "compare_caffeine": ["{d1} ni {d2}, don jumɛn caffeine ka ca? mg joli, a fila bɛɛ",
                         '(more-with-both-mg (caffeine "{d1}") (caffeine "{d2}"))',
                         "My hosts pour coffee with a heavy hand. Of {d1} and {d2}, which day filled me with the "
                         "greater dose of caffeine, and how many milligrams was each?",
                         "I stand in need of knowing whether {d1} or {d2} carried the greater quantity of "
                         "caffeine, with the milligrams for the two of them." + RESPECTS],
    "compare_duration": ["workout {d1} ni workout {d2}, jumɛn mɛnna ka tɛmɛ? miniti a fila bɛɛ",
                         '(longer-with-both-minutes (workout "{d1}") (workout "{d2}"))',
                         "A song runs as long as the patron pays, and a workout as long as my legs hold. Between "
                         "the workout {d1} and the workout {d2}, which went on the longer? I want each one's "
                         "minutes as well.",
                         "It is my wish to have on record whether my workout {d1} exceeded in length my workout {d2}, "
                         "or fell short of it, with the number of minutes of both."],
    "compare_coffee_weeks": ["nin dɔgɔkun in, n ka kafe ka ca ni dɔgɔkun tɛmɛnen ta ye wa, walima a ka dɔgɔ?",
                             '(compare (coffees (this-week)) (coffees (last-week)))',
                             "This week I played three weddings and drank coffee at every one. Have I had more "
                             "coffee than the week before, or fewer?",
                             "I would be made certain whether my coffee in this week exceeds or falls short "
                             "of that in the previous one." + RESPECTS],
    "late_coffee_sleep": ["ni n ye kafe min {t} walima o kɔfɛ, n bɛ sunɔgɔ dɔɔnin wa o su?",
                          '(shorter-nights? (after (coffee-at-or-after "{t}")))',
                          "Hosts keep pouring me coffee late in the ceremony. When I drink one at {t} or later, "
                          "is my night's sleep the shorter for it?",
                          "I stand in need of knowing whether coffee drunk at {t} or after it shortens my sleep."],
    "late_dinner_sleep": ["don minnu n ye surɔfana dun {t} walima o kɔfɛ, n sunɔgɔ bɛ surunya wa?",
                          '(shorter-nights? (after (dinner-at-or-after "{t}")))',
                          "At weddings the food comes out when the singing stops. Does eating at {t} or later "
                          "cost me hours of sleep?",
                          "It is my wish to have on record whether an evening meal at {t} or later reduces my "
                          "sleep." + RESPECTS],
    "exercise_sleep": ["workout don kɔfɛ, n bɛ sunɔgɔ ka jan ni rest day kɔfɛ wa?",
                       '(more-sleep-after? workout-days rest-days)',
                       "On some days I train and on others I only play. Is my sleep longer after the days I "
                       "train?",
                       "I would be made certain whether my nights after days of exercise are longer than "
                       "those after days without it."],
    "caffeine_sleep": ["don minnu caffeine sera {mg} mg walima ka tɛmɛ, o su nata, n sunɔgɔ bɛ cogo di ni su "
                       "tɔw ye?",
                       '(compare-sleep (nights-after (caffeine-at-least "{mg} mg")) (other-nights))',
                       "In the wedding season my caffeine climbs to {mg} mg or beyond on many days. How do the "
                       "nights after those days compare with the rest of my nights?",
                       "I stand in need of knowing how my sleep after days of {mg} mg of caffeine or more "
                       "compares with my sleep on other nights." + RESPECTS],
    "exercise_coffee": ["workout don, n bɛ kafe min ka tɛmɛ rest day kan wa?",
                        '(more-cups-on? workout-days rest-days)',
                        "After training I treat myself to coffee, or so my wife says. Do I drink more of it on "
                        "days I train than on days I rest?",
                        "It is my wish to have on record whether I drink more coffee on days of exercise than on "
                        "days of rest."],
    "fu_day_before": ["a ɲɛ don dun?",
                      '(same-query (previous-day))',
                      "Go back one verse, as in a song: the day before, then?",
                      "A further entry: the same for the day before it."],
    "fu_meeting_length": ["o ɲɔgɔnye mɛnna joli?",
                          '(minutes that-meeting)',
                          "How long did that meeting hold me away from my kora?",
                          "A further entry: the length of that meeting."],
    "fu_other_day": ["{day} dun? n bolila joli?",
                     '(same-query (day "{day}"))',
                     "I believe I ran {day} too. How far did I go on that occasion?",
                     "A further entry: the same for {day}."],
    "fu_other_person": ["{who} dun? ɲininkali kelen",
                        '(same-query (person "{who}"))',
                        "I would sing {who}'s name next. What is the answer to the same question for {who}?",
                        "A further entry: the same regarding {who}."],
    "fu_night_before": ["a ɲɛ su dun?",
                        '(same-query (previous-night))',
                        "Weddings run late most nights in the rains. And one night earlier still?",
                        "A further entry: the same for the night before it."],
    "fu_today": ["bi dun? ka se sisan ma joli?",
                 '(same-query (today-so-far))',
                 "The day is not over, and neither is my singing. What is the count for today so far?",
                 "A further entry: today's figure, up to the present hour."],
}
"""Every question key's templates: the technician's, the lecturer's, the griot's, the archivist's."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{MONTHS[day.month - 1]}kalo tile {day.day}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"san {day.year} {_words(day)}", f"{BM[wd]} {_full(day)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"bi ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"kunu ({_slash(day)})"]
    options = [f"{BM[wd]} ({_slash(day)})", f"{BM[wd]} {_words(day)}", _words(day)]
    if back == 2:
        options.append(f"kunasini ({_slash(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{BM[day.weekday()]} sufɛ ({_slash(day)}-{_slash(after)})", f"{_words(day)} sufɛ"]
    if (today - day).days == 1:
        options += ["last night", f"kunu sufɛ ({_slash(day)}-{_slash(after)})"]
    return options
