"""Question phrasings of the answers benchmark's ninety-third tuning set, ``dev93`` (docs/benchmarks.md, "Answers").

``dev93`` was the held-out set until 2026-12-06, when, after its measurement at 594195e (grounded
accuracy 0.621; worst category multi_hop 0.318; unsupported 0.0; abstention 0.909; p95 0.029 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev92``, answers_dev92_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young Yoruba woman who sells wax-print cloth at a stall in Porto-Novo, studied in Lagos and
  types lower case, switching between English and Yoruba inside a sentence (Yoruba is a national
  language of Benin and no earlier set's language, nor a close neighbour of one: it is of the
  Yoruboid branch of Volta-Niger, of which no earlier set has a language), typed as most people type
  it on a phone, without tone marks or underdots: "ki ni" for what, "wo" and "ewo" for which, "nibo"
  for where, "ta ni" for who, "melo" for how many and how much, "aago melo" for at what o'clock,
  "wakati" and "iseju" for hours and minutes, "odun" for years, "oruko" for a name, "je" and "mu"
  for eating and drinking, "sun" for sleeping, "ji" for waking, "so" and "soro" for saying and
  speaking, "ka", "gbo" for reading and hearing, "sare", "gun keke" and "we" for running, cycling
  and swimming, "ounje aaro", "ounje osan" and "ounje ale" for breakfast, lunch and dinner ("ale"
  for a night too), "ile ounje" for a restaurant, "iwe", "omobinrin" and "omo aja" for a book, a
  daughter and a puppy, "titun" for new, "baalu" for an aeroplane, "ife" for a cup, "kofi" for
  coffee, "ipade" for a meeting, "ose" for a week, "ati" for and, "tabi" for or, "ju" for more,
  "lehin" for after, "saaju" for before, "akoko" and "ikeyin" for first and last, "da" for "and what
  about" after a follow-up's subject, and English nouns where they come first to mind (a workout, a
  launch, a podcast);
- an engineer who keeps a Cotonou payments start-up's Redis caches running and types every question
  as one Redis command: an upper-case command word (HGET for one value, SMEMBERS for people, MGET
  for two to compare, SCARD for a count of the week's workouts), each slot a double-quoted string,
  key and field names in lower case with colons ('HGET "{day}" breakfast:food'), no question mark;
  his follow-ups are "RETRY" with what changes;
- a zemidjan, a motorbike-taxi rider in his yellow shirt in Porto-Novo, writing in sentences with
  capitals, who makes a remark from his working life before or after the question (fares and
  passengers, the airport run to Cotonou, the traffic on the lagoon bridge, the coffee seller at
  the junction, the riders' union meetings, schoolgirls on the morning run, dogs at his wheels);
- a retired cartographer of Benin's geographic institute who writes formal sentences with formulas
  of his own: "Apprise me of ...", "Report to me ...", "Communicate to me ...", some closed with
  "Reply at your earliest convenience.", his follow-ups opened with "Proceed in the same way".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev93 life lives in Africa/Porto-Novo, from Monday 25 August 2036 to 9 September; Benin keeps
West Africa Time (UTC+1) all year, with no summer time (zoneinfo gives one offset over all of 2035
to 2037, and so over its 16 days, 25 August to 9 September), so no clock changes inside it. Dates
are written as people in Porto-Novo write them: day first, with slashes, both padded, and the year
in full ("25/08/2036"), or the day and month alone the same way ("25/08"); in words the day's number
before the month, with no ordinal ("25 August"), with the year after them for a day that may lie
outside the life ("25 August 2036"). Weekdays are in Yoruba, typed without tone marks and with
capitals, "Ojo Aje" for Monday, "Ojo Isegun", "Ojoru", "Ojobo", "Ojo Eti", "Ojo Abameta" and "Ojo
Aiku" for Sunday: a day as its weekday with the slashed day in brackets ("Ojo Aje (25/08)"), as its
weekday and the date in words ("Ojo Aje 25 August"), or as the date in words with the weekday in
brackets ("25 August (Ojo Aje)"); for a day that may lie outside the life always with the year ("Ojo
Aje 25/08/2036", or "25 August 2036 (Ojo Aje)"); today and yesterday alone, or as "oni" (today) and
"ana" (yesterday) with the slashed day in brackets. A night is named "ale" (evening, night) and the
day it starts on: "ale Ojo Aje" is the night from Monday into Tuesday, always with its two slashed
days in brackets ("ale Ojo Aje (25/08-26/08)"), or with the date in words ("ale 25 August"); last
night alone, "last night", or as "ale ana" with its two slashed days in brackets. No day's name ends
in a dot, so that no question ends in two dots. Workouts are named with places in and around
Porto-Novo: the lagoon road below Place Bayol, the Jardin des Plantes et de la Nature and out to
Ouando market; out to Adjarra, along the lagoon to Les Aguegues and down to the beach at
Seme-Podji; the Beaurivage hotel pool and the sea off Seme-Podji; a studio in Ouando and dawn by
the lagoon; the granite hills of Dassa-Zoume and a bouldering wall in Cotonou.
"""


from __future__ import annotations

from datetime import date, timedelta

YORUBA = ("Ojo Aje", "Ojo Isegun", "Ojoru", "Ojobo", "Ojo Eti", "Ojo Abameta", "Ojo Aiku")
"""Yoruba weekdays, Monday to Sunday, as typed without tone marks."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months in English, after the day's number."""

NOUNS = {"run": ("run along the lagoon road below Place Bayol",
                 "run round the Jardin des Plantes et de la Nature",
                 "run out to Ouando market and back"),
         "cycle": ("ride out to Adjarra", "ride along the lagoon to Les Aguegues",
                   "ride down to the beach at Seme-Podji"),
         "swim": ("swim in the Beaurivage hotel pool", "swim in the sea off Seme-Podji"),
         "yoga": ("yoga class at a studio in Ouando", "yoga session at dawn by the lagoon"),
         "climb": ("climb on the granite hills of Dassa-Zoume", "climb at a bouldering wall in Cotonou")}
"""What this set's questions call a workout of each activity: places in and around Porto-Novo."""

CONVENIENCE = " Reply at your earliest convenience."
"""The retired cartographer's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["iwe wo ni {who} ni ki n ka? title e ti jade lokan mi",
             'HGET "{who}" book:recommended',
             "A passenger left a paperback on my seat this morning and it made me think. What book did {who} "
             "tell me I had to read?",
             "Apprise me of the title of the book {who} commended to my reading." + CONVENIENCE],
    "film": ["{who} so pe mi o gbodo miss film kan, ewo ni?",
             'HGET "{who}" film:mustsee',
             "Rainy evenings there are no fares, so I watch something. Which film did {who} insist I see?",
             "Report to me the film which {who} held to be indispensable viewing."],
    "offsite": ["offsite yen, {who} ni won ti gbe lo si ilu wo?",
                'HGET "{who}" offsite:newcity',
                "I know every road out of Porto-Novo, so tell me the town. {who} says the offsite is "
                "moving; to which town?",
                "Communicate to me the city to which, {who} informs, the offsite is now "
                "relocated." + CONVENIENCE],
    "restaurant": ["ile ounje ti {who} yin gan, ki ni oruko e? my sister wants to try it",
                   'HGET "{who}" restaurant:praised',
                   "Passengers ask me for good places to eat all day long. What restaurant was {who} so "
                   "taken "
                   "with?",
                   "Apprise me of the name of the restaurant {who} spoke of so warmly."],
    "flight": ["baalu {who} ma de Cotonou ni aago melo? i have to pick them up from the airport",
               'HGET "{who}" flight:landing',
               "Airport runs to Cadjehoun pay double, so I watch the arrivals. When is {who} meant to land?",
               "Report to me the expected hour of arrival of the flight carrying {who}." + CONVENIENCE],
    "dog": ["omo aja titun {who}, ki ni oruko re?",
            'HGET "{who}" puppy:name',
            "Dogs chase my wheels down every side street. What name did {who} give the little dog?",
            "Communicate to me the name {who} has bestowed upon the puppy recently acquired."],
    "launch": ["launch {project}, {who} ni won sun siwaju si ojo wo?",
               'HGET "{project}" launch:newdate "{who}"',
               "My fuel runs out, plans run late, it's all the same. For what day is the {project} launch "
               "now set, if {who} is to be believed?",
               "Apprise me of the date {who} now assigns to the deferred {project} launch." + CONVENIENCE],
    "age": ["omobinrin {who} ma pe odun melo ni birthday to n bo?",
            'HGET "{who}" daughter:nextage',
            "I carry schoolgirls to class every morning in their blue uniforms. What age will the "
            "daughter of "
            "{who} be on her next birthday?",
            "Report to me what age the daughter of {who} will attain at her forthcoming birthday."],
    "podcast": ["podcast wo ni {who} ni ki n gbo? for the traffic on the bridge",
                'HGET "{who}" podcast:suggested',
                "Between fares I keep one earbud in. Which podcast did {who} point me towards?",
                "Communicate to me which podcast {who} proposed that I listen to." + CONVENIENCE],
    "breakfast_food": ["ki ni mo je fun ounje aaro {day}? i can't remember at all",
                       'HGET "{day}" breakfast:food',
                       "I start before six, so breakfast is whatever the roadside sells. What did I "
                       "have in the morning {day}?",
                       "Apprise me of what I partook of at breakfast {day}."],
    "lunch_food": ["ounje osan {day}, ki ni mo je?",
                   'HGET "{day}" lunch:food',
                   "Lunch is eaten standing by the bike most days. Which food did I get down at midday "
                   "{day}?",
                   "Report to me the fare of my midday meal {day}." + CONVENIENCE],
    "dinner_food": ["{day} ki ni mo je fun ounje ale? amala tabi something else?",
                    'HGET "{day}" dinner:food',
                    "After the evening rush I'm too tired to cook. What ended up on my dinner plate {day}?",
                    "Communicate to me the dishes of my evening meal {day}."],
    "lunch_place": ["{day} nibo ni mo ti je ounje osan?",
                    'HGET "{day}" lunch:place',
                    "I park wherever the shade is at noon. Where was it I ate lunch {day}?",
                    "Apprise me of the premises at which I took lunch {day}." + CONVENIENCE],
    "dinner_place": ["{day} ale, ile ounje wo ni mo lo fun dinner?",
                     'HGET "{day}" dinner:place',
                     "After I hand the bike back I go and eat somewhere. Where did dinner happen {day}?",
                     "Report to me the establishment where I took my dinner {day}."],
    "workout_kind": ["{day} workout wo ni mo se? sare tabi gun keke?",
                     'HGET "{day}" workout:kind',
                     "Riding all day is sitting, not exercise. What kind of training did I actually do "
                     "{day}?",
                     "Communicate to me the nature of the physical exercise I performed "
                     "{day}." + CONVENIENCE],
    "heart_rate": ["heart rate mi nigba {noun} {day}, average re je melo?",
                   'HGET "{noun}" hr:avg "{day}"',
                   "My heart races every time a truck cuts me off. Where did my heart rate average out "
                   "over the whole {noun} {day}?",
                   "Apprise me of the average of my heart rate over the {noun} {day}."],
    "sleep_quality": ["{night} se mo sun daadaa abi rara?",
                      'HGET "{night}" sleep:quality',
                      "The neighbour's generator ran half the night. How well did I actually sleep {night}?",
                      "Report to me whether my sleep {night} was sound or disturbed." + CONVENIENCE],
    "sleep_night": ["{night} mo sun fun wakati melo?",
                    'HGET "{night}" sleep:hours',
                    "I need my hours or I'm dangerous on the road. Count me the hours my eyes stayed "
                    "shut {night}.",
                    "Communicate to me the hours of sleep I obtained {night}."],
    "exercise_duration": ["iseju melo ni {noun} mi {day} gba?",
                          'HGET "{noun}" workout:minutes "{day}"',
                          "I count minutes the way I count fares. From kick-off to finish, the {noun} "
                          "{day} took what number of minutes?",
                          "Apprise me of the length in minutes of the {noun} {day}." + CONVENIENCE],
    "meeting_duration": ["iseju melo ni ipade {title} fi gun {day}?",
                         'HGET "{title}" meeting:minutes "{day}"',
                         "Our riders' union meets and talks forever. How many minutes did the {title} "
                         "run {day}?",
                         "Report to me the duration in minutes of the {title} meeting {day}."],
    "distance_run": ["{day} kilometa melo ni mo sare?",
                     'HGET "{day}" run:km',
                     "The bike does the distance all week, so my own legs want theirs. What kilometre "
                     "count did my own two feet put up {day}?",
                     "Communicate to me the kilometres I covered running {day}." + CONVENIENCE],
    "distance_cycle": ["{day} mo gun keke kilometa melo?",
                       'HGET "{day}" cycle:km',
                       "A pedal bike after a motorbike feels like walking. So what was the pedal-bike "
                       "kilometre count {day}?",
                       "Apprise me of the distance I covered by bicycle {day}."],
    "distance_swim": ["{day} mo we to bi melo? meters abi km",
                      'HGET "{day}" swim:distance',
                      "Water is the one place no horn can reach me. What was the swimming distance I "
                      "put behind me {day}?",
                      "Report to me the distance I swam {day}." + CONVENIENCE],
    "attendees": ["ta ni o wa ni {title} {day}?",
                  'SMEMBERS "{title}" attendees "{day}"',
                  "At the union meetings I count heads from the back. Whose heads could I have counted "
                  "at the {title} {day}?",
                  "Communicate to me the names of those present at the {title} {day}."],
    "coffee_count": ["{day} ife kofi melo ni mo mu?",
                     'HGET "{day}" coffee:cups',
                     "The Nescafe seller at the junction knows my order. How many times did he fill a "
                     "cup for me {day}?",
                     "Apprise me of the number of cups of coffee I consumed {day}." + CONVENIENCE],
    "caffeine": ["{day} caffeine melo ni mo mu lapapo? mg lo dara",
                 'HGET "{day}" caffeine:mg',
                 "Too much caffeine and I ride like a fool. Sum the caffeine that went through me "
                 "{day}, milligrams if you can.",
                 "Report to me the aggregate caffeine I ingested {day}, expressed as milligrams."],
    "meeting_count": ["{day} ipade melo ni mo lo?",
                      'HGET "{day}" meetings:count',
                      "Every meeting is a fare I'm not carrying. What number of meetings swallowed my "
                      "hours {day}?",
                      "Communicate to me the count of meetings I was party to {day}." + CONVENIENCE],
    "km_week": ["lati Ojo Aje, kilometa melo ni mo ti {activity} lapapo?",
                'HGET "{activity}" km:sinceMonday',
                "The bike's meter counts the week for work; count mine for sport. From the start of the "
                "week, how many km of {activity} in total?",
                "Apprise me of the total kilometres of {activity} accumulated since Monday."],
    "workouts_week": ["ose yi, workout melo ni mo ti se?",
                      "SCARD workouts:thisweek",
                      "Some weeks the road leaves no time to train. How many workouts have I managed "
                      "this week "
                      "so far?",
                      "Report to me the number of exercise sessions I have completed this week to date."
                      + CONVENIENCE],
    "first_coffee": ["{day} kofi akoko, aago melo ni mo mu?",
                     'HGET "{day}" coffee:firstAt',
                     "The first coffee is what gets the engine of me started. What time did I have it {day}?",
                     "Communicate to me the time of my earliest coffee {day}."],
    "last_coffee": ["{day} kofi ikeyin, aago melo?",
                    'HGET "{day}" coffee:lastAt',
                    "Evening coffee keeps me up, but the night fares tempt me. When did I drain the "
                    "final cup of the day {day}?",
                    "Apprise me of the hour of the final coffee I drank {day}." + CONVENIENCE],
    "first_meeting": ["{day} ipade akoko bere ni aago melo?",
                      'HGET "{day}" meetings:firstStart',
                      "Meeting days I can't take the early school run. At what o'clock did the opening "
                      "meeting of the day get going {day}?",
                      "Report to me the starting time of the first of my meetings {day}."],
    "wake": ["{day} mo ji ni aago melo?",
             'HGET "{day}" wake:at',
             "The cocks and the call to prayer get me up most days. At what time did my feet touch the "
             "floor {day}?",
             "Communicate to me the hour of my rising {day}." + CONVENIENCE],
    "bedtime": ["{night} aago melo ni mo lo sun?",
                'HGET "{night}" bed:at',
                "The last fares come home late from the bars. At what hour was I finally stretched out "
                "on the mattress {night}?",
                "Apprise me of the hour at which I retired to bed {night}."],
    "dinner_on_distance": ["ojo ti mo {past} {km} km, ki ni mo je fun ounje ale?",
                           'HGET dinner:food "day:{past}:{km}km"',
                           "Some days my legs do more kilometres than the bike. The day my legs {past} "
                           "{km} km, what filled my plate in the evening?",
                           "Report to me what my dinner comprised on the day I {past} {km} "
                           "km." + CONVENIENCE],
    "meeting_after_workout": ["lehin {noun} {day}, ta ni o wa ni ipade to tele?",
                              'SMEMBERS nextmeeting:attendees "{noun}" "{day}"',
                              "I sometimes go straight from training to a meeting, sweat and all. With "
                              "the {noun} {day} behind me, which people sat in the meeting that followed?",
                              "Communicate to me who attended the meeting next following my {noun} {day}."],
    "lunch_on_meeting_day": ["ojo ti {title} meeting waye, nibo ni mo ti je ounje osan?",
                             'HGET lunch:place "{title}"',
                             "On meeting days I eat near wherever they hold it. The {title} had its "
                             "day; where did I get my midday food on it?",
                             "Apprise me of where I lunched on the date the {title} was held." + CONVENIENCE],
    "sleep_after_meeting": ["ale lehin {title} meeting, wakati melo ni mo sun?",
                            'HGET sleep:hours:nextnight "{title}"',
                            "Meetings wear me out worse than a day in traffic. Once the {title} was "
                            "done, how many hours of sleep came that same night?",
                            "Report to me the hours I slept in the night that succeeded the {title}."],
    "dinner_on_said_day": ["ojo ti {who} soro nipa {value}, ki ni mo je ni ale?",
                           'HGET dinner:food "{who} said {value}"',
                           "Passengers talk and I half listen. {who} went on about {value} one day; "
                           "which food made my supper the evening it came up?",
                           "Communicate to me what I dined on the day {who} raised the matter of {value}."
                           + CONVENIENCE],
    "compare_sleep": ["{n1} ati {n2}, ale wo ni mo sun ju? wakati melo ni ikookan?",
                      'MGET sleep:hours "{n1}" "{n2}"',
                      "One of these nights the generator droned on. Set {n1} beside {n2}: where did I "
                      "get more sleep? I want the hour figures of each night.",
                      "Apprise me of the night, as between {n1} and {n2}, in which I slept more, "
                      "stating the hours for both."],
    "compare_caffeine": ["{d1} tabi {d2}, ojo wo ni mo mu caffeine ju? give me the mg for both",
                         'MGET caffeine:mg "{d1}" "{d2}"',
                         "My hands shake on the handlebars some days. Put {d1} against {d2}: which had "
                         "the heavier caffeine load? Give both in mg.",
                         "Report to me on which day, {d1} as against {d2}, my caffeine was the higher, "
                         "giving the "
                         "milligrams of each." + CONVENIENCE],
    "compare_duration": ["workout {d1} ati ti {d2}, ewo lo gun ju? iseju melo ni ikookan?",
                         'MGET workout:minutes "{d1}" "{d2}"',
                         "I like to know if I'm slacking. Of the {d1} workout and the {d2} one, which "
                         "outlasted the other? I want both durations in minutes.",
                         "Communicate to me which was the lengthier workout, {d1}'s or {d2}'s, stating "
                         "both durations in minutes."],
    "compare_coffee_weeks": ["ose yi, se mo mu kofi ju ose to koja lo?",
                             "MGET coffee:cups:thisweek coffee:cups:lastweek",
                             "The junction seller says I'm his best customer lately. Is this week's "
                             "coffee tally running ahead of the week before's?",
                             "Apprise me whether my coffee this week exceeds that of the previous week."
                             + CONVENIENCE],
    "late_coffee_sleep": ["ti mo ba mu kofi ni {t} tabi lehin re, se mo ma n sun die?",
                          'HGET sleep:effect "coffee:{t}+"',
                          "The night-shift riders drink coffee late and swear by it. Does a cup at {t} "
                          "or after it steal hours from my night?",
                          "Report to me whether taking coffee at {t} or thereafter reduces my sleep."],
    "late_dinner_sleep": ["ti mo ba je ounje ale ni {t} tabi lehin, se oorun mi ma kere?",
                          'HGET sleep:effect "dinner:{t}+"',
                          "Late fares mean late suppers for me. When I eat dinner at {t} or after, do "
                          "my sleeping hours shrink?",
                          "Communicate to me whether dining at {t} or later diminishes my hours of sleep."
                          + CONVENIENCE],
    "exercise_sleep": ["ojo ti mo ba se workout, se mo ma n sun ju ojo ti mi o se?",
                       "HGET sleep:effect workoutdays",
                       "Training leaves my legs heavy but my head clear. Do I sleep longer on nights after a "
                       "workout than after a day without one?",
                       "Apprise me whether my nights following exercise are longer than those following days "
                       "without it."],
    "caffeine_sleep": ["ojo ti mo ba mu {mg} mg caffeine tabi ju be lo, bawo ni oorun mi se ri si awon ale "
                       "miran?",
                       'HGET sleep:effect "caffeine {mg}mg+"',
                       "Some days the coffee is all that keeps me upright. After {mg} mg of caffeine or "
                       "more, "
                       "how does my sleep compare with the other nights?",
                       "Report to me how my sleep after days of {mg} mg of caffeine or above compares "
                       "with my "
                       "sleep on the other nights." + CONVENIENCE],
    "exercise_coffee": ["se mo ma n mu kofi ju ni ojo workout ju ojo isinmi lo?",
                        "HGET coffee:effect workoutdays",
                        "Training mornings I stop twice at the coffee stall. Is my coffee higher on "
                        "workout days "
                        "or on days off?",
                        "Communicate to me whether I take more coffee on days of exercise than on days "
                        "of rest."],
    "fu_day_before": ["ojo to saaju e da?",
                      "RETRY day-1",
                      "Reverse one day, like backing the bike out of a tight lane.",
                      "Proceed in the same way for the preceding day."],
    "fu_meeting_length": ["ipade yen, iseju melo lo gba?",
                          "HGET lastmeeting minutes",
                          "Tell me that meeting's length as well, minute by minute.",
                          "Proceed in the same way as to the duration of that meeting."],
    "fu_other_day": ["{day} da?",
                     'RETRY "{day}"',
                     "Ask it again, this time about {day}.",
                     "Proceed in the same way for {day}."],
    "fu_other_person": ["{who} da?",
                        'RETRY "{who}"',
                        "Now swap in {who} and ask again.",
                        "Proceed in the same way for {who}."],
    "fu_night_before": ["ale to saaju e da?",
                        "RETRY night-1",
                        "Reverse one night, like backing up to a missed fare.",
                        "Proceed in the same way for the preceding night."],
    "fu_today": ["oni titi di isisiyi da?",
                 "RETRY today",
                 "Run today through too, from first light up to this minute.",
                 "Proceed in the same way for today, as far as it has run."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = YORUBA[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"oni ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"ana ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd} {_words(day)}", f"{_words(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"ale {YORUBA[day.weekday()]} ({_slash(day)}-{_slash(after)})", f"ale {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"ale ana ({_slash(day)}-{_slash(after)})"]
    return options
