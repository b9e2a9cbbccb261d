"""Question phrasings of the answers benchmark's sixty-eighth tuning set, ``dev68`` (docs/benchmarks.md, "Answers").

``dev68`` was the held-out set until 2026-12-05, when, after its measurement at 0064ad5 (grounded
accuracy 0.803; worst category comparison 0.409; unsupported 0.011; abstention 0.955; p95 0.02 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev67``, answers_dev67_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a software tester in Budapest who types lower case and switches between English and Hungarian
  inside a sentence (no earlier set's language), in its ordinary typed spelling, accents and all,
  colloquial forms too ("pls", "kéne", "szerintem"), English words where they come first to mind (a
  meeting, a launch, an offsite, a workout, rest days, "honestly", "full busy", "too many");
- a woman who types every question as a ticket line: a question mark first, then the thing asked in
  a few words, a bar and the day, the person or the qualifier ("? breakfast | {day}", "? km run |
  {day}"), comparisons as "? more sleep | {n1} vs {n2} | hrs each", her follow-ups as ticket lines
  too ("? same | day before");
- a luthier with a workshop in Budapest's Seventh District, writing in sentences with capitals, who
  makes a remark from his working life before or after the question (spruce tops and maple backs,
  carving a scroll, f-holes, fitting a bass bar, setting a sound post, varnish drying in the sun,
  a cello in the clamps, pegs and bridges, rosin, a customer's viola, a concert violinist's
  visit);
- a retired notary who writes formal sentences with formulas of her own: "Be pleased to inform me",
  "I ask to be apprised of", some closed with "With due regard.", her follow-ups opened with
  "Pursuant to the foregoing," and "By way of a further point,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev68 life lives in Europe/Budapest, from Monday 18 February 2036 to 4 March; Hungary keeps
Central European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+1, over its 16 days, 18 February to 4
March), so no clock changes inside it. Dates are written as people in Hungary write them in
English, year first: the year, month and day each closed by a dot and a space, month and day padded
("2036. 02. 18."), or slashed, year first and padded ("2036/02/18"), or month and day alone in the
same dotted way ("02. 18."), or the month's short name with a dot and the day with a dot ("Feb.
18."), or in Hungarian order with the month's name ("2036 February 18"). For a day that may lie
outside the life always with the year ("on 2036. 02. 18. (Monday)", "Monday, 2036/02/18", "on 2036
February 18 (Monday)"); for one of the days before yesterday "this past" weekday with the short
month and day after a comma, "on" the weekday with the slashed date in brackets, so many "days
back, on" the dotted month and day, or, two days back, "two days ago," its weekday and the short
month and day; today alone, its weekday with the short month and day after a comma ("today,
Wednesday Feb. 20."), or the slashed date and weekday in brackets ("today (2036/02/20,
Wednesday)"); yesterday alone, its weekday with the dotted month and day after a comma, or "so" the
slashed date. A night is named as Hungarian names it, by the day it dawns on: "the night dawning on
Tuesday", "the night from Monday, dawning on Tuesday", "the night dawning on Feb. 19."; last night
alone, "last night, the one dawning on" the weekday, or "the night just past, dawning on" the
weekday and the dotted month and day.
Workouts are named with places in Budapest: Margaret Island, City Park, the climb up János Hill, the
Danube bank in Buda, the ride out to Szentendre, the Hajós Alfréd pool, the Komjádi pool, a studio in
Újlipótváros, a studio near Kálvin Square, a bouldering gym in Óbuda and a climbing wall in
Ferencváros.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec.")

NOUNS = {"run": ("run on Margaret Island", "run through City Park", "run up János Hill"),
         "cycle": ("ride along the Danube bank in Buda", "ride out to Szentendre", "ride round Margaret Island"),
         "swim": ("swim at the Hajós Alfréd pool", "swim at the Komjádi pool"),
         "yoga": ("yoga class in a studio in Újlipótváros", "yoga hour at a studio near Kálvin Square"),
         "climb": ("bouldering at a gym in Óbuda", "climbing session at a wall in Ferencváros")}
"""What this set's questions call a workout of each activity: places in Budapest."""

PHRASES: dict[str, list[str]] = {
    "book": ["milyen könyvet ajánlott {who}? kiment a fejemből a title",
             "? book tip | from {who}",
             "Sawdust gets into every page I own. Which title did {who} press on me as a must-read?",
             "Be pleased to inform me which book {who} recommended that I read."],
    "film": ["melyik filmet mondta {who} hogy kötelező megnézni? végre van egy szabad estém",
             "? film to see | per {who}",
             "With a violin top drying in the clamps I have an evening free. What film did {who} insist on?",
             "I ask to be apprised of the film that {who} urged me to see. With due regard."],
    "offsite": ["hova költözik az offsite {who} szerint? valami új helyről beszélt",
                "? offsite venue now | per {who}",
                "I was fitting a bass bar when I heard. Where is the offsite moving to now, if {who} has it right?",
                "Be pleased to inform me of the new venue of the offsite, as {who} stated it."],
    "restaurant": ["mi a neve annak az étteremnek amit {who} ajánlott? asztalt foglalnék",
                   "? restaurant name | tip from {who}",
                   "Which restaurant did {who} send us to? I shall book once this viola leaves the bench.",
                   "I ask to be apprised of the name of the restaurant which {who} commended to us. With due"
                   " regard."],
    "flight": ["mikor landol {who} gépe? ki akarok érni a reptérre on time",
               "? landing time | flight of {who}",
               "A sound post takes patience, an airport more. At what time is the plane of {who} due in?",
               "Be pleased to inform me of the hour at which the flight of {who} is to land."],
    "dog": ["hogy hívják {who} új kutyáját? láttam a képeket, so cute",
            "? new dog name | {who}",
            "A puppy once ran off with one of my pegs. What have {who} and family named the new dog?",
            "I ask to be apprised of the name given to the dog that {who} has lately acquired. With due regard."],
    "launch": ["{who} szerint csúszik a {project} launch, mikorra pontosan?",
               "? {project} launch new date | {who}",
               "Varnish never dries on schedule either. What date has {who} moved the {project} launch to?",
               "Be pleased to inform me to which date {who} has deferred the launch of {project}."],
    "age": ["hány éves lesz {who} lánya? kéne neki valami birthday gift",
            "? daughter turns how old | {who}",
            "I have a quarter-size fiddle that might suit her. What age is the daughter of {who} about to reach?",
            "I ask to be apprised of the age that the daughter of {who} will shortly attain. With due regard."],
    "podcast": ["milyen podcastot ajánlott {who}? kell valami a hosszú HÉV útra",
                "? podcast tip | from {who}",
                "Scraping a maple back is quiet work. Which podcast did {who} say I should have on?",
                "Be pleased to inform me which podcast {who} suggested I should listen to."],
    "breakfast_food": ["mit reggeliztem {day}? fogalmam sincs honestly",
                       "? breakfast | {day}",
                       "I went straight to the workbench that morning. What was it I had for breakfast {day}?",
                       "I ask to be apprised of the food I breakfasted on {day}."],
    "lunch_food": ["mit ebédeltem {day}? full busy voltam egész nap",
                   "? what for lunch | {day}",
                   "The glue pot was warming at noon {day}. What did I actually eat for lunch?",
                   "Be pleased to inform me what I had for lunch {day}. With due regard."],
    "dinner_food": ["mit vacsoráztam {day}? teljes blackout van a fejemben",
                    "? dinner, what | {day}",
                    "After the workshop lights went off {day}, what did I have for my evening meal?",
                    "I ask to be apprised of what I ate at dinner {day}."],
    "lunch_place": ["hol ebédeltem {day}? nagyon jó hely volt",
                    "? lunch, where | {day}",
                    "I hung the sign on the workshop door at noon {day}. Where did I head off to for lunch?",
                    "Be pleased to inform me of the place where I took lunch {day}."],
    "dinner_place": ["hol vacsoráztam {day}? vissza akarok menni oda",
                     "? dinner, where | {day}",
                     "Where did I have dinner {day}, after restringing the cellist's instrument?",
                     "I ask to be apprised of where I dined {day}. With due regard."],
    "workout_kind": ["milyen workoutot csináltam {day}? nem emlékszem rá",
                     "? workout kind | {day}",
                     "Carving scrolls all day knots the shoulders. Which sort of training loosened them {day}?",
                     "Be pleased to inform me which kind of workout I did {day}."],
    "heart_rate": ["mennyi volt az átlag pulzusom a {noun} alatt {day}?",
                   "? avg heart rate bpm | during {noun} | {day}",
                   "Tempo is everything to a player. At what average pulse did my heart keep time on the {noun} {day}?",
                   "I ask to be apprised of my mean heart rate across the {noun} {day}."],
    "sleep_quality": ["hogy aludtam {night}? jól vagy rosszul?",
                      "? sleep good or poor | {night}",
                      "I was sanding a fingerboard late. Was the sleep I had {night} a good one or a bad one?",
                      "Be pleased to inform me whether my sleep was good or bad {night}. With due regard."],
    "sleep_night": ["hány órát aludtam {night}? ma teljesen kész vagyok",
                    "? hours asleep | {night}",
                    "My gouge slipped twice the morning after. How many hours was I asleep in all {night}?",
                    "I ask to be apprised of how many hours I slept {night}."],
    "exercise_duration": ["hány percig tartott a {noun} {day}? percben pls",
                          "? duration mins | {noun} | {day}",
                          "A coat of varnish wants an hour; how many minutes did the {noun} want {day}?",
                          "Be pleased to inform me of the duration in minutes of the {noun} {day}."],
    "meeting_duration": ["meddig tartott a {title} meeting {day}? azt hittem sosem lesz vége",
                         "? length of {title} meeting | {day}",
                         "I could have glued a whole rib garland during the {title} meeting {day}. How long did"
                         " it drag on for?",
                         "I ask to be apprised of how long the {title} meeting lasted {day}. With due regard."],
    "distance_run": ["hány km-t futottam {day}?",
                     "? km on foot | {day}",
                     "Running clears the varnish fumes from my head. What distance in kilometres did I put"
                     " behind me on foot {day}?",
                     "Be pleased to inform me of the kilometres I covered running {day}."],
    "distance_cycle": ["hány km-t bicikliztem {day}?",
                       "? km by bike | {day}",
                       "With the workshop shut {day}, how far did I cycle, in kilometres?",
                       "I ask to be apprised of the number of kilometres I rode by bicycle {day}."],
    "distance_swim": ["mennyit úsztam {day}? méter vagy km, mindegy",
                      "? distance swum | {day}",
                      "Chlorine and spruce are a poor pair, yet I swim. How many metres or kilometres did I"
                      " swim {day}, all told?",
                      "Be pleased to inform me what distance I swam {day}. With due regard."],
    "attendees": ["kik voltak ott a {title} meetingen {day}?",
                  "? who came | {title} meeting | {day}",
                  "I was thinking of a cracked cello top the whole time. Which people were at the {title}"
                  " meeting with me {day}?",
                  "I ask to be apprised of the persons present at the {title} meeting {day}."],
    "coffee_count": ["hány kávét ittam {day}? szerintem too many",
                     "? count of coffees | {day}",
                     "Setting a bridge wants a steady hand. How many cups of coffee went down {day}?",
                     "Be pleased to inform me how many coffees I drank {day}."],
    "caffeine": ["mennyi koffein volt bennem {day}, összesen mg-ban?",
                 "? caffeine total mg | {day}",
                 "My purfling cuts wandered {day}. How many milligrams of caffeine had I taken in all?",
                 "I ask to be apprised of the total caffeine I took {day}, expressed in milligrams. With due regard."],
    "meeting_count": ["hány meetingem volt {day}? back to back ment az egész",
                      "? count of meetings | {day}",
                      "Each call took me from the bench. How many meetings tore me away from the violin I was"
                      " carving {day}?",
                      "Be pleased to inform me of the number of meetings I attended {day}."],
    "km_week": ["hány km {activity} jött össze hétfő óta?",
                "? km of {activity} | this week so far",
                "I count instruments finished by the week. What is my tally of {activity} kilometres for this week?",
                "I ask to be apprised of the kilometres of {activity} I have covered in the current week."],
    "workouts_week": ["hány workoutot csináltam ezen a héten?",
                      "? count of workouts | this week",
                      "Between one violin and the next, how many workouts have I managed this week?",
                      "Be pleased to inform me how many workouts I have done this week. With due regard."],
    "first_coffee": ["hánykor ittam az első kávémat {day}?",
                     "? first coffee, when | {day}",
                     "I unlocked the workshop early {day}. What time was my first coffee?",
                     "I ask to be apprised of the time of my earliest coffee {day}."],
    "last_coffee": ["hánykor volt az utolsó kávém {day}?",
                    "? last coffee, when | {day}",
                    "I was rubbing in oil varnish late {day}. At what hour did I have my final coffee?",
                    "Be pleased to inform me of the time of my last coffee {day}. With due regard."],
    "first_meeting": ["hánykor kezdődött az első meetingem {day}?",
                      "? first meeting start | {day}",
                      "I left a neck half carved for it: at what time did my first meeting begin {day}?",
                      "I ask to be apprised of the hour at which my first meeting started {day}."],
    "wake": ["hánykor keltem fel {day}?",
             "? woke up when | {day}",
             "The tram past the workshop wakes most of the street. What was the time when I woke, tram or no"
             " tram, {day}?",
             "Be pleased to inform me at what hour I awoke {day}."],
    "bedtime": ["hánykor feküdtem le {night}?",
                "? lights out when | {night}",
                "I had a viola to finish for a concert. What was the clock showing when I got under the covers"
                " {night}?",
                "I ask to be apprised of the time I retired to bed {night}. With due regard."],
    "dinner_on_distance": ["mit vacsoráztam azon a napon amikor {past} {km} km-t?",
                           "? dinner | day I {past} {km} km",
                           "I forget to eat when the varnish is going on. What ended up on my dinner plate the"
                           " day I {past} {km} km?",
                           "Be pleased to inform me of the meal I took at dinner upon the day I {past} {km} km."],
    "meeting_after_workout": ["kik voltak a meetingen közvetlenül a {noun} után {day}?",
                              "? who at meeting right after {noun} | {day}",
                              "I came in with rosin on my sleeves. Who was in the meeting that followed my"
                              " {noun} {day}?",
                              "I ask to be apprised of who attended the meeting held directly after the {noun} {day}."
                              " With due regard."],
    "lunch_on_meeting_day": ["hol ebédeltem azon a napon amikor a {title} meeting volt?",
                             "? lunch place | day of {title} meeting",
                             "I remember the day of the {title} meeting only by the cello I was gluing. Where did I"
                             " eat lunch that day?",
                             "Be pleased to inform me where I lunched on the date of the {title} meeting."],
    "sleep_after_meeting": ["hány órát aludtam a {title} meeting utáni éjjel?",
                            "? hrs slept | night after {title} meeting",
                            "The {title} meeting ate my afternoon at the bench. And the night following it, how many"
                            " hours of sleep did that bring?",
                            "I ask to be apprised of the hours of sleep I had in the night after the {title} meeting."],
    "dinner_on_said_day": ["mit vacsoráztam azon a napon amikor {who} szóba hozta ezt: {value}?",
                           "? dinner | day {who} mentioned {value}",
                           "I was fitting pegs to a new scroll that week. What did I sit down to for dinner on the day"
                           " {who} went on about {value}?",
                           "Be pleased to inform me of my dinner on the day when {who} spoke of {value}. With due"
                           " regard."],
    "compare_sleep": ["melyik éjjel aludtam többet, {n1} vagy {n2}? mindkettő órákkal pls",
                      "? more sleep | {n1} vs {n2} | hrs each",
                      "Compare my nights as I would two spruce tops: did I sleep longer {n1} or {n2}, and how many"
                      " hours each?",
                      "I ask to be apprised of which night, {n1} or {n2}, gave me the more sleep, stating the hours of"
                      " each."],
    "compare_caffeine": ["mikor volt több koffein, {d1} vagy {d2}? mg mindkét napra",
                         "? more caffeine | {d1} vs {d2} | mg each",
                         "Fine tools want a calm hand: did I take more caffeine {d1} or {d2}? Give me the milligrams"
                         " of each.",
                         "Be pleased to inform me on which of the days, {d1} or {d2}, my caffeine was higher, with the"
                         " milligrams for each. With due regard."],
    "compare_duration": ["melyik workout volt hosszabb, {d1} vagy {d2}? mindkettő percben",
                         "? longer workout | {d1} vs {d2} | mins each",
                         "Like two bows on the scale: which workout weighed in longer, {d1} or {d2}, and by how many"
                         " minutes each?",
                         "I ask to be apprised whether the workout {d1} or that {d2} lasted longer, and of the minutes"
                         " of both."],
    "compare_coffee_weeks": ["többet kávézom ezen a héten mint a múlt héten?",
                             "? coffee this wk vs last wk | more or less",
                             "Am I drinking more or less coffee this week than last? Cutting f-holes takes nerve.",
                             "Be pleased to inform me whether my coffee this week is more or less than in the week"
                             " before. With due regard."],
    "late_coffee_sleep": ["ha {t}-kor vagy később kávézom, kevesebbet alszom?",
                          "? sleep shorter | coffee at {t} or later",
                          "A coffee at {t} or later sees me through an evening of carving. Does it shorten my sleep?",
                          "I ask to be apprised whether coffee taken at {t} or later reduces my sleep."],
    "late_dinner_sleep": ["ha {t}-kor vagy később vacsorázom, rövidebb az alvásom?",
                          "? sleep shorter | dinner at {t} or later",
                          "When glue-ups run long I eat at {t} or later. Do I sleep less on those nights?",
                          "Be pleased to inform me whether a dinner begun at {t} or later shortens the ensuing"
                          " sleep. With due regard."],
    "exercise_sleep": ["többet alszom a workoutos napok után mint a rest dayek után?",
                       "? sleep | workout days vs rest days",
                       "Does a day with a workout in it give me a longer night than a day spent only bent over"
                       " the bench?",
                       "I ask to be apprised whether my sleep is longer after days with exercise than after days"
                       " without."],
    "caffeine_sleep": ["{mg} mg koffein vagy több után hogy alszom a többi naphoz képest?",
                       "? sleep | days {mg} mg caffeine or more vs others",
                       "Tuning by ear wants a rested head. After days of {mg} mg caffeine or more, do I sleep"
                       " otherwise than after the rest?",
                       "Be pleased to inform me whether days on which I take {mg} mg of caffeine or more are"
                       " followed by different sleep from the other days."],
    "exercise_coffee": ["több kávét iszom a workoutos napokon mint a rest dayeken?",
                        "? coffees per day | workout days vs rest days",
                        "Do I drink more coffees a day when I train than on days I only carve? Both figures, please.",
                        "I ask to be apprised whether I drink more coffees daily on days of exercise than on rest"
                        " days. With due regard."],
    "fu_day_before": ["és az előtte lévő napon?",
                      "? same | day before",
                      "And on the day before that? A viola was in pieces on the bench then.",
                      "Pursuant to the foregoing, be pleased to inform me of the same for the preceding day."],
    "fu_meeting_length": ["és az a meeting meddig tartott?",
                          "? that meeting | length",
                          "And that meeting, how long did it run? My glue set hard while I sat there.",
                          "By way of a further point, I ask to be apprised of how long that meeting lasted."],
    "fu_other_day": ["és {day}? ugyanezt kérdezem",
                     "? same | {day}",
                     "The same again {day}, please, as I would tap a second plate after the first.",
                     "Pursuant to the foregoing, be pleased to inform me of the same, {day}."],
    "fu_night_before": ["és az előző éjjel?",
                        "? same | night before",
                        "I had a concert violinist coming the next morning; what about the night before that?",
                        "By way of a further point, I ask to be apprised of the same for the night prior."],
    "fu_today": ["és ma eddig?",
                 "? same | today so far",
                 "And today up to now, between the scraper and the varnish brush?",
                 "Pursuant to the foregoing, be pleased to inform me of the same for today thus far."],
    "fu_other_person": ["és {who} esetében?",
                        "? same | {who}",
                        "And for {who}, whose cello I rebuilt two winters ago?",
                        "By way of a further point, I ask to be apprised of the same concerning {who}."],
}
"""Every question key's templates: the software tester's, the ticket writer's, the luthier's, the retired
notary's."""


def _ymd(day: date, mark: str) -> str:
    return f"{day.year}. {day.month:02}. {day.day:02}." if mark == "." else f"{day.year}/{day.month:02}/{day.day:02}"


def _md(day: date) -> str:
    return f"{day.month:02}. {day.day:02}."


def _short(day: date) -> str:
    return f"{SHORT[day.month - 1]} {day.day}."


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    name = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"on {_ymd(day, '.')} ({name})", f"{name}, {_ymd(day, '/')}",
                f"on {day.year} {MONTHS[day.month - 1]} {day.day} ({name})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {name} {_short(day)}", f"today ({_ymd(day, '/')}, {name})"]
    if back == 1:
        return ["yesterday", f"yesterday, {name} {_md(day)}", f"yesterday, so {_ymd(day, '/')}"]
    options = [f"this past {name}, {_short(day)}", f"on {name} ({_ymd(day, '/')})", f"{back} days back, on {_md(day)}"]
    if back == 2:
        options.append(f"two days ago, {name} {_short(day)}")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    name, following = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    options = [f"the night dawning on {following}", f"the night from {name}, dawning on {following}",
               f"the night dawning on {_short(after)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, the one dawning on {following}",
                    f"the night just past, dawning on {following} {_md(after)}"]
    return options
