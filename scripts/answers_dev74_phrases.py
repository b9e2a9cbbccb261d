"""Question phrasings of the answers benchmark's seventy-fourth tuning set, ``dev74`` (docs/benchmarks.md, "Answers").

``dev74`` was the held-out set until 2026-12-05, when, after its measurement at 7495bf4 (grounded
accuracy 0.629; worst category comparison 0.273; unsupported 0.0; abstention 0.818; p95 0.022 s), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev73``, answers_dev73_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young developer in Tallinn's Ülemiste City who types lower case and switches between English and
  Estonian inside a sentence (no earlier set's language), in its ordinary typed spelling, with its
  "õ", "ä", "ö" and "ü", question words as Estonian puts them ("mis", "kus", "kes", "mitu", "mis
  kell", "kui kaua", "kui palju", "kumb"), "hommikusöök", "lõuna" and "õhtusöök" for the meals,
  "koosolek" for a meeting, "trenn" for a workout, "tass kohvi" for a cup of coffee, "ei mäleta",
  "palun" and "sama küsimus", and English words where they come first to mind;
- a man who types every question tersely as fields split by slashes, lower case, the thing asked,
  then the day, the person or the qualifier, and a last field of a bare question mark
  ("breakfast / {day} / ?"), his follow-ups in fields too ("same / the day before / ?");
- a reed thatcher who roofs farmhouses around Tallinn and in Lahemaa, writing in sentences with
  capitals, who makes a remark from his working life before or after the question (reed cut on the
  frozen bays of Muhu and Vormsi in winter, bundles, the leggett that dresses them, hazel spars and
  sways, the ridge and the eaves, the roof pitch, ladders and the wind, the open-air museum at Rocca
  al Mare);
- a woman who writes formal sentences with formulas of her own: "I should be pleased to be told
  ...", "Might I be informed ...", "I request the favour of knowing ...", "Would you oblige me with
  ...", some closed with "With my compliments.", her follow-ups opened with "Proceeding further,"
  and "Should it not trouble you,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev74 life lives in Europe/Tallinn, from Monday 14 April 2036 to 29 April; Estonia keeps
Eastern European Time (UTC+2) in winter and summer time (UTC+3) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+3, over its 16 days, 14 to 29 April,
after the change of 30 March), so no clock changes inside it. Dates are written as people in
Estonia write them in English, day first: with dots, unpadded, the year in full ("14.4.2036"), or
the day and month alone ("16.4", in brackets closed by a dot, "16.4."); padded, without the year,
after the one-letter weekday Estonian calendars print ("K 16.04"); with slashes, padded with the year ("14/04/2036") or
unpadded without it ("16/4"); or the day with an ordinal dot before the Estonian month ("14. aprill
2036"). Weekdays are English, left in Estonian, lower case, as Estonian writes them ("esmaspäev",
"teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"), or cut to the calendar's
one letter (E, T, K, N, R, L, P). For a day that may lie outside the life always with the year ("on
esmaspäev 14.4.2036", "on 14/04/2036 (E)", "on 14. aprill 2036"); for one of the days before
yesterday the Estonian weekday and the slashed day ("on kolmapäev 16/4"), the letter and the padded
dotted day ("on K 16.04"), so many days back ("3 days back (Wednesday 16.4.)") or, two days back,
"üleeile" (the day before yesterday) with the slashed day; today alone, with the letter and the
slashed day ("today (T 15/4)") or with the Estonian weekday and the dotted day; yesterday alone,
with the Estonian weekday and the slashed day in brackets, or with the letter and the dotted day
("yesterday (E, 14.4.)"). A night is named as Estonian names it, by the day it runs towards ("ööl
vastu teisipäeva", the night towards Tuesday): "the night towards Tuesday 15.4", or the span of its
two days with an en dash ("the night of 14.–15.4"); last night alone, "last night", or with the Estonian name in brackets ("last
night (ööl vastu teisipäeva)").
Workouts are named with places in and around Tallinn: the Pirita promenade, Kadriorg park and the
Nõmme forest trails, the road to Merivälja, the Keila-Joa waterfall and Harku lake, the Kalev pool
and the pool at Pirita, a studio in Kalamaja and one in the Rotermann quarter, a bouldering gym in
Kalamaja and the Pakri cliff at Paldiski.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LETTER = ("E", "T", "K", "N", "R", "L", "P")
"""The one-letter weekdays Estonian calendars print."""
EST = ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev")
"""Weekdays as Estonian names them, lower case, kept in English sentences as people there do."""
TOWARDS = ("esmaspäeva", "teisipäeva", "kolmapäeva", "neljapäeva", "reede", "laupäeva", "pühapäeva")
"""The weekday after "vastu" (towards), as Estonian names a night by the day it runs into."""
MONTHS = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
          "november", "detsember")
"""Months as Estonian names them."""

NOUNS = {"run": ("run along the Pirita promenade", "run round Kadriorg park", "run on the Nõmme forest trails"),
         "cycle": ("ride along the coast road to Merivälja", "ride out to the Keila-Joa waterfall",
                   "ride round Harku lake"),
         "swim": ("swim at the Kalev pool", "swim at the pool in Pirita"),
         "yoga": ("yoga class at a studio in Kalamaja", "yoga session at a studio in the Rotermann quarter"),
         "climb": ("session at a bouldering gym in Kalamaja", "climb on the Pakri cliff at Paldiski")}
"""What this set's questions call a workout of each activity: places in and around Tallinn."""

Q = " / ?"
COMPLIMENTS = " With my compliments."

PHRASES: dict[str, list[str]] = {
    "book": ["mis raamatut {who} mulle soovitas? title läks täiesti meelest",
             "book / recommended by {who} / title" + Q,
             "Reed bundles stacked to the eaves leave me the evenings for reading. What was the book {who} said I"
             " ought to read?",
             "Might I be informed of the title of the book {who} urged upon me?"],
    "film": ["mis filmi {who} ütles et ma pean kindlasti ära vaatama? mul on free evening",
             "film / the one {who} says I must watch" + Q,
             "Rain on a half-laid roof sends me home early. Which film did {who} insist I had to see?",
             "I should be pleased to be told which film {who} was so keen that I see." + COMPLIMENTS],
    "offsite": ["kuhu see offsite nüüd kolis, {who} sõnul? mis koht",
                "offsite / new venue / per {who}" + Q,
                "Roofs stay where they are built, but meetings wander. To which place did {who} say the offsite"
                " has gone?",
                "I request the favour of knowing where, by the account of {who}, the offsite now takes place."],
    "restaurant": ["mis selle restorani nimi oli mida {who} soovitas? tahan lauda broneerida",
                   "restaurant / tip from {who} / name" + Q,
                   "After a week on a ridge in Käsmu I want a proper table. What was the restaurant {who} pointed"
                   " me to called?",
                   "Would you oblige me with the name of the restaurant that {who} commended?"],
    "flight": ["mis kell {who} lend maandub? pean lennujaama sõitma, need the exact time",
               "flight / {who} / landing time" + Q,
               "I will climb down off the roof for nobody but a friend coming home. When is {who}'s plane set to"
               " land in Tallinn?",
               "Might I be informed at what time the flight of {who} is expected to land?" + COMPLIMENTS],
    "dog": ["mis on {who} uue koera nimi? nii armas pildi peal",
            "dog / {who}'s new one / name" + Q,
            "The farm dogs sleep in the reed I leave on the ground. What is {who} calling the new dog?",
            "I should be pleased to be told the name {who} has chosen for the new dog."],
    "launch": ["{who} ütles et {project} launch lükkub edasi, mis kuupäevale täpselt?",
               "{project} launch / moved by {who} / new date" + Q,
               "A ridge is never finished on the day the owner hoped, and launches are no better. To what date"
               " did {who} say {project} has been pushed back?",
               "I request the favour of knowing the date to which, as {who} told it, the launch of {project} was"
               " put back."],
    "age": ["mitu aastaseks {who} tütar saab? pean kingituse ostma",
            "{who}'s daughter / age at the birthday" + Q,
            "My own daughter learned to tie reed bundles before she could read. What age is {who}'s daughter"
            " about to reach at her birthday?",
            "Would you oblige me with the age that the daughter of {who} is about to reach?" + COMPLIMENTS],
    "podcast": ["mis podcasti {who} mulle soovitas? bussisõidu jaoks",
                "podcast / recommended by {who}" + Q,
                "The drive out to Lahemaa is an hour of empty road. Which podcast did {who} say I should put on"
                " for it?",
                "Might I be informed which podcast {who} recommended to me?"],
    "breakfast_food": ["mis ma {day} hommikusöögiks sõin? ei mäleta üldse",
                       "breakfast / {day} / what I ate" + Q,
                       "I was up the ladder by first light {day}. What had I eaten for breakfast before I went up?",
                       "I should be pleased to be told what my breakfast comprised {day}."],
    "lunch_food": ["mida ma {day} lõunaks sõin? päev oli üks suur blur",
                   "lunch / {day} / food" + Q,
                   "Lunch is mostly eaten sitting on a bundle of reed. What did I eat for lunch {day}, up there"
                   " by the ridge?",
                   "I request the favour of knowing what I ate at lunch {day}." + COMPLIMENTS],
    "dinner_food": ["mis ma {day} õhtusöögiks sõin? täiesti meelest läinud",
                    "dinner / {day} / what was eaten" + Q,
                    "I came home with reed dust in my hair again. Which dish went down as my dinner {day}, reed dust and all?",
                    "Would you oblige me with an account of what I had for dinner {day}?"],
    "lunch_place": ["kus ma {day} lõunat sõin? see koht oli väga hea",
                    "lunch / {day} / place" + Q,
                    "Between the barn in Altja and the cottage in Võsu I stopped to eat {day}. Where did I have"
                    " that lunch?",
                    "Might I be informed at which establishment my midday meal was taken {day}?"],
    "dinner_place": ["kus ma {day} õhtust sõin? tahan sinna varsti tagasi minna",
                     "dinner / {day} / where" + Q,
                     "With the ladders tied onto the trailer {day}, where did I go to eat dinner?",
                     "I should be pleased to be told at what place I dined {day}." + COMPLIMENTS],
    "workout_kind": ["mis trenni ma {day} tegin? what type",
                     "workout / {day} / kind" + Q,
                     "Carrying bundles up a ladder all day is hard work, but it is not a workout. What sort of"
                     " workout did I really do {day}?",
                     "I request the favour of knowing what form of exercise I took {day}."],
    "heart_rate": ["mis oli mu average pulss {noun} ajal {day}? bpm-ides palun",
                   "avg heart rate / {noun} {day} / bpm" + Q,
                   "On a steep roof in the wind my heart races. What was my average heart rate in bpm during the"
                   " {noun} {day}?",
                   "Would you oblige me with my average pulse in beats per minute over the {noun} {day}?"],
    "sleep_quality": ["kas ma magasin {night} hästi või halvasti? just good või bad",
                      "sleep / {night} / good or bad" + Q,
                      "I dreamt the whole ridge slid off into the snow. Did the tracker call my sleep {night} good"
                      " or bad?",
                      "Might I be informed whether my sleep {night} was good or poor?" + COMPLIMENTS],
    "sleep_night": ["mitu tundi ma {night} magasin? olen täiesti läbi",
                    "sleep / {night} / hours" + Q,
                    "I dropped the leggett twice this morning, which never happens. How many hours of sleep"
                    " had I got {night}, to fumble like that?",
                    "I should be pleased to be told the number of hours I slept {night}."],
    "exercise_duration": ["kui kaua see {noun} {day} kestis? minutites palun",
                          "{noun} {day} / minutes" + Q,
                          "A square metre of reed takes me about an hour to lay. How many minutes went into the"
                          " {noun} {day}, by the same reckoning?",
                          "I request the favour of knowing for how many minutes the {noun} {day} went on."
                          + COMPLIMENTS],
    "meeting_duration": ["kui kaua {title} koosolek {day} kestis? see venis ja venis",
                         "{title} meeting / {day} / duration" + Q,
                         "I sat through the {title} meeting {day} while the reed got wet on the trailer. How many"
                         " minutes did that meeting eat up?",
                         "Would you oblige me with the length of the {title} meeting {day}?"],
    "distance_run": ["mitu km ma {day} jooksin? kokku",
                     "km run / {day}" + Q,
                     "Running is the only time my feet are not on a rung. What distance in kilometres did my running come to {day}?",
                     "Might I be informed of the kilometres I ran {day}?"],
    "distance_cycle": ["mitu km ma {day} rattaga sõitsin, umbes?",
                       "km by bike / {day}" + Q,
                       "The van stayed at the yard {day} and I went on the bike. What distance did the bike carry me, in kilometres?",
                       "I should be pleased to be told how many kilometres I cycled {day}." + COMPLIMENTS],
    "distance_swim": ["kui pika maa ma {day} ujusin? meetrid või km, pole vahet",
                      "swim / {day} / distance" + Q,
                      "Water takes the ache of the ladder out of my knees. What distance did I cover in the pool {day}, knees and all?",
                      "I request the favour of knowing the distance I swam {day}."],
    "attendees": ["kes olid {day} {title} koosolekul? ei mäleta kes seal üldse oli",
                  "{title} meeting / {day} / who was there" + Q,
                  "My thoughts were on a leaking valley gutter in Kolga the whole time. Which people sat in on the {title}"
                  " meeting {day}?",
                  "Would you oblige me with the names of those present at the {title} meeting {day}?"
                  + COMPLIMENTS],
    "coffee_count": ["mitu tassi kohvi ma {day} jõin? liiga palju, i bet",
                     "coffees / {day} / how many" + Q,
                     "Every farmhouse I roof puts a cup in my hand. How many of those cups ended up inside me {day}?",
                     "Might I be informed of the number of coffees that I consumed {day}?"],
    "caffeine": ["kui palju kofeiini mul {day} kokku oli, mg-des?",
                 "caffeine / {day} / total mg" + Q,
                 "My hands were not steady on the spars {day}. How much caffeine, in mg, did I take in that day"
                 " all told?",
                 "I should be pleased to be told my total intake of caffeine {day}, in milligrams." + COMPLIMENTS],
    "meeting_count": ["mitu koosolekut mul {day} oli? back to back terve päev",
                      "meetings / {day} / count" + Q,
                      "These days the roof is half the job and talking to owners is the other half. How many"
                      " meetings filled my calendar {day}?",
                      "I request the favour of knowing how many meetings I had {day}."],
    "km_week": ["mitu km {activity} mul esmaspäevast saadik kokku on?",
                "{activity} / km since monday" + Q,
                "I count the bundles I lay each week, and my watch counts the rest. What sum of kilometres of"
                " {activity} has that watch recorded since Monday?",
                "Would you oblige me with the total kilometres of {activity} I have covered since Monday?"],
    "workouts_week": ["mitu trenni ma sel nädalal juba teinud olen, so far?",
                      "workouts / this week so far / count" + Q,
                      "Hauling reed up to a ridge does not count, sadly. How many real workouts has this"
                      " week given me up to now?",
                      "Might I be informed how many workouts I have done this week?" + COMPLIMENTS],
    "first_coffee": ["mis kell ma {day} esimese kohvi jõin?",
                     "first coffee / {day} / time" + Q,
                     "Nothing goes up a ladder before the thermos is open. At what time did the thermos first get opened {day}?",
                     "I should be pleased to be told the hour of the day's opening coffee {day}."],
    "last_coffee": ["mis kell oli {day} viimane kohv? ainult kellaaeg",
                    "last coffee / {day} / time" + Q,
                    "I was pricing a roof for a farm in Viinistu late {day}. What time was on the clock when the final"
                    " cup of that day was drunk?",
                    "I request the favour of knowing the time of my last coffee {day}." + COMPLIMENTS],
    "first_meeting": ["mis kell mu esimene koosolek {day} algas? just the start",
                      "first meeting / {day} / start time" + Q,
                      "It kept me off the roof for the best light of the morning. At what time did my first"
                      " meeting {day} begin?",
                      "Would you oblige me with the hour at which my first meeting {day} began?"],
    "wake": ["mis kell ma {day} ärkasin? täpselt palun",
             "wake-up / {day} / time" + Q,
             "A thatcher wants to be on the roof before the wind gets up. At what hour was I awake and reaching for the boots {day}?",
             "Might I be informed at what hour I woke {day}?"],
    "bedtime": ["mis kell ma {night} magama läksin?",
                "bedtime / {night}" + Q,
                "I sat up late sharpening the reed knife. What time was it when the knife went down and I turned in {night}?",
                "I should be pleased to be told at what hour I went to bed {night}." + COMPLIMENTS],
    "dinner_on_distance": ["mis ma õhtuks sõin sel päeval kui ma {past} {km} km? seda päeva mõtlen",
                           "dinner / the day I {past} {km} km" + Q,
                           "After a day like the one I {past} {km} km I eat like a man who has carried a ton of"
                           " reed. What did I put on the plate at dinner that evening?",
                           "I request the favour of knowing the contents of my evening meal on the date when I {past}"
                           " {km} km."],
    "meeting_after_workout": ["kes olid sellel koosolekul mis tuli kohe pärast mu {noun} {day}?",
                              "meeting right after the {noun} {day} / who attended" + Q,
                              "I walked in with reed dust still on my sleeves. Who was at the meeting that came"
                              " straight after the {noun} {day}?",
                              "Would you oblige me with the names of those at the meeting held immediately after"
                              " the {noun} {day}?" + COMPLIMENTS],
    "lunch_on_meeting_day": ["kus ma lõunat sõin sel päeval kui oli {title} koosolek?",
                             "lunch place / day of the {title} meeting" + Q,
                             "The {title} meeting fell on a day I had two roofs to look at. Where did I eat lunch"
                             " on that day?",
                             "Might I be informed where I lunched on the day of the {title} meeting?"],
    "sleep_after_meeting": ["mitu tundi ma magasin sel ööl pärast {title} koosolekut?",
                            "sleep / night after the {title} meeting / hours" + Q,
                            "The {title} meeting cost me a morning on the ridge. How many hours of sleep did"
                            " the tracker count for the night after it?",
                            "I should be pleased to be told how many hours I slept in the night following the"
                            " {title} meeting." + COMPLIMENTS],
    "dinner_on_said_day": ["mis ma õhtuks sõin sel päeval kui {who} mainis {value}?",
                           "dinner / the day {who} brought up {value}" + Q,
                           "That was the week the wind tore a row of bundles off the eaves. On the day {who}"
                           " mentioned {value}, what did I have for dinner?",
                           "I request the favour of knowing my dinner menu on the date when {who} raised the"
                           " subject of {value}."],
    "compare_sleep": ["kumb öö ma kauem magasin, {n1} või {n2}? ja mitu tundi kumbki",
                      "longer sleep / {n1} or {n2} / hours of each" + Q,
                      "Two slopes of one roof should come out even, and two nights rarely do. Did I sleep longer"
                      " {n1} or {n2}, and for how many hours each?",
                      "Would you oblige me by saying which night, {n1} or {n2}, gave me more sleep, and the hours"
                      " of each?"],
    "compare_caffeine": ["millal mul rohkem kofeiini oli, {d1} või {d2}? mg mõlema päeva kohta",
                         "more caffeine / {d1} or {d2} / mg of each" + Q,
                         "Dressing reed with the leggett wants a calm arm. Did I have more caffeine {d1} or {d2},"
                         " and how many mg on each?",
                         "Might I be informed on which day, {d1} or {d2}, I took more caffeine, with the milligrams"
                         " of each?" + COMPLIMENTS],
    "compare_duration": ["kumb trenn oli pikem, {d1} või {d2}? minutid mõlemal",
                         "longer workout / {d1} or {d2} / minutes each" + Q,
                         "Some roofs go up in a week and some in a month. Which workout ran longer, {d1} or {d2},"
                         " and how many minutes was each?",
                         "I should be pleased to be told which of my workouts, {d1} or {d2}, was the longer, and"
                         " the minutes of each."],
    "compare_coffee_weeks": ["kas ma joon sel nädalal rohkem kohvi kui eelmisel? rohkem või less",
                             "coffee / this week vs last / more or less" + Q,
                             "Every farm on this job seems to have a new coffee machine. Is this week's coffee ahead"
                             " of last week's or behind it?",
                             "I request the favour of knowing whether my coffee this week exceeds or falls short of"
                             " last week's." + COMPLIMENTS],
    "late_coffee_sleep": ["kas ma magan vähem kui joon kohvi kell {t} või hiljem?",
                          "coffee at {t} or later / less sleep after" + Q,
                          "Long summer evenings on a roof end with a coffee at {t} or later. Are those the nights"
                          " my sleep falls short on?",
                          "Would you oblige me by saying whether coffee at {t} or later leaves me short of sleep?"],
    "late_dinner_sleep": ["kas ma magan vähem kui söön õhtust kell {t} või hiljem?",
                          "dinner at {t} or later / less sleep" + Q,
                          "Driving back from Lahemaa pushes dinner to {t} or later. Is my sleep shorter after those"
                          " late dinners?",
                          "Might I be informed whether a dinner at {t} or later costs me sleep?" + COMPLIMENTS],
    "exercise_sleep": ["kas ma magan kauem pärast trennipäevi kui pärast rest days?",
                       "sleep / after workout days vs rest days / longer" + Q,
                       "Some days I train after the roof, some days the roof is all. Is my sleep longer after days"
                       " that had a workout in them than after days that had none?",
                       "I should be pleased to be told whether my sleep runs longer after exercise days than after"
                       " rest days."],
    "caffeine_sleep": ["kuidas ma magan pärast päevi kus kofeiini on {mg} mg või rohkem, compared teiste päevadega?",
                       "sleep / after days of {mg} mg caffeine or more vs the rest" + Q,
                       "Cutting reed on the ice runs on strong coffee. Set the nights after days of {mg} mg"
                       " of caffeine or more against the nights after lighter days: how does my sleep differ?",
                       "I request the favour of a comparison of my sleep after days of {mg} mg of caffeine or more"
                       " with my sleep after every other day." + COMPLIMENTS],
    "exercise_coffee": ["kas ma joon trennipäevadel rohkem kohvi kui rest days?",
                        "coffees per day / workout days vs rest days / more" + Q,
                        "On training days I say yes to every cup a farmer pours. Are my daily coffees more"
                        " on the days I work out than on the rest days?",
                        "Would you oblige me by saying whether I drink more coffees daily on exercise days than on"
                        " rest days?"],
    "fu_day_before": ["aga päev enne seda?",
                      "same / the day before" + Q,
                      "And the day before that, when the ladder blew over?",
                      "Proceeding further, might I be informed of the same for the preceding day?"],
    "fu_meeting_length": ["ja kui kaua see koosolek kestis?",
                          "that meeting / minutes" + Q,
                          "The reed sat waiting on the trailer throughout. For how long did that meeting keep me down off the roof?",
                          "Should it not trouble you, I request the favour of knowing the length of that meeting."],
    "fu_other_day": ["aga {day}? sama küsimus",
                     "same / {day}" + Q,
                     "And for {day}? Same thing; one eave must match its twin.",
                     "Proceeding further, I should be pleased to be told the same for {day}."],
    "fu_night_before": ["aga öö enne seda?",
                        "same / the night before" + Q,
                        "I was on a roof at six the morning after. What about the night just before it?",
                        "Should it not trouble you, might I be informed of the same for the night preceding?"],
    "fu_today": ["ja täna, siiamaani?",
                 "same / today up to now" + Q,
                 "And today so far, between one roof and the next?",
                 "Proceeding further, would you oblige me with the same for today until this hour?"],
    "fu_other_person": ["aga {who}? sama küsimus",
                        "same / for {who}" + Q,
                        "And {who}, whose sauna roof I patched last spring?",
                        "Should it not trouble you, I should be pleased to be told the same about {who}."],
}
"""Every question key's templates: the mixed writer's, the slash-field writer's, the thatcher's, the
formal writer's."""


def _dotted(day: date, year: bool = False) -> str:
    return f"{day.day}.{day.month}.{day.year}" if year else f"{day.day}.{day.month}"


def _slashed(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    name, letter, est = WEEKDAYS[day.weekday()], LETTER[day.weekday()], EST[day.weekday()]
    if absolute:
        return [f"on {est} {_dotted(day, year=True)}",
                f"on {day.day:02d}/{day.month:02d}/{day.year} ({letter})",
                f"on {day.day}. {MONTHS[day.month - 1]} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({letter} {_slashed(day)})", f"today, {est} {_dotted(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday ({est} {_slashed(day)})", f"yesterday ({letter}, {_dotted(day)}.)"]
    options = [f"on {est} {_slashed(day)}", f"on {letter} {day.day:02d}.{day.month:02d}",
               f"{back} days back ({name} {_dotted(day)}.)"]
    if back == 2:
        options.append(f"üleeile, the day before yesterday ({_slashed(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    into = WEEKDAYS[after.weekday()]
    if after.month == day.month:
        span = f"the night of {day.day}.–{after.day}.{after.month}"
    else:
        span = f"the night of {day.day}.{day.month}.–{after.day}.{after.month}"
    options = [f"the night towards {into} {_dotted(after)}", span]
    if (today - day).days == 1:
        options += ["last night", f"last night (ööl vastu {TOWARDS[after.weekday()]})"]
    return options
