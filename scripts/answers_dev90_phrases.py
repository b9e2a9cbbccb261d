"""Question phrasings of the answers benchmark's ninetieth tuning set, ``dev90`` (docs/benchmarks.md, "Answers").

``dev90`` was the held-out set until 2026-12-06, when, after its measurement at 4e71868 (grounded
accuracy 0.686; worst category multi_hop 0.273; unsupported 0.0; abstention 0.909; p95 0.022 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev89``, answers_dev89_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or
its time parser and without copying the other sets' phrasing tables; where the disjointness checks
found a wording already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young forestry officer from Punakha, at the ministry in Thimphu, who types lower case and
  switches between English and Dzongkha inside a sentence (no earlier set's language, nor a close
  neighbour of one: Dzongkha is a South Tibetic language of the Tibeto-Burman languages, while the
  earlier sets' Burmese is Lolo-Burmese, another branch, and their Nepali English Indo-Aryan, of
  another family), in the Latin letters Bhutanese phones type it in: "ga chi" for what, "gadee" for
  which, "gatey" for where, "su" and "su su" for who and who all, "gademchi" for how many and how
  much, "baza gademchi" for at what o'clock, "chu tshoe gademchi" and "karma gademchi" for how many
  hours and minutes, "lo" for years, "ming ga chi mo" for what it is called, "nga" and "nga gi" for I
  and my, "za" for eating, "thung" for drinking, "nyel" for sleep, "lang" for getting up, "lab" for
  saying, "nyen" for listening, "zha" for a day, "numo" for a night, "duenthra" for a week, "dep",
  "khi" and "bum" for a book, a dog and a daughter, "sarpa" for new, "zakhang" for a restaurant,
  "dang" for and, "lay" for from and than, "shul" for after, "hema" for before, "mang" for more,
  "gadebe" for how, "mo" and "na" closing a question, "la" for politeness, English nouns and verbs
  where they come first to mind (a workout, a launch, "cycle ride"), her follow-ups closed with
  "yang?" (too?);
- a research assistant at a policy centre in Thimphu who spends his days searching journal databases
  and types every question as a Boolean search string: lower-case terms joined by "AND", alternatives
  in brackets with "OR" ("(good OR poor)", "("{n1}" OR "{n2}")"), days, nights, names, titles and
  phrases in double quotes ('lunch AND "{day}" AND location'), a yes-or-no question closed with
  "AND (yes OR no)", no question mark, his follow-ups "repeat search AND ..." with what changes;
- a masked dancer who dances the cham at the tshechu festivals in the courtyard of the Tashichho
  Dzong, writing in sentences with capitals, who makes a remark from his working life before or after
  the question (the painted stag mask, the brocade costume and its torn sleeves, the spinning leaps
  and his knees, the long horns, the cymbals and the big drum, the dance master and the weeks of
  rehearsal before the autumn festival, the clown's part, the great thongdrel unveiled at dawn);
- a retired dzongda (the head of a district's administration) who writes formal sentences with
  formulas of his own: "I should value learning ...", "I would ask to be acquainted with ...", "Let
  me be furnished with ...", some closed with "Respectfully submitted.", his follow-ups opened with
  "Let the same be furnished".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev90 life lives in Asia/Thimphu, from Monday 4 August 2036 to 19 August; Bhutan keeps
Bhutan Time (UTC+6) all year, with no summer time (zoneinfo gives one offset over all of 2035 to
2037, and so over its 16 days, 4 to 19 August), so no clock changes inside it. Dates are written as
people in Thimphu write them: day first, with slashes, both padded, and the year in full
("04/08/2036"), or the day and month alone the same way ("04/08"); in words as Bhutanese English
writes them, the day's ordinal before the month ("4th August"), with the year after them for a day
that may lie outside the life ("4th August 2036"). Weekdays are in Dzongkha, lower case, as phones
type them ("za dawa", "za mingmar", "za lhakpa", "za phurpa", "za pasang", "za penpa", "za nyima",
Monday to Sunday): a day as its weekday with the slashed day in brackets ("za dawa (04/08)"), as its
weekday and the date in words ("za dawa 4th August"), or as the date in words with the weekday in
brackets ("4th August (za dawa)"); for a day that may lie outside the life always with the year ("za
dawa 04/08/2036", or "4th August 2036 (za dawa)"); today and yesterday alone, or as "dari" (today)
and "khatsa" (yesterday) with the slashed day in brackets. A night is named by the day it starts on
and "numo" (night): "za dawa numo" is the night from Monday into Tuesday, always with its two slashed
days in brackets ("za dawa numo (04/08-05/08)"), or with the date in words ("4th August numo"); last
night alone, "last night", or as "khatsa numo" with its two slashed days in brackets. No day's name
ends in a dot, so that no question ends in two dots. Workouts are named with places in and around
Thimphu: along the Wang Chhu riverside path, round the Changlimithang stadium track and up to the
Buddha Dordenma at Kuensel Phodrang; up to the Dochula pass, out to Paro on the highway and up the
Sangaygang road; the public pool near Changlimithang and the Taj Tashi hotel's; a studio in
Motithang and dawn by the Memorial Chorten; the crags above Dechencholing and the rocks below Tango
monastery.
"""


from __future__ import annotations

from datetime import date, timedelta

DZ = ("za dawa", "za mingmar", "za lhakpa", "za phurpa", "za pasang", "za penpa", "za nyima")
"""Dzongkha weekdays, Monday to Sunday, as phones type them in Latin letters."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as Bhutanese English writes them, after the day's ordinal."""

NOUNS = {"run": ("run along the Wang Chhu riverside path", "run round the Changlimithang stadium track",
                 "run up to the Buddha Dordenma at Kuensel Phodrang"),
         "cycle": ("ride up to the Dochula pass", "ride out to Paro on the highway", "ride up the Sangaygang road"),
         "swim": ("swim at the public pool near Changlimithang", "swim in the Taj Tashi hotel pool"),
         "yoga": ("yoga class at a studio in Motithang", "yoga session at dawn by the Memorial Chorten"),
         "climb": ("climb on the crags above Dechencholing", "climb up the rocks below Tango monastery")}
"""What this set's questions call a workout of each activity: places in and around Thimphu."""

SUBMITTED = " Respectfully submitted."
"""The retired dzongda's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} gi lab mi dep, ming ga chi mo? i totally forgot la",
             'book AND recommended AND "{who}" AND title',
             "My stag mask is back from the painter for its fresh coat, so my evenings are free to read. Which "
             "book was it that {who} pressed me to read?",
             "I should value learning the title of the book that {who} commended to me." + SUBMITTED],
    "film": ["film gadee {who} gi must watch ze lab ci? weekend lu hall lu jo ni",
             'film AND "must see" AND "{who}" AND title',
             "Between two rehearsals in the dzong courtyard there is time for a cinema. What film did {who} say "
             "I cannot afford to miss?",
             "I would ask to be acquainted with the film which {who} held that I ought on no account to miss."],
    "offsite": ["offsite da gatey lu shift ab ci? {who} gi lab mi",
                'offsite AND moved AND "{who}" AND city',
                "A dancer goes wherever the festival calls him, and it seems the offsite does the same. To which city "
                "has it wandered now, going by {who}'s latest news?",
                "Let me be furnished with the name of the city to which {who} reports the offsite has now been "
                "removed." + SUBMITTED],
    "restaurant": ["{who} gi zakhang chi lab ci, ming ga chi mo? my cousins are coming from Trashigang",
                   'restaurant AND praised AND "{who}" AND name',
                   "{who} spoke of that restaurant the way the old dancers speak of a perfect leap. What is the "
                   "place called?",
                   "I should value learning the name of the restaurant which {who} spoke of so highly."],
    "flight": ["{who} gi flight Paro lu baza gademchi lu land ab ni? i have to drive down and pick them up",
               'flight AND "{who}" AND landing AND time',
               "I will greet {who} at Paro with a white scarf, as our custom asks. At what hour does the plane "
               "touch down?",
               "I would ask to be acquainted with the hour at which the aircraft bearing {who} is due to land."
               + SUBMITTED],
    "dog": ["{who} gi khi sarpa, ming ga chi mo?",
            'dog AND new AND "{who}" AND name',
            "The dogs of the dzong sleep through every dance, drums and all. By what name does {who} call "
            "the new puppy?",
            "Let me be furnished with the name borne by the dog that {who} has lately acquired."],
    "launch": ["{project} launch da zha gadee lu shift ab ci? {who} gi lab mi",
               '"{project}" AND launch AND postponed AND "{who}" AND "new date"',
               "Even the unveiling of the great thongdrel keeps its hour better than this. On what date will the "
               "{project} launch happen now, by {who}'s latest word?",
               "I should value learning the date to which, as {who} now reports it, the {project} launch now stands "
               "deferred." + SUBMITTED],
    "age": ["{who} gi bum, next birthday lu lo gademchi ong ni?",
            'daughter AND "{who}" AND "next birthday" AND age',
            "I promised to dance the clown's part at the girl's party. How many years old will {who}'s daughter "
            "be on that coming birthday?",
            "I would ask to be acquainted with the age the daughter of {who} will reach on her approaching "
            "birthday."],
    "podcast": ["podcast gadee {who} gi nyen ze lab ci? for the drive to Punakha",
                'podcast AND recommended AND "{who}" AND name',
                "When my knees ache after the leaps I lie still and listen to something. Which podcast was it "
                "that {who} pointed me towards?",
                "Let me be furnished with the name of the podcast that {who} advised me to hear." + SUBMITTED],
    "breakfast_food": ["{day} breakfast lu nga ga chi za yi? memory zero la",
                       'breakfast AND "{day}" AND foods',
                       "The horns woke the whole valley for the practice {day}. What did I have for breakfast "
                       "before I went up to the dzong?",
                       "I should value learning of what my morning meal consisted {day}."],
    "lunch_food": ["{day} lunch lu ga chi za yi?",
                   'lunch AND "{day}" AND menu',
                   "We danced the black hat steps from sunrise to noon {day}. What was on my plate when we broke "
                   "for lunch?",
                   "I would ask to be acquainted with what I was served at midday {day}." + SUBMITTED],
    "dinner_food": ["{day} dinner ga chi za yi? ema datshi mo?",
                    'dinner AND "{day}" AND dishes',
                    "The costume fittings went on until dark {day}. What did I eat for dinner after all that?",
                    "Let me be furnished with the dishes of my evening meal {day}."],
    "lunch_place": ["{day} lunch gatey lu za yi?",
                    'lunch AND "{day}" AND location',
                    "A masked dancer eats wherever he can get his mask off. Where did I manage to sit down for "
                    "lunch {day}?",
                    "I should value learning at which place I took my luncheon {day}." + SUBMITTED],
    "dinner_place": ["{day} dinner, zakhang gadee lu za yi?",
                     'dinner AND "{day}" AND restaurant',
                     "After the cymbals stopped {day} I went out hungry. In what place did I eat my dinner?",
                     "I would ask to be acquainted with the establishment where I dined {day}."],
    "workout_kind": ["{day} workout gadee ci ab yi? run mo, ride mo?",
                     'workout AND "{day}" AND activity',
                     "The spinning leaps need legs that have trained all year. What sort of exercise did I give them "
                     "{day}?",
                     "Let me be furnished with the kind of exercise I undertook {day}." + SUBMITTED],
    "heart_rate": ["{noun} {day} lu nga gi average heart rate gademchi?",
                   '"{noun}" AND "{day}" AND "average heart rate"',
                   "My heart beats like the big drum on a festival morning. What was its average rate over the "
                   "{noun} {day}?",
                   "I should value learning the mean rate of my heart during the {noun} {day}."],
    "sleep_quality": ["{night} nyel ci good mo bad mo?",
                      'sleep AND "{night}" AND quality AND (good OR poor)',
                      "My mask hung on the wall staring at me all through the dark {night}. Was my sleep good "
                      "or bad under its gaze?",
                      "I would ask to be acquainted with whether my sleep was sound or troubled {night}."
                      + SUBMITTED],
    "sleep_night": ["{night} nga chu tshoe gademchi nyel ci?",
                    'sleep AND "{night}" AND hours',
                    "The rehearsal ran late and the horns still rang in my ears {night}. How many hours of sleep "
                    "did I manage?",
                    "Let me be furnished with the number of hours I slept {night}."],
    "exercise_duration": ["{noun} {day} karma gademchi ab ci?",
                          '"{noun}" AND "{day}" AND duration AND minutes',
                          "One dance in the courtyard lasts longer than most people's patience. How many minutes "
                          "of my day did the {noun} {day} swallow before practice?",
                          "I should value learning the number of minutes taken up by the {noun} {day}." + SUBMITTED],
    "meeting_duration": ["{title} meeting {day}, karma gademchi long ab ci?",
                         '"{title}" AND meeting AND "{day}" AND duration AND minutes',
                         "A cham has its fixed number of steps; a meeting seems to have none. How many minutes "
                         "did the {title} meeting take {day}?",
                         "I would ask to be acquainted with the length, in minutes, of the {title} meeting {day}."],
    "distance_run": ["{day} run ab mi, km gademchi?",
                     'run AND "{day}" AND distance AND km',
                     "Running keeps my breath steady under the heavy mask. How many kilometres did my legs carry "
                     "me on the run {day}?",
                     "Let me be furnished with the distance, in kilometres, of my run {day}." + SUBMITTED],
    "distance_cycle": ["{day} cycle ride ab mi, km gademchi ride ab ci?",
                       'ride AND bike AND "{day}" AND km',
                       "On the bike the wind does what the brocade costume never lets it do. How many kilometres "
                       "did the pedals carry me {day}?",
                       "I should value learning how many kilometres I travelled by bicycle {day}."],
    "distance_swim": ["{day} swim ab ci, distance gademchi?",
                      'swim AND "{day}" AND distance',
                      "The pool is the one place my knees stop complaining about the leaps. How many metres "
                      "did I swim {day} before my knees felt young again?",
                      "I would ask to be acquainted with the distance I swam {day}." + SUBMITTED],
    "attendees": ["{title} meeting {day} lu su su yoe ci?",
                  '"{title}" AND meeting AND "{day}" AND participants',
                  "In the courtyard I can name every dancer by the way he moves behind his mask. Who took part in "
                  "the {title} meeting {day}?",
                  "Let me be furnished with the names of those present at the {title} meeting {day}."],
    "coffee_count": ["{day} coffee cup gademchi thung ci?",
                     'coffee AND "{day}" AND cups AND count',
                     "Our dance master forbids coffee before the morning practice, so I make up for it later. How "
                     "many cups did I allow myself {day}?",
                     "I should value learning the number of coffees I took {day}." + SUBMITTED],
    "caffeine": ["{day} coffee dang ja gi caffeine, mg gademchi ong ci?",
                 'caffeine AND "{day}" AND total AND mg',
                 "Coffee and butter tea both keep a dancer on his feet. Counting the tea and the coffee "
                 "together, how many milligrams of caffeine did I get {day}?",
                 "I would ask to be acquainted with my total intake of caffeine {day}, given in milligrams."],
    "meeting_count": ["{day} meeting gademchi attend ab ci?",
                      'meetings AND "{day}" AND count',
                      "Meetings are the only dances where nobody moves. How many of those still gatherings did I "
                      "sit in {day}?",
                      "Let me be furnished with the number of meetings I attended {day}." + SUBMITTED],
    "km_week": ["za dawa lay, {activity} km gademchi ab ci?",
                '{activity} AND km AND total AND "since Monday"',
                "With the autumn festival close, every kilometre counts for the legs. How many kilometres of "
                "{activity} have I covered since Monday?",
                "I should value learning the total kilometres of {activity} I have accomplished since Monday."],
    "workouts_week": ["duenthra di nang, workout gademchi ab ci?",
                      'workouts AND "current week" AND count',
                      "My dance master counts my practices; I count the rest. How many workouts have I fitted into "
                      "this week so far?",
                      "I would ask to be acquainted with the number of exercise sessions I have completed in the "
                      "present week." + SUBMITTED],
    "first_coffee": ["{day} first coffee baza gademchi lu thung ci?",
                     'coffee AND first AND "{day}" AND time',
                     "The long horns sound before the first dance and my first coffee is my own horn. At what time did "
                     "I raise that first cup {day}?",
                     "Let me be furnished with the time of my earliest coffee {day}."],
    "last_coffee": ["{day} last coffee baza gademchi?",
                    'coffee AND last AND "{day}" AND time',
                    "After the evening rehearsal I always want one more cup. When did I drink my final coffee {day}?",
                    "I should value learning the hour of my last coffee {day}." + SUBMITTED],
    "first_meeting": ["{day} first meeting baza gademchi lu start ab ci?",
                      'meeting AND first AND "{day}" AND "start time"',
                      "I came straight from the courtyard with paint still on my hands. At what time did my first "
                      "meeting get under way {day}?",
                      "I would ask to be acquainted with the hour at which my first meeting commenced {day}."],
    "wake": ["{day} nga baza gademchi lu lang ci?",
             'woke AND "{day}" AND time',
             "Practice starts when the monks blow the conch. At what hour did I leave my bed {day}?",
             "Let me be furnished with the hour at which I arose {day}." + SUBMITTED],
    "bedtime": ["{night} baza gademchi lu nyel ci?",
                'bedtime AND "{night}" AND time',
                "I folded the brocade costume away before lying down {night}. At what hour did my head touch "
                "the pillow?",
                "I should value learning at what hour I retired to bed {night}."],
    "dinner_on_distance": ["{km} km {past} mi zha, dinner lu ga chi za yi?",
                           'dinner AND "{past} {km} km" AND day',
                           "I {past} {km} km one day and could barely lift my arms for the cymbals after. What was on "
                           "my dinner plate at the close of that day?",
                           "I would ask to be acquainted with the meal I took in the evening of the day I {past} {km} "
                           "km." + SUBMITTED],
    "meeting_after_workout": ["{noun} {day} ab ba shul lu, next meeting lu su su yoe ci?",
                              'meeting AND after AND "{noun}" AND "{day}" AND participants',
                              "I went from the {noun} {day} to a meeting with my legs still shaking. Who was sitting "
                              "with me at that next meeting?",
                              "Let me be furnished with the names of those who attended the meeting that came next "
                              "after my {noun} {day}."],
    "lunch_on_meeting_day": ["{title} meeting yoe mi zha, lunch gatey lu za yi?",
                             'lunch AND location AND "{title}" AND "meeting day"',
                             "The {title} meeting took the morning I had meant for the dance master. Where did I go "
                             "for lunch that day?",
                             "I should value learning where I lunched on the day the {title} meeting was held."
                             + SUBMITTED],
    "sleep_after_meeting": ["{title} meeting shul gi numo, chu tshoe gademchi nyel ci?",
                            'sleep AND hours AND "night after" AND "{title}"',
                            "After the {title} meeting my head spun like the whirling dance. How many hours did I "
                            "sleep on the night that followed?",
                            "I would ask to be acquainted with the length of my sleep on the night following the "
                            "{title} meeting."],
    "dinner_on_said_day": ["{who} gi {value} lab mi zha, dinner lu ga chi za yi?",
                           'dinner AND day AND "{who}" AND "{value}"',
                           "{who} mentioned {value} while I was stitching a torn sleeve of my costume. What did I "
                           "eat for my dinner on the day of that talk?",
                           "Let me be furnished with the contents of my evening meal on the day {who} referred to "
                           "{value}." + SUBMITTED],
    "compare_sleep": ["{n1} dang {n2}, numo gadee lu nyel ci longer? hours both gi",
                      'sleep AND hours AND ("{n1}" OR "{n2}") AND longer',
                      "Some festival nights I sleep like a stone and some I hardly sleep at all. Was I longer in "
                      "bed {n1} or {n2}, and what were the hours of both?",
                      "I should value learning which of the nights {n1} and {n2} afforded me the longer sleep, "
                      "each night's hours being given."],
    "compare_caffeine": ["{d1} dang {d2}, caffeine gadee lu mang? mg both gi",
                         'caffeine AND mg AND ("{d1}" OR "{d2}") AND higher',
                         "The festival cooks pour butter tea and coffee without end. Of the two days, "
                         "{d1} and {d2}, which loaded me with more caffeine, with the milligrams of the pair?",
                         "I would ask to be acquainted with which of {d1} and {d2} saw the greater intake of "
                         "caffeine, together with the milligrams of the two." + SUBMITTED],
    "compare_duration": ["{d1} workout dang {d2} workout, gadee long ab ci? karma both gi",
                         'workout AND minutes AND ("{d1}" OR "{d2}") AND longer',
                         "A dance lasts as long as the drums say, a workout as long as my knees allow. Was the "
                         "workout {d1} or the workout {d2} the longer, with each one's minutes counted out?",
                         "Let me be furnished with a comparison of my workout {d1} and my workout {d2}: which was "
                         "of greater duration, and the minutes of both."],
    "compare_coffee_weeks": ["duenthra di coffee mang mo, last week lay? or less?",
                             'coffee AND cups AND "this week" AND "previous week" AND comparison',
                             "Rehearsal weeks make me drink more than I should. Am I ahead of last week's "
                             "coffee this week, or behind it?",
                             "I should value learning whether my consumption of coffee in the present week stands "
                             "above or below that of the week gone by." + SUBMITTED],
    "late_coffee_sleep": ["coffee {t} or later thung ba, nyel chu tshoe short ong na?",
                          'coffee AND "{t} or later" AND sleep AND shorter AND (yes OR no)',
                          "At the festival the cooks serve coffee late into the night. On days I drink it at {t} "
                          "or after, is my sleep cut short?",
                          "I would ask to be acquainted with whether a coffee taken at {t} or later leaves me with "
                          "less sleep."],
    "late_dinner_sleep": ["dinner {t} or later za ba, nyel short ong na?",
                          'dinner AND "{t} or later" AND sleep AND shorter AND (yes OR no)',
                          "On rehearsal nights we eat only when the dance master lets us go. When my dinner comes "
                          "at {t} or later, are there fewer hours of sleep in my night?",
                          "Let me be furnished with an answer as to whether dining at {t} or later curtails my "
                          "sleep." + SUBMITTED],
    "exercise_sleep": ["workout ab mi zha gi numo, nyel longer ong na rest day lay?",
                       'sleep AND "after workout days" AND "after rest days" AND longer AND (yes OR no)',
                       "Some days I train as well as dance, some days only dance. After the days I train, is my "
                       "sleep any longer?",
                       "I should value learning whether the nights after days of exercise prove longer than the "
                       "nights after days of rest."],
    "caffeine_sleep": ["caffeine {mg} mg or more ong mi zha, dhe gi numo nyel gadebe? other nights dang "
                       "compare ab",
                       'sleep AND nights AND after AND "caffeine {mg} mg or more" AND "other nights" AND compare',
                       "At festival time the tea cups never stop and my caffeine climbs to {mg} mg or more. How does "
                       "my sleep after such days compare with my other nights?",
                       "I would ask to be acquainted with how my sleep following days of {mg} mg of caffeine or "
                       "more compares with my sleep on the remaining nights." + SUBMITTED],
    "exercise_coffee": ["workout ab mi zha, coffee mang thung ga rest day lay?",
                        'coffee AND "workout days" AND "rest days" AND more AND (yes OR no)',
                        "My dance master says I drink coffee as if it were holy water. Do I drink more of it on "
                        "workout days than on rest days?",
                        "Let me be furnished with whether I drink more coffee on days of exercise than on days "
                        "without it."],
    "fu_day_before": ["dhe gi hema zha yang?",
                      'repeat search AND "day before"',
                      "Go one day further back: what do you find?",
                      "Let the same be furnished for the preceding day."],
    "fu_meeting_length": ["dhe meeting karma gademchi ab ci?",
                          'repeat search AND "that meeting" AND duration',
                          "That meeting: for how many minutes did it keep me out of the courtyard?",
                          "Let the same be furnished as to the duration of that meeting."],
    "fu_other_day": ["{day} yang? km gademchi?",
                     'repeat search AND "{day}"',
                     "I believe there was a run {day} as well. What was the distance that time?",
                     "Let the same be furnished for {day}."],
    "fu_other_person": ["{who} gi yang?",
                        'repeat search AND "{who}"',
                        "Let's hear the same about {who}: what is it in their case?",
                        "Let the same be furnished as regards {who}."],
    "fu_night_before": ["dhe gi hema numo yang?",
                        'repeat search AND "night before"',
                        "One night further back, how did my sleep go?",
                        "Let the same be furnished for the night preceding it."],
    "fu_today": ["dari yang? gademchi ong ci?",
                 'repeat search AND today AND "so far"',
                 "The day is still young and so is the festival. What is today's number up to now?",
                 "Let the same be furnished for today, to this hour."],
}
"""Every question key's templates: the forester's, the research assistant's, the dancer's, the dzongda's."""


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{_ordinal(day.day)} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = DZ[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"dari ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"khatsa ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd} {_words(day)}", f"{_words(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{DZ[day.weekday()]} numo ({_slash(day)}-{_slash(after)})", f"{_words(day)} numo"]
    if (today - day).days == 1:
        options += ["last night", f"khatsa numo ({_slash(day)}-{_slash(after)})"]
    return options
