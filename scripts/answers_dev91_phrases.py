"""Question phrasings of the answers benchmark's ninety-first tuning set, ``dev91`` (docs/benchmarks.md, "Answers").

``dev91`` was the held-out set until 2026-12-06, when, after its measurement at e537952 (grounded
accuracy 0.689; worst category multi_hop 0.318; unsupported 0.0; abstention 0.864; p95 0.028 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev90``, answers_dev90_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or
its time parser and without copying the other sets' phrasing tables; where the disjointness checks
found a wording already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young clerk at a freight forwarding agency by the Port of Lomé, whose clients are Ghanaian and
  Nigerian importers and who types lower case, switching between English and Ewe inside a sentence
  (no earlier set's language, nor a close neighbour of one: Ewe is a Gbe language of the Kwa
  languages, while the earlier sets' Wolof is Atlantic, their Bambara Mande, their Hausa Chadic,
  their Lingala and Swahili Bantu, and dev24's few Twi words Akan, of the Kwa languages' Tano
  branch), with the letters a phone's Ewe keyboard gives (ɖ, ƒ, ŋ, ɔ, ɛ, ʋ, ã, ẽ) and no tone marks:
  "nuka" for what, "ka" for which, "afi ka" for where, "ame kawoe" for who all, "nenie" for how
  many and how much, "le ga ka me" for at what o'clock, "gaƒoƒo" and "aɖabaƒoƒo" for hours and
  minutes, "ƒe" for years and for 's, "eŋkɔ" for its name, "meɖu" and "meno" for I ate and I
  drank, "medɔ alɔ̃" for I slept, "mefɔ" for I woke, "mlɔ anyi" for lying down, "gblɔ" and "be"
  for saying, "mase" for I should hear, "makpɔ" for I should see, "ƒu du", "ku gasɔ" and "ƒu tsi"
  for running, cycling and swimming, "ŋdinu", "ŋdɔnu" and "fiẽnu" for breakfast, lunch and supper,
  "nuɖuƒe" for a restaurant, "agbalẽ", "avu" and "vinyɔnu" for a book, a dog and a daughter,
  "yeye" for new, "yameʋu" for an aeroplane, "kplu" for a cup, "ŋkeke" and "zã" for a day and a
  night, "kɔsiɖa" for a week, "kple" for and, "alo" for or, "wu" for more than, "megbe" for after,
  "do ŋgɔ" for before, "tso" for since, "gbãtɔ" and "mamlɛtɔ" for first and last, "didi" for long,
  "ɖiɖi" for growing less, English nouns and verbs where they come first to mind (a workout, a
  launch, "rest day"), her follow-ups closed with "hã?" (too?);
- a rules engineer at a microfinance company in Lomé, who writes its credit-scoring rules in Prolog
  and types every question as a Prolog query: "?-" first, a goal or goals joined by commas,
  lower-case predicate names with underscores ('?- ate(dinner, "{day}", Food).'), what is asked as a
  variable in capitals (Food, Time, People, Hours), days, nights, names, titles and workouts as
  double-quoted strings, counts and sums through aggregate_all, a yes-or-no question as a goal with
  no variable, a full stop at the end and no question mark, his follow-ups "?- retry_with(...)."
  with what changes;
- a football referee in Togo's first division, on the pitch of the Stade de Kégué most weekends,
  writing in sentences with capitals, who makes a remark from his working life before or after the
  question (the whistle and the cards, offside calls and penalty appeals, added time, the
  assistants on the lines, the assessor's marks, the fitness test on the track, match reports,
  shouting coaches, night matches under the floodlights);
- a retired prefect (the head of a prefecture's administration) who writes formal sentences with
  formulas of his own: "Kindly cause me to be informed of ...", "I would have it established ...",
  "Be it made known to me ...", some closed with "For due action.", his follow-ups opened with
  "Extend the said enquiry to".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev91 life lives in Africa/Lome, from Monday 11 August 2036 to 26 August; Togo keeps
Greenwich Mean Time all year, with no summer time (zoneinfo gives one offset over all of 2035 to
2037, and so over its 16 days, 11 to 26 August), so no clock changes inside it. Dates are written as
people in Lomé write them: day first, with slashes, both padded, and the year in full
("11/08/2036"), or the day and month alone the same way ("11/08"); in words the day's number before
the month, with no ordinal ("11 August"), with the year after them for a day that may lie outside
the life ("11 August 2036"). Weekdays are in Ewe, capitalised, as Ewe writes them ("Dzoɖa",
"Braɖa", "Kuɖa", "Yawoɖa", "Fiɖa", "Memleɖa", "Kɔsiɖa", Monday to Sunday): a day as its weekday
with the slashed day in brackets ("Dzoɖa (11/08)"), as its weekday and the date in words ("Dzoɖa
11 August"), or as the date in words with the weekday in brackets ("11 August (Dzoɖa)"); for a day
that may lie outside the life always with the year ("Dzoɖa 11/08/2036", or "11 August 2036
(Dzoɖa)"); today and yesterday alone, or as "egbe" (today) and "etsɔ" (yesterday; Ewe's word for
tomorrow too, the past tense of the question telling them apart) with the slashed day in brackets.
A night is named by the day it starts on and "zã" (night): "Dzoɖa zã" is the night from Monday into
Tuesday, always with its two slashed days in brackets ("Dzoɖa zã (11/08-12/08)"), or with the date
in words ("11 August zã"); last night alone, "last night", or as "etsɔ zã" with its two slashed days
in brackets. No day's name ends in a dot, so that no question ends in two dots. Workouts are named
with places in and around Lomé: along the Boulevard du Mono by the beach, round the track of the
Stade de Kégué and along the lagoon at Bè; out to Aného on the coast road, up to Kpalimé and round
the lagoon; the pool of the Hôtel Sarakawa and the 2 Février hotel's; a studio in Tokoin and dawn on
the beach at Avepozo; the cliffs of Mont Agou and the rocks of Kloto above Kpalimé.
"""


from __future__ import annotations

from datetime import date, timedelta

EWE = ("Dzoɖa", "Braɖa", "Kuɖa", "Yawoɖa", "Fiɖa", "Memleɖa", "Kɔsiɖa")
"""Ewe weekdays, Monday to Sunday."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months in English, after the day's number."""

NOUNS = {"run": ("run along the Boulevard du Mono by the beach", "run round the Stade de Kégué track",
                 "run along the lagoon at Bè"),
         "cycle": ("ride out to Aného on the coast road", "ride up to Kpalimé", "ride round the Lomé lagoon"),
         "swim": ("swim in the Hôtel Sarakawa pool", "swim at the 2 Février hotel pool"),
         "yoga": ("yoga class at a studio in Tokoin", "yoga session at dawn on the beach at Avepozo"),
         "climb": ("climb on the cliffs of Mont Agou", "climb up the rocks of Kloto above Kpalimé")}
"""What this set's questions call a workout of each activity: places in and around Lomé."""

DUE = " For due action."
"""The retired prefect's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} gblɔ agbalẽ aɖe nam, eŋkɔ nye nuka? the title just left my head",
             '?- recommended_book("{who}", Title).',
             "The assessor marked my last match an eight, and he told me to read more about the "
             "laws. Which book did {who} tell me I really had to read?",
             "Kindly cause me to be informed of the title of the book that {who} urged upon me." + DUE],
    "film": ["film ka {who} be mele be makpɔ? she said i must not miss it",
             '?- must_watch_film("{who}", Film).',
             "No match this weekend, so the cinema is allowed. Which film was it that {who} swore I "
             "should not miss?",
             "I would have it established which film {who} held to be one I must on no account pass "
             "over."],
    "offsite": ["offsite la, {who} be wotsɔe yi du ka me?",
                '?- offsite_moved_to("{who}", City).',
                "Fixtures get moved all season and I never hear first. Which city has the offsite "
                "been moved to, if {who}'s news is right?",
                "Be it made known to me the city to which {who} states that the offsite is now "
                "relocated." + DUE],
    "restaurant": ["{who} kafu nuɖuƒe aɖe ŋutɔ, nuka nye eŋkɔ? my sister wants to take her in-laws "
                   "there",
                   '?- praised_restaurant("{who}", Name).',
                   "{who} praised that restaurant louder than a crowd praising a penalty. Under what "
                   "name do I look it up?",
                   "Kindly cause me to be informed of the name of the restaurant which {who} "
                   "commended so warmly."],
    "flight": ["{who} ƒe yameʋu aɖo Lomé le ga ka me? i have to go and pick them at the airport",
               '?- flight_lands("{who}", Time).',
               "I meet {who} at the airport after the afternoon fixture. When is that flight meant "
               "to land?",
               "I would have it established at what hour the aeroplane carrying {who} is expected on "
               "the ground." + DUE],
    "dog": ["{who} ƒe avu yeye la, eŋkɔ nye nuka?",
            '?- new_dog("{who}", Name).',
            "A dog ran onto the pitch in the second half and I had to stop play. What has {who} "
            "named the new pup?",
            "Be it made known to me by what name the dog newly acquired by {who} is called."],
    "launch": ["{project} launch la, {who} be woɖoe ɖe ŋkeke ka dzi fifia?",
               '?- launch_new_date("{project}", "{who}", Date).',
               "Even a match abandoned for rain gets a new date faster than this. To which date has "
               "the {project} launch been pushed, as {who} tells it?",
               "Kindly cause me to be informed of the date to which {who} says the {project} launch "
               "now stands postponed." + DUE],
    "age": ["{who} ƒe vinyɔnu axɔ ƒe nenie le eƒe birthday si gbɔna?",
            '?- daughter_age_next_birthday("{who}", Age).',
            "The girl asked me for a real whistle as a present. Which age is {who}'s daughter "
            "reaching on the coming birthday?",
            "I would have it established what age the daughter of {who} attains at her forthcoming "
            "birthday."],
    "podcast": ["podcast ka {who} be mase? something for the traffic on the way to the port",
                '?- recommended_podcast("{who}", Podcast).',
                "On the long bus rides to away fixtures I need something in my ears. Which podcast "
                "was {who}'s suggestion?",
                "Be it made known to me which podcast {who} recommended that I should hear." + DUE],
    "breakfast_food": ["{day} ŋdinu, nuka meɖu? my memory is blank",
                       '?- ate(breakfast, "{day}", Food).',
                       "A referee who skips breakfast is slow by the hour mark. What did I eat in "
                       "the morning {day}?",
                       "Kindly cause me to be informed of what I partook of at breakfast {day}."],
    "lunch_food": ["nuka meɖu le ŋdɔ me {day}? lunch, i mean",
                   '?- ate(lunch, "{day}", Dish).',
                   "I had the fitness test on the track {day} and ate like a goalkeeper after. What "
                   "did I eat at lunch afterwards?",
                   "I would have it established what food was set before me at lunch {day}." + DUE],
    "dinner_food": ["{day} fiẽnu, nuka meɖu? was it akple again?",
                    '?- ate(dinner, "{day}", Dishes).',
                    "The coaches shouted at me for ninety minutes {day}, and I came home starving. "
                    "What was my supper?",
                    "Be it made known to me what dishes made up my dinner {day}."],
    "lunch_place": ["{day} ŋdɔnu la, afi ka meɖui le?",
                    '?- ate_at(lunch, "{day}", Place).',
                    "Between the morning briefing and the afternoon fixture I grab lunch wherever I "
                    "can. At which spot did that happen {day}?",
                    "Kindly cause me to be informed of the place in which I lunched {day}." + DUE],
    "dinner_place": ["{day} fiẽ me, nuɖuƒe ka meɖu nu le?",
                     '?- ate_at(dinner, "{day}", Restaurant).',
                     "After the final whistle {day} the assistants and I went out to eat. Where did "
                     "we have dinner?",
                     "I would have it established at which establishment I took my dinner {day}."],
    "workout_kind": ["{day} workout ka mewɔ? run alo ride?",
                     '?- workout("{day}", Activity).',
                     "A referee has to keep up with twenty-two younger men. Which sort of training "
                     "was on my programme {day}?",
                     "Be it made known to me what manner of exercise I performed {day}." + DUE],
    "heart_rate": ["{noun} {day}, nye heart rate ƒe average nye nenie?",
                   '?- avg_heart_rate("{noun}", "{day}", Bpm).',
                   "My pulse climbs with every penalty appeal. Over the {noun} {day}, what average "
                   "pulse did my watch record?",
                   "Kindly cause me to be informed of the average beats of my heart over the {noun} "
                   "{day}."],
    "sleep_quality": ["{night} medɔ alɔ̃ nyuie alo vɔ̃?",
                      '?- sleep_quality("{night}", Q), member(Q, [good, poor]).',
                      "I kept replaying an offside call in my head {night}. Was that a restful night "
                      "or a rough one?",
                      "I would have it established whether my rest was good or poor {night}." + DUE],
    "sleep_night": ["{night} medɔ alɔ̃ gaƒoƒo nenie?",
                    '?- slept_hours("{night}", Hours).',
                    "Night matches leave me wide awake with the floodlights still in my eyes. What "
                    "was my total of sleep hours {night}?",
                    "Be it made known to me how many hours of sleep I obtained {night}."],
    "exercise_duration": ["{noun} {day} xɔ aɖabaƒoƒo nenie?",
                          '?- duration_min("{noun}", "{day}", Minutes).',
                          "A half is forty-five minutes plus whatever I add. For how many minutes "
                          "did the {noun} {day} keep me going?",
                          "Kindly cause me to be informed of the minutes occupied by the {noun} "
                          "{day}." + DUE],
    "meeting_duration": ["{title} meeting {day}, exɔ aɖabaƒoƒo nenie?",
                         '?- meeting_minutes("{title}", "{day}", Minutes).',
                         "Meetings have no added time, yet they always run over. How many minutes "
                         "did the {title} meeting last {day}?",
                         "I would have it established how many minutes the {title} meeting occupied "
                         "{day}."],
    "distance_run": ["{day} run la, meƒu du km nenie?",
                     '?- run_km("{day}", Km).',
                     "In a match I cover the pitch diagonal after diagonal. What distance in "
                     "kilometres did my legs cover on the run {day}?",
                     "Be it made known to me the distance in kilometres that I ran {day}." + DUE],
    "distance_cycle": ["{day} meku gasɔ yi km nenie?",
                       '?- cycled_km("{day}", Km).',
                       "Cycling spares my knees between fixtures. How many kilometres went under my "
                       "wheels {day}?",
                       "Kindly cause me to be informed of the kilometres I covered on the bicycle "
                       "{day}."],
    "distance_swim": ["{day} meƒu tsi, distance nenie?",
                      '?- swam_distance("{day}", Distance).',
                      "The pool is where my hamstrings forgive me for the season. What distance did "
                      "those lengths add up to {day}?",
                      "I would have it established what distance I swam {day}." + DUE],
    "attendees": ["{title} meeting {day}, ame kawoe nɔ eme?",
                  '?- attendees(meeting("{title}", "{day}"), People).',
                  "I check the team sheets before every kick-off. Who was on the list for the "
                  "{title} meeting {day}?",
                  "Be it made known to me which persons were present at the {title} meeting {day}."],
    "coffee_count": ["{day} meno coffee kplu nenie?",
                     '?- aggregate_all(count, coffee("{day}", _), Cups).',
                     "I count substitutions without thinking, but not coffees. How many cups did I "
                     "pour myself {day}?",
                     "Kindly cause me to be informed of how many coffees I consumed {day}." + DUE],
    "caffeine": ["{day} caffeine katã, coffee kple tea siaa, mg nenie?",
                 '?- aggregate_all(sum(Mg), caffeine("{day}", Mg), Total).',
                 "Tea before the briefing, coffee at half-time. What was my caffeine tally {day}, "
                 "tea and coffee together, in mg?",
                 "I would have it established what quantity of caffeine, in milligrams, entered my "
                 "system {day}."],
    "meeting_count": ["{day} meeting nenie meyi?",
                      '?- aggregate_all(count, meeting(_, "{day}"), N).',
                      "The federation loves a meeting almost as much as a match. How many of them "
                      "sat on my calendar {day}?",
                      "Be it made known to me the number of meetings at which I was present {day}." + DUE],
    "km_week": ["tso Dzoɖa, {activity} km nenie mewɔ?",
                '?- aggregate_all(sum(Km), covered("{activity}", since_monday, Km), Total).',
                "The federation wants our weekly fitness numbers by Sunday. What is my {activity} "
                "total in km since Monday?",
                "Kindly cause me to be informed of the kilometres of {activity} I have completed "
                "since Monday."],
    "workouts_week": ["kɔsiɖa sia me, workout zi nenie mewɔ va se ɖe fifia?",
                      "?- aggregate_all(count, workout(this_week, _), N).",
                      "The fitness instructor will ask at Friday's session. How many training "
                      "sessions do I have behind me this week?",
                      "I would have it established how many sessions of exercise I have had during "
                      "this week, to date." + DUE],
    "first_coffee": ["{day} coffee gbãtɔ, meno le ga ka me?",
                     '?- first_coffee_at("{day}", Time).',
                     "My first coffee is my pre-match ritual. At what time did that ritual happen "
                     "{day}?",
                     "Be it made known to me the hour of the first coffee I took {day}."],
    "last_coffee": ["{day} coffee mamlɛtɔ, ga ka me?",
                    '?- last_coffee_at("{day}", Time).',
                    "After a late kick-off I always want one more cup. When did the last cup of "
                    "coffee go down {day}?",
                    "Kindly cause me to be informed of the time of my final coffee {day}." + DUE],
    "first_meeting": ["{day} meeting gbãtɔ dze egɔme le ga ka me?",
                      '?- first_meeting_start("{day}", Time).',
                      "Referees must never be late, not even to meetings. At what time did the first "
                      "meeting of my day kick off {day}?",
                      "I would have it established at what hour my first meeting began {day}."],
    "wake": ["{day} mefɔ le ga ka me?",
             '?- woke_at("{day}", Time).',
             "On match days my alarm is set before the cockerels. When did the alarm actually get me "
             "up {day}?",
             "Be it made known to me at what hour I rose from sleep {day}." + DUE],
    "bedtime": ["{night} meyi mlɔ anyi le ga ka me?",
                '?- went_to_bed("{night}", Time).',
                "I wrote up the match report before I turned in {night}. When did I finally go to "
                "bed?",
                "Kindly cause me to be informed of the hour I retired for the night {night}."],
    "dinner_on_distance": ["ŋkeke si me i {past} {km} km la, nuka meɖu le fiẽ me?",
                           "?- distance(Day, {past}, {km}), ate(dinner, Day, Food).",
                           "I {past} {km} km one day to get ready for the season's first round. What "
                           "did I have on my plate for supper that evening?",
                           "I would have it established what I ate for dinner on the day on which I "
                           "{past} {km} km." + DUE],
    "meeting_after_workout": ["{noun} {day} megbe, meeting si kplɔe ɖo la, ame kawoe nɔ eme?",
                              '?- next_meeting_after(workout("{noun}", "{day}"), M), attendees(M, '
                              'People).',
                              "After the {noun} {day} I barely had time to change my shirt. Who "
                              "attended the meeting that came right after it?",
                              "Be it made known to me who attended the first meeting held after my "
                              "{noun} {day}."],
    "lunch_on_meeting_day": ["ŋkeke si {title} meeting la wɔ, afi ka meɖu ŋdɔnu le?",
                             '?- meeting("{title}", Day), ate_at(lunch, Day, Place).',
                             "The {title} meeting ate into my training that day. Where did I get "
                             "lunch on the day of it?",
                             "Kindly cause me to be informed of where I lunched on the day of the "
                             "{title} meeting." + DUE],
    "sleep_after_meeting": ["{title} meeting megbe zã la, medɔ alɔ̃ gaƒoƒo nenie?",
                            '?- meeting("{title}", Day), night_after(Day, Night), slept_hours(Night, '
                            'Hours).',
                            "The {title} meeting wound me up tighter than a cup final. Over the "
                            "night that followed, what was my sleep in hours?",
                            "I would have it established how long I slept in the night following the "
                            "{title} meeting."],
    "dinner_on_said_day": ["ŋkeke si {who} ƒo nu tso {value} ŋu, fiẽnu nuka meɖu?",
                           '?- said("{who}", "{value}", Day), ate(dinner, Day, Food).',
                           "{who} talked about {value} while I was oiling my boots. What was on my "
                           "plate that evening, the day of that chat?",
                           "Be it made known to me what I dined on the day on which {who} spoke of "
                           "{value}." + DUE],
    "compare_sleep": ["{n1} kple {n2}, zã kae medɔ alɔ̃ didi wu? gaƒoƒo of both",
                      '?- slept_hours("{n1}", H1), slept_hours("{n2}", H2), longer(H1, H2, Longer).',
                      "After a derby I lie awake; after a quiet match I sleep like a stone. Which "
                      "night held more sleep, {n1} against {n2}, with the hours counted for both of "
                      "them?",
                      "Kindly cause me to be informed of which night, {n1} or {n2}, afforded me more "
                      "sleep, the hours of either night to be given."],
    "compare_caffeine": ["{d1} kple {d2}, ŋkeke kae caffeine sɔ gbɔ wu? give me the mg of both",
                         '?- caffeine_mg("{d1}", M1), caffeine_mg("{d2}", M2), higher(M1, M2, '
                         'Higher).',
                         "Some match days I live on coffee. Which day ran on more caffeine, {d1} "
                         "against {d2}, with the mg for each?",
                         "I would have it established on which day, {d1} or {d2}, my caffeine stood "
                         "higher, with the milligrams of each day." + DUE],
    "compare_duration": ["{d1} ƒe workout kple {d2} ƒe workout, kae didi wu? aɖabaƒoƒo of both",
                         '?- workout_min("{d1}", A), workout_min("{d2}", B), longer(A, B, Longer).',
                         "Extra time feels endless, but training has a clock. Of my sessions {d1} "
                         "and {d2}, which ran past the other, and by the clock how many minutes did "
                         "each take?",
                         "Be it made known to me which workout was the more prolonged, the one of "
                         "{d1} or the one of {d2}, the minutes of each being stated."],
    "compare_coffee_weeks": ["kɔsiɖa sia, meno coffee wu kɔsiɖa si va yi, alo ebɔbɔ?",
                             "?- cups(this_week, C1), cups(last_week, C0), compare(Order, C1, C0).",
                             "Tournament weeks push my coffee up. Does this week's cup count beat "
                             "last week's, or trail it?",
                             "Kindly cause me to be informed whether my coffee this week exceeds or "
                             "falls below that of the previous week." + DUE],
    "late_coffee_sleep": ["ne meno coffee le {t} alo emegbe la, alɔ̃ si medɔna ɖiɖina a?",
                          '?- shorter_sleep_after(coffee_from("{t}")).',
                          "Evening kick-offs mean evening coffee. On evenings my cup comes at {t} or "
                          "after, does my night come up short?",
                          "I would have it established whether coffee drunk at {t} or after "
                          "diminishes my sleep."],
    "late_dinner_sleep": ["ne meɖu fiẽnu le {t} alo emegbe, nye alɔ̃ ɖiɖina a?",
                          '?- shorter_sleep_after(dinner_from("{t}")).',
                          "After a night match I eat very late. If dinner is at {t} or later, does "
                          "my night lose hours?",
                          "Be it made known to me whether dining at {t} or later reduces the hours "
                          "of my sleep." + DUE],
    "exercise_sleep": ["workout ŋkekewo ƒe zã me, medɔa alɔ̃ didi wu rest day ŋkekewo a?",
                       "?- longer_sleep_after(workout_days, rest_days).",
                       "Running the lines for ninety minutes tires anybody out. Do I sleep longer "
                       "after the days I train than after rest days?",
                       "Kindly cause me to be informed whether my nights after exercise are longer "
                       "than my nights after days of rest."],
    "caffeine_sleep": ["ŋkeke siwo me caffeine ɖo {mg} mg alo wu, ale ke medɔa alɔ̃ le zã si kplɔe "
                       "ɖo me? compare with the other nights",
                       "?- compare_sleep(after(caffeine_at_least({mg})), other_nights, Result).",
                       "On tournament days my caffeine reaches {mg} mg or more. How is my sleep "
                       "after those days, set against the other nights?",
                       "I would have it established how my sleep after days with {mg} mg of caffeine "
                       "or more compares with my sleep on all other nights." + DUE],
    "exercise_coffee": ["workout ŋkekewo dzi, meno coffee wu rest days a?",
                        "?- more_coffee_on(workout_days, rest_days).",
                        "The physio says I drink too much coffee. Is it more on the days I train "
                        "than on my rest days?",
                        "Be it made known to me whether my coffee is greater on training days than "
                        "on days of rest."],
    "fu_day_before": ["ŋkeke si do ŋgɔ na ema hã?",
                      "?- retry_with(day_before).",
                      "Run the replay back a day. What was it then?",
                      "Extend the said enquiry to the day preceding."],
    "fu_meeting_length": ["meeting ma, exɔ aɖabaƒoƒo nenie?",
                          "?- retry_with(meeting_minutes(that_meeting)).",
                          "That meeting went on like a match with no final whistle. How many minutes "
                          "did it actually take?",
                          "Extend the said enquiry to the length of that meeting."],
    "fu_other_day": ["{day} hã? km nenie?",
                     '?- retry_with("{day}").',
                     "I think I ran {day} too. What distance did I cover on that run?",
                     "Extend the said enquiry to {day}."],
    "fu_other_person": ["{who} hã?",
                        '?- retry_with("{who}").',
                        "Put the same question for {who}, please. What is the answer for them?",
                        "Extend the said enquiry to {who}."],
    "fu_night_before": ["zã si do ŋgɔ na ema hã?",
                        "?- retry_with(night_before).",
                        "Go back a night, like checking the previous round. How did I sleep then?",
                        "Extend the said enquiry to the night preceding."],
    "fu_today": ["egbe hã? va se ɖe fifia?",
                 "?- retry_with(today_so_far).",
                 "The match is not over yet, and neither is today. What does today show so far?",
                 "Extend the said enquiry to today, in its course thus far."],
}
"""Every question key's templates: the forwarding clerk's, the rules engineer's, the referee's, the prefect's."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = EWE[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"egbe ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"etsɔ ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd} {_words(day)}", f"{_words(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{EWE[day.weekday()]} zã ({_slash(day)}-{_slash(after)})", f"{_words(day)} zã"]
    if (today - day).days == 1:
        options += ["last night", f"etsɔ zã ({_slash(day)}-{_slash(after)})"]
    return options
