"""Question phrasings of the answers benchmark's ninety-second tuning set, ``dev92`` (docs/benchmarks.md, "Answers").

``dev92`` was the held-out set until 2026-12-06, when, after its measurement at 5b38b97 (grounded
accuracy 0.629; worst category multi_hop 0.364; unsupported 0.0; abstention 0.864; p95 0.034 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev91``, answers_dev91_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or
its time parser and without copying the other sets' phrasing tables; where the disjointness checks
found a wording already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young Hmong woman from Xieng Khouang who sells phones at a shop in Vientiane and types lower
  case, switching between English and Hmong inside a sentence (no earlier set's language, nor a
  close neighbour of one: Hmong is of the Hmong-Mien family, of which no earlier set has a
  language; Lao, the country's other language, is left alone as Thai's close kin), in the
  Romanised Popular Alphabet Hmong types with, its tones as the final letters of a word and no
  diacritics: "dab tsi" for what, "twg" for which, "qhov twg" for where, "leej twg" for who,
  "pes tsawg" for how many and how much, "thaum pes tsawg teev" for at what o'clock, "teev" and
  "feeb" for hours and minutes, "xyoo" for years, "lub npe" for a name, "noj" and "haus" for
  eating and drinking, "pw tsaug zog" for sleeping, "sawv" for getting up, "hais" for saying,
  "saib", "mloog" and "nyeem" for watching, hearing and reading, "khiav", "caij tsheb kauj vab"
  and "ua luam dej" for running, cycling and swimming, "tshais", "su" and "hmo" for breakfast,
  lunch and dinner (and "hmo" for a night), "tsev noj mov" for a restaurant, "phau ntawv",
  "yeeb yaj kiab" and "ntxhais" for a book, a film and a daughter, "tshiab" for new, "dav hlau"
  for an aeroplane, "khob" for a cup, "kas fes" for coffee, "rooj sib tham" for a meeting, "lub
  lim tiam" for a week, "thiab" for and (and for "too?" after a follow-up), "los yog" for or,
  "dua" for more, "tom qab" for after, "ua ntej" for before, "thawj" and "kawg" for first and
  last, "ntev" for long, English nouns where they come first to mind (a workout, a launch, a
  puppy);
- a control engineer at a hydropower plant on the Nam Ngum, who programs its gate controllers in
  Forth and types every question as a line of Forth: what the question is about pushed first,
  each string as Forth's ``s"`` literal ('s" {day}" breakfast-eaten .'), then one lower-case word
  with hyphens for what is asked, and "." (print the top of the stack) at the end, no question
  mark; questions about this week or all days push words only ("this-week workouts-so-far ."),
  his follow-ups what changes and "requery .";
- a deminer on a bomb-clearance team that clears unexploded bombs from the fields of Xieng
  Khouang, based in Vientiane, writing in sentences with capitals, who makes a remark from her
  working life before or after the question (the detector line, the red stakes, the bomblets, the noon demolition, the
  safety briefings, the team flask and the long drive north, the village dogs and children);
- a retired customs director who writes formal sentences with formulas of his own: "Let it be put
  before me ...", "Disclose to me ...", "Set down for me ...", some closed with "Your early word is
  awaited.", his follow-ups opened with "The like for".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev92 life lives in Asia/Vientiane, from Monday 18 August 2036 to 2 September; Laos keeps
Indochina Time (UTC+7) all year, with no summer time (zoneinfo gives one offset over all of 2035 to
2037, and so over its 16 days, 18 August to 2 September), so no clock changes inside it. Dates are
written as people in Vientiane write them: day first, with slashes, both padded, and the year in
full ("18/08/2036"), or the day and month alone the same way ("18/08"); in words the day's number
before the month, with no ordinal ("18 August"), with the year after them for a day that may lie
outside the life ("18 August 2036"). Weekdays are in Hmong, which numbers them, "hnub ib" (day
one) for Monday to "hnub xya" (day seven) for Sunday ("hnub ib", "hnub ob", "hnub peb", "hnub
plaub", "hnub tsib", "hnub rau", "hnub xya"), in lower case as Hmong writes them: a day as its
weekday with the slashed day in brackets ("hnub ib (18/08)"), as its weekday and the date in words
("hnub ib 18 August"), or as the date in words with the weekday in brackets ("18 August (hnub
ib)"); for a day that may lie outside the life always with the year ("hnub ib 18/08/2036", or "18
August 2036 (hnub ib)"); today and yesterday alone, or as "hnub no" (today) and "hnub nag hmo"
(yesterday) with the slashed day in brackets. A night is named "hmo" (night) and the day it starts
on: "hmo hnub ib" is the night from Monday into Tuesday, always with its two slashed days in
brackets ("hmo hnub ib (18/08-19/08)"), or with the date in words ("hmo 18 August"); last night
alone, "last night", or as "nag hmo" with its two slashed days in brackets. No day's name ends in a
dot, so that no question ends in two dots. Workouts are named with places in and around Vientiane:
along the Mekong riverside by Chao Anouvong Park, round the Patuxai and out to That Luang; out to
Buddha Park on the river road, to the Friendship Bridge and round Nong Tha lake; the Sokpaluang pool
and the Settha Palace hotel's; a studio in Ban Anou and sunrise on the riverside; the limestone at
Vang Vieng and the Pha Ngern cliffs.
"""


from __future__ import annotations

from datetime import date, timedelta

HMONG = ("ib", "ob", "peb", "plaub", "tsib", "rau", "xya")
"""Hmong weekdays, Monday to Sunday, each after "hnub" (day): day one to day seven."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months in English, after the day's number."""

NOUNS = {"run": ("run along the Mekong riverside by Chao Anouvong Park", "run round the Patuxai",
                 "run out to That Luang and back"),
         "cycle": ("ride out to Buddha Park on the river road", "ride to the Friendship Bridge",
                   "ride round Nong Tha lake"),
         "swim": ("swim in the Sokpaluang pool", "swim at the Settha Palace hotel pool"),
         "yoga": ("yoga class at a studio in Ban Anou", "yoga session at sunrise on the riverside"),
         "climb": ("climb on the limestone at Vang Vieng", "climb up the Pha Ngern cliffs")}
"""What this set's questions call a workout of each activity: places in and around Vientiane."""

AWAITED = " Your early word is awaited."
"""The retired customs director's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} hais kom kuv nyeem phau ntawv dab tsi? the title is gone from my head",
             's" {who}" must-read-book .',
             "Eleven bomblets came out of one paddy this week and my head is full of them. Which "
             "book was it that {who} insisted I read?",
             "Let it be put before me which book {who} pressed upon me as required reading." + AWAITED],
    "film": ["{who} hais tias kuv yuav tsum saib yeeb yaj kiab twg? she said don't miss",
             's" {who}" unmissable-film .',
             "No field work on Sunday, so a cinema seat is allowed. Which film did {who} say I "
             "could not skip?",
             "Disclose to me the film {who} held I ought on no account to miss."],
    "offsite": ["offsite no, {who} hais tias lawv muab tsiv mus rau lub nroog twg?",
                's" {who}" offsite-relocated-town .',
                "Our survey sites get switched at a day's notice too. To what city did the offsite "
                "shift, on {who}'s word?",
                "Set down for me the city to which, in the account of {who}, the offsite now "
                "goes." + AWAITED],
    "restaurant": ["{who} qhuas ib lub tsev noj mov heev, nws lub npe hu li cas? my cousin wants "
                   "to book it",
                   's" {who}" praised-eatery-name .',
                   "After a day marking red stakes in the mud I want a proper meal. What was that "
                   "restaurant {who} raved about called?",
                   "Let it be put before me by what name the restaurant lauded by {who} is "
                   "known."],
    "flight": ["{who} lub dav hlau tsaws Vientiane thaum pes tsawg teev? i need to fetch them from "
               "Wattay",
               's" {who}" plane-touchdown-hour .',
               "I collect {who} from Wattay once the team truck is back in the yard. At what hour "
               "should that plane come down?",
               "Disclose to me the hour at which the aircraft bearing {who} is "
               "due to arrive." + AWAITED],
    "dog": ["{who} tus puppy tshiab, lub npe hu li cas?",
            's" {who}" pup-name .',
            "The village dogs follow our detector line every morning. What did {who} end up "
            "calling that new pup of hers?",
            "Set down for me the name borne by the young dog that {who} has lately taken in."],
    "launch": ["{project} tus launch, {who} hais tias muab ncua mus rau hnub twg lawm?",
               's" {project}" s" {who}" launch-slipped-to .',
               "Our demolition slots slip for the weather and nobody frets. Which date has {who} "
               "got pencilled in now for the {project} launch?",
               "Let it be put before me the date to which {who} reports the {project} launch has "
               "been deferred." + AWAITED],
    "age": ["{who} tus ntxhais yuav muaj pes tsawg xyoo thaum nws hnub yug tom ntej?",
            's" {who}" daughter-coming-age .',
            "Our medic says children here learn the warning signs before they can read. How old "
            "will {who}'s girl turn at her next birthday?",
            "Disclose to me the age the daughter of {who} shall reach at her "
            "coming birthday."],
    "podcast": ["{who} hais kom kuv mloog podcast twg? something for the jam on Lane Xang",
                's" {who}" podcast-pick .',
                "The drive out to the fields is three hours on bad roads. Name me the podcast {who} "
                "thought would see me through it.",
                "Set down for me the podcast which {who} advised me to hear." + AWAITED],
    "breakfast_food": ["{day} kuv noj tshais dab tsi? i really can't remember",
                       's" {day}" breakfast-eaten .',
                       "Nobody sweeps a field well on an empty stomach. What was my morning meal "
                       "{day}?",
                       "Let it be put before me what I took by way of breakfast {day}."],
    "lunch_food": ["kuv noj su dab tsi {day}? lunch, the midday one",
                   's" {day}" midday-dish .',
                   "We broke for food under the tamarind when the heat got bad {day}. What went in my mouth "
                   "at that break?",
                   "Disclose to me what was served to me at lunch {day}." + AWAITED],
    "dinner_food": ["{day} kuv noj hmo dab tsi? sticky rice thiab laab dua?",
                    's" {day}" supper-dishes .',
                    "After a day lying flat beside a bomblet I come home ravenous. What did I have "
                    "for the evening meal {day}?",
                    "Set down for me the dishes of which my dinner consisted {day}."],
    "lunch_place": ["{day} kuv noj su nyob qhov twg?",
                    's" {day}" noon-meal-spot .',
                    "On office days I eat wherever is closest to headquarters. Where did my lunch "
                    "happen {day}?",
                    "Let it be put before me the place in which I had my lunch {day}." + AWAITED],
    "dinner_place": ["{day} yav tsaus ntuj, kuv mus noj hmo nyob lub tsev noj mov twg?",
                     's" {day}" supper-venue .',
                     "The team likes to eat out after a clean week {day}. In which place did I "
                     "sit down for dinner?",
                     "Disclose to me the establishment at which I dined {day}."],
    "workout_kind": ["{day} kuv ua workout dab tsi? khiav los yog caij tsheb kauj vab?",
                     's" {day}" training-type .',
                     "Carrying a detector all day is no substitute for proper training. What sort "
                     "of exercise did I get in {day}?",
                     "Set down for me the form of exercise I undertook {day}." + AWAITED],
    "heart_rate": ["kuv lub heart rate thaum {noun} {day} nruab nrab yog pes tsawg?",
                   's" {noun}" s" {day}" mean-pulse .',
                   "My pulse jumps every time the detector sings. Across the {noun} {day}, at what "
                   "average did my heart beat?",
                   "Let it be put before me the mean rate of my heart during the {noun} {day}."],
    "sleep_quality": ["{night} kuv pw tsaug zog zoo los yog phem?",
                      's" {night}" slept-soundly-flag .',
                      "The night before a demolition I never settle. Did I rest soundly {night}, "
                      "or toss about?",
                      "Disclose to me whether I slept soundly or ill {night}." + AWAITED],
    "sleep_night": ["{night} kuv pw tsaug zog tau pes tsawg teev?",
                    's" {night}" hours-asleep .',
                    "My alarm is at five when we drive north. Tell me my hours in bed asleep "
                    "{night}.",
                    "Set down for me the number of hours I was asleep {night}."],
    "exercise_duration": ["{noun} {day} siv sij hawm pes tsawg feeb?",
                          's" {noun}" s" {day}" minutes-spent .',
                          "A clearance lane takes as long as it takes. Put a number of minutes on "
                          "the {noun} {day}.",
                          "Let it be put before me the minutes consumed by the {noun} {day}." + AWAITED],
    "meeting_duration": ["{title} meeting {day} ntev pes tsawg feeb?",
                         's" {title}" s" {day}" meeting-minutes-used .',
                         "Ten minutes is all a safety briefing of ours ever needs. For how long did the "
                         "{title} drag on {day}?",
                         "Disclose to me how many minutes the {title} "
                         "gathering took up {day}."],
    "distance_run": ["{day} kuv khiav tau pes tsawg km?",
                     's" {day}" km-on-foot .',
                     "Walking a field behind the detector does not count as running. Tell me the kilometres "
                     "my legs actually ran {day}.",
                     "Set down for me the kilometres I ran {day}." + AWAITED],
    "distance_cycle": ["{day} kuv caij tsheb kauj vab tau pes tsawg km?",
                       's" {day}" km-on-bike .',
                       "On rest days I ride instead of digging. The bike took me how many "
                       "km {day}?",
                       "Let it be put before me the distance I rode by bicycle {day}."],
    "distance_swim": ["{day} kuv ua luam dej tau deb npaum li cas?",
                      's" {day}" swim-length .',
                      "The pool is the only place nothing can be buried. Give me my swimming distance "
                      "{day}.",
                      "Disclose to me the distance I swam {day}." + AWAITED],
    "attendees": ["leej twg tuaj koom {title} {day}?",
                  's" {title}" s" {day}" heads-present .',
                  "At our briefings I sign everyone in myself. Whose names belong on the sheet for the {title} {day}?",
                  "Set down for me the persons in attendance at the {title} meeting {day}."],
    "coffee_count": ["{day} kuv haus kas fes pes tsawg khob?",
                     's" {day}" cups-drunk .',
                     "The team flask of coffee goes round twice before we start. Count my cups from it "
                     "{day} for me.",
                     "Let it be put before me how many coffees I drank {day}." + AWAITED],
    "caffeine": ["{day} kuv haus caffeine tag nrho pes tsawg mg?",
                 's" {day}" caffeine-mg-total .',
                 "Shaky hands are no good near a fuse. Add up the caffeine in me "
                 "{day}; mg is fine.",
                 "Disclose to me the total of caffeine, reckoned as milligrams, I took in "
                 "{day}."],
    "meeting_count": ["{day} kuv muaj pes tsawg lub rooj sib tham?",
                      's" {day}" meetings-tally .',
                      "Office days are all meetings and no mud. Tally the meetings I sat "
                      "in {day}.",
                      "Set down for me the number of meetings I attended {day}." + AWAITED],
    "km_week": ["txij hnub ib los, kuv {activity} tau pes tsawg km tag nrho?",
                's" {activity}" km-since-monday .',
                "A clearance team measures a week in square metres, but I count my kilometres. How "
                "many km of {activity} have I done since Monday?",
                "Let it be put before me the kilometres of {activity} I have completed since "
                "Monday."],
    "workouts_week": ["lub lim tiam no kuv ua workout tau pes tsawg zaus lawm?",
                      "this-week workouts-so-far .",
                      "Field weeks leave little room for training. Give me my count of training "
                      "sessions since this week began.",
                      "Disclose to me the number of workouts I have had this "
                      "week, up to the present." + AWAITED],
    "first_coffee": ["{day} kuv khob kas fes thawj haus thaum pes tsawg teev?",
                     's" {day}" earliest-cup-time .',
                     "The first cup is what gets me to the minibus. At what hour did it go down {day}?",
                     "Set down for me the hour of my first coffee {day}."],
    "last_coffee": ["{day} khob kas fes kawg kuv haus thaum twg?",
                    's" {day}" latest-cup-time .',
                    "I swear off coffee once the light goes. At what time was my final cup {day}?",
                    "Let it be put before me at what hour I drank my last coffee {day}." + AWAITED],
    "first_meeting": ["{day} lub rooj sib tham thawj pib thaum pes tsawg teev?",
                      's" {day}" opening-meeting-time .',
                      "On field days there are none, but office days start early. When did my "
                      "earliest meeting begin {day}?",
                      "Disclose to me when, {day}, the earliest of my meetings "
                      "got under way."],
    "wake": ["{day} kuv sawv thaum pes tsawg teev?",
             's" {day}" rise-time .',
             "On a Xieng Khouang trip I'm up before the roosters. Clock me my getting up "
             "{day}.",
             "Set down for me the hour at which I woke {day}." + AWAITED],
    "bedtime": ["{night} kuv mus pw thaum pes tsawg teev?",
                's" {night}" lights-out-time .',
                "Before a demolition day I try to turn in early. What hour did my head hit the pillow {night}?",
                "Let it be put before me the hour at which I lay down to sleep {night}."],
    "dinner_on_distance": ["hnub kuv {past} {km} km, kuv noj hmo dab tsi?",
                           's" {past}" {km} km-day supper-dishes .',
                           "Some days I cover more ground off the field than on it. My {km} km "
                           "day, when I {past} that far: which dishes came at supper?",
                           "Disclose to me what I dined on upon the date of my {km} "
                           "km, when I {past} so far." + AWAITED],
    "meeting_after_workout": ["tom qab kuv {noun} {day}, lub rooj sib tham tom ntej leej twg nyob?",
                              's" {noun}" s" {day}" next-meeting-people .',
                              "I often go straight from training to a briefing. Once the {noun} "
                              "{day} was done, whose faces were at the meeting that came next?",
                              "Set down for me who was present at the first meeting after my "
                              "{noun} {day}."],
    "lunch_on_meeting_day": ["hnub muaj {title} meeting, kuv noj su nyob qhov twg?",
                             's" {title}" meeting-day noon-meal-spot .',
                             "Head office days mean eating near the compound. The {title} fell on "
                             "some day; where did I lunch on it?",
                             "Let it be put before me where I lunched on the day of the {title} "
                             "meeting." + AWAITED],
    "sleep_after_meeting": ["hmo tom qab {title} meeting, kuv pw tsaug zog pes tsawg teev?",
                            's" {title}" night-after hours-asleep .',
                            "Long meetings tire me more than a day in a paddy. Following the "
                            "{title}, what did that night give me in hours of sleep?",
                            "Disclose to me how long I slept the night after the "
                            "{title} meeting."],
    "dinner_on_said_day": ["hnub {who} tham txog {value}, kuv noj hmo dab tsi?",
                           's" {who}" s" {value}" said-day supper-dishes .',
                           "We chat on the drive back to keep awake. {who} talked about "
                           "{value} on one of those drives. Which dishes were my supper that day?",
                           "Set down for me what formed my dinner on the day {who} made mention "
                           "of {value}." + AWAITED],
    "compare_sleep": ["{n1} thiab {n2}, hmo twg kuv pw ntev dua?",
                      's" {n1}" s" {n2}" longer-night .',
                      "Sleep is what keeps my hands steady. Put {n1} next "
                      "to {n2}: which got more? I want each night's hours.",
                      "Let it be put before me which night, {n1} or {n2}, afforded the greater rest, "
                      "stating both nights' hours."],
    "compare_caffeine": ["{d1} los yog {d2}, hnub twg kuv haus caffeine ntau dua?",
                         's" {d1}" s" {d2}" more-caffeine-day .',
                         "Too much caffeine and my hands shake over a fuse. Put {d1} next "
                         "to {d2}: which had the heavier caffeine? The mg both days.",
                         "Disclose to me which day, {d1} or {d2}, saw the greater "
                         "caffeine, each day's milligrams stated." + AWAITED],
    "compare_duration": ["kuv workout {d1} thiab {d2}, twg ntev dua?",
                         's" {d1}" s" {d2}" longer-session .',
                         "I time my sessions the way we time a fuse. Set {d1} beside "
                         "{d2}: whose workout ran past the other, minute for minute?",
                         "Set down for me which workout lasted the longer as between {d1} and "
                         "{d2}, each one's minutes stated."],
    "compare_coffee_weeks": ["lub lim tiam no kuv haus kas fes ntau dua lub lim tiam dhau los lov?",
                             "this-week last-week cups-compared .",
                             "The team flask empties faster every week. Am I drinking more coffee "
                             "this week than the one before?",
                             "Let it be put before me whether my coffee this week stands above or "
                             "below that of the week before." + AWAITED],
    "late_coffee_sleep": ["yog kuv haus kas fes thaum {t} los yog tom qab, puas ua rau kuv pw tsis "
                          "tau ntev?",
                          's" {t}" late-cup sleep-cost .',
                          "A late flask at the end of a field day is tempting. From {t} on, does "
                          "a cup eat into my night?",
                          "Disclose to me whether coffee taken at {t} or after "
                          "shortens my nights."],
    "late_dinner_sleep": ["yog kuv noj hmo thaum {t} los yog lig dua, kuv pw tsawg dua lov?",
                          's" {t}" late-supper sleep-cost .',
                          "We often eat late after the drive back from the field. Eating at {t} or "
                          "past it: is my sleep the poorer in hours?",
                          "Set down for me whether dining at {t} or later costs me hours of "
                          "sleep." + AWAITED],
    "exercise_sleep": ["hnub kuv ua workout, hmo ntawd kuv pw ntev dua hnub so lov?",
                       "workout-days rest-days nights-compared .",
                       "Training tires me differently from the field. After a workout day do I "
                       "sleep longer than after a day of rest?",
                       "Let it be put before me whether the nights after my exercise run longer "
                       "than the nights after rest days."],
    "caffeine_sleep": ["hnub kuv haus caffeine {mg} mg los yog ntau dua, kuv pw li cas piv rau lwm "
                       "hmo?",
                       "{mg} mg-or-more nights-vs-rest .",
                       "On the long field days the flask gets heavy use. After days of {mg} mg of "
                       "caffeine or above, how does my sleep stack up against other nights?",
                       "Disclose to me how my sleep after days of {mg} mg of "
                       "caffeine or more measures against the remaining nights." + AWAITED],
    "exercise_coffee": ["hnub kuv ua workout, kuv haus kas fes ntau dua hnub so lov?",
                        "workout-days rest-days cups-compared .",
                        "I suspect training makes me reach for the flask. Which see me drink "
                        "the most coffee, training days or days off?",
                        "Set down for me whether my coffee runs higher on days of exercise than "
                        "on days of rest."],
    "fu_day_before": ["hnub ua ntej ntawd thiab?",
                      "prior-day requery .",
                      "Step it back one day, the way we step back a marker line.",
                      "The like for the day before."],
    "fu_meeting_length": ["lub rooj sib tham ntawd ntev pes tsawg thiab?",
                          "that-meeting minutes-spent requery .",
                          "I log every briefing: give me that meeting's minutes too.",
                          "The like for the duration of that meeting."],
    "fu_other_day": ["{day} thiab?",
                     's" {day}" requery .',
                     "Move the marker to {day} and ask it again.",
                     "The like for {day}."],
    "fu_other_person": ["{who} thiab?",
                        's" {who}" requery .',
                        "Now ask it about {who}, then.",
                        "The like for {who}."],
    "fu_night_before": ["hmo ua ntej ntawd thiab?",
                        "prior-night requery .",
                        "Step it back one night, as we step back a marker line.",
                        "The like for the night before."],
    "fu_today": ["hnub no txog tam sim no thiab?",
                 "today-so-far requery .",
                 "We finished the field early. Do today as well, from dawn till now.",
                 "The like for today, so far as it has gone."],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = f"hnub {HMONG[day.weekday()]}"
    if absolute:
        return [f"{wd} {_full(day)}", f"{_words(day)} {day.year} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"hnub no ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"hnub nag hmo ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd} {_words(day)}", f"{_words(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"hmo hnub {HMONG[day.weekday()]} ({_slash(day)}-{_slash(after)})", f"hmo {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"nag hmo ({_slash(day)}-{_slash(after)})"]
    return options
