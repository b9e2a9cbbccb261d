"""Question phrasings of the answers benchmark's twenty-fifth tuning set, ``dev25`` (docs/benchmarks.md, "Answers").

``dev25`` was the held-out set until 2026-12-04, when, after its measurement at 566bbec (grounded
accuracy 0.746; comparison 0.364, value on date 0.5, multi-hop 0.591; unsupported 0.019;
abstention 0.909; p95 0.024 s), the engineer tuning the answer planner read its failures; it is
spent as held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day
and zone as before. It had replaced the former held-out set (now ``dev24``,
answers_dev24_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a Saigon
local who types Vietnamese English, lower case, with Vietnamese words in it ("em ơi" to call the
assistant, "vậy", "ha" and "không" to end a question, "còn ... thì sao?" for "what about ...?",
"mấy" and "bao nhiêu" for how many and how much, "lúc mấy giờ" for at what time, "ở đâu" for
where, "ăn sáng", "ăn trưa" and "ăn tối" for the meals, "uống" for drinking, "ly cà phê" for a
cup of coffee, "họp" and "cuộc họp" for a meeting, "tập" for working out, "chạy bộ", "đạp xe" and
"bơi", "ngủ" for sleeping, "đi ngủ" for going to bed, "thức dậy" for waking, "tuần này" for this
week, "hôm" for the day that ..., and Vietnamese word order: "{day} i eat what?"); a train
conductor who talks about the person's days as a railway ("timetable", "departure", "arrival",
"journey time", "stop", "the line", "passengers", "service", "terminus", "left the station"); a
pharmacist who talks about life in dispensary words ("dose", "dosage", "intake", "regimen",
"milligrams", "the label", "side effect", "tablets"); and someone who writes in the English of
Shakespeare's day ("pray tell", "didst", "doth", "hath", "whither", "ere", "sup" for dining in the
evening, "break my fast", "slumber", "commend", "victuals", "quaff", "oft"). Every question asks
for the gold ``answers_evalset`` computes for its key, and fills the slots described in
answers_phrases.py.

The dev25 life lives in Asia/Ho_Chi_Minh, from Monday 4 August 2031; Vietnam keeps Indochina Time
(UTC+7) all year, with no daylight saving time, so no clock changes inside it. Dates are written as
people in Vietnam write them: day first with slashes, zero-padded with the year ("05/08/2031") or
short and unpadded ("5/8"), the weekday as its name or as Vietnamese calendars and forms abbreviate
it (T2 for Monday, thứ hai, "the second day", through T7 for Saturday, and CN, chủ nhật, for
Sunday), with "ngày" (the date) before a short date: "on Tuesday, ngày 5/8", "on T3 (05/08)", "on
Tuesday of last week, 5/8", "on Monday 7/7/2031" and "on T2 07/07/2031" for a day outside the life;
today and yesterday alone or with the date ("today, T4 06/08", "today (06/08/2031)", "yesterday
(Tuesday 05/08/2031)", "yesterday (T3, 05/08)"); a night as last night (alone, "last night (night of
5/8)", "last night, 05/08-06/08"), a weekday's night with its two dates ("on Tuesday night (5/8 into
6/8)"), the night of a short weekday and its date ("the night of T3 05/08"), or the night between
two weekdays ("the night between Tuesday and Wednesday (5/8-6/8)").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
"""The weekday as Vietnamese calendars write it: thứ hai (the second day) is Monday, chủ nhật Sunday."""
NOUNS = {"run": ("run", "jog"), "cycle": ("bike ride", "cycle ride"), "swim": ("swim", "pool swim"),
         "yoga": ("yoga session", "yoga class"), "climb": ("climbing session", "climb")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dm(day: date) -> str:
    return f"{day.day}/{day.month}"


def _ddmm(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How a question names ``day`` asked on ``today``; ``absolute``: always with the month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {name} {_dm(day)}/{day.year}", f"on {short} {_full(day)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {short} {_ddmm(day)}", f"today ({_full(day)})"]
    if back == 1:
        return ["yesterday", f"yesterday ({name} {_full(day)})", f"yesterday ({short}, {_ddmm(day)})"]
    week = "this week" if day >= today - timedelta(days=today.weekday()) else "last week"
    return [f"on {name}, ngày {_dm(day)}", f"on {short} ({_ddmm(day)})", f"on {name} of {week}, {_dm(day)}"]


def night_options(day: date, today: date) -> list[str]:
    """How a question names the night that starts on ``day`` (it ends the next morning)."""
    after = day + timedelta(days=1)
    if (today - day).days == 1:
        return ["last night", f"last night (night of {_dm(day)})", f"last night, {_ddmm(day)}-{_ddmm(after)}"]
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    return [f"on {name} night ({_dm(day)} into {_dm(after)})", f"the night of {short} {_ddmm(day)}",
            f"the night between {name} and {WEEKDAYS[after.weekday()]} ({_dm(day)}-{_dm(after)})"]


# In each list: the Saigon local, the train conductor, the pharmacist, the Shakespearean.
PHRASES: dict[str, list[str]] = {
    "book": ["em ơi, {who} recommend me which book ha? i forget the name rồi",
             "Which book did {who} put on my reading list for the journey?",
             "{who} prescribed me a book — which one was it?",
             "Pray tell, what book did {who} commend unto me?"],
    "film": ["{who} tell me to watch which movie ha? em ơi check giùm",
             "Which film did {who} recommend for my next long journey?",
             "What film did {who} recommend I take, one dose on a quiet evening?",
             "What film didst {who} bid me watch?"],
    "offsite": ["{who} nói the offsite move to where vậy?",
                "What's the new destination for the offsite, per {who}'s announcement?",
                "{who} said the offsite had been relocated — to where, exactly? I need it for the travel kit.",
                "Whither hath the offsite been removed, as {who} did report?"],
    "restaurant": ["{who} say we should go ăn at which restaurant ha?",
                   "Which restaurant did {who} suggest as a stop on the line for us?",
                   "Which restaurant did {who} advise us to try? I forgot to write it on the label.",
                   "Which eatery didst {who} counsel us to try?"],
    "flight": ["flight của {who} land at what time ha?",
               "What's the scheduled arrival time of {who}'s flight?",
               "When does {who}'s flight get in? I want to time the pickup like a dose.",
               "At what hour doth {who}'s flight come to ground?"],
    "dog": ["{who} new dog, name là gì vậy?",
            "What name is {who}'s new dog travelling under?",
            "What's the name on the new dog's tag — {who}'s dog, I mean?",
            "By what name is {who}'s new hound called?"],
    "launch": ["{project} launch now is when, {who} nói sao?",
               "What's the revised departure date for the {project} launch, according to {who}?",
               "What date did {who} give for the {project} launch now that it was pushed back?",
               "Unto what day hath the {project} launch been put off, by {who}'s word?"],
    "age": ["daughter của {who} turning how many years old ha?",
            "How old will {who}'s daughter be at her upcoming birthday?",
            "How old is {who}'s daughter about to be? I'm checking the age for a children's dose.",
            "How many summers shall {who}'s daughter count at her coming birthday?"],
    "podcast": ["{who} recommend podcast nào for me to nghe?",
                "Which podcast did {who} recommend for my commute?",
                "What podcast did {who} suggest? I'd take it twice a week.",
                "Which podcast didst {who} commend to mine ears?"],
    "breakfast_food": ["{day} ăn sáng i eat what ha?",
                       "What was on the breakfast service for me {day}?",
                       "What did I eat at breakfast {day}? I take my tablets with it.",
                       "Wherewith did I break my fast {day}?"],
    "lunch_food": ["{day} lunch (ăn trưa) i eat what vậy?",
                   "What was served at my midday stop {day}? Lunch, that is.",
                   "What did I have for the midday meal {day}, the one my noon dose goes with?",
                   "What victuals did I take at the noon meal {day}?"],
    "dinner_food": ["ăn tối {day}, i eat món gì ha?",
                    "What was on my evening service {day}, dinner-wise?",
                    "What was my evening meal {day}? I need to check it against the label.",
                    "Upon what did I sup {day}?"],
    "lunch_place": ["{day} i go ăn trưa where ha?",
                    "At which stop did I take lunch {day}?",
                    "Where did I have my lunch {day}? I might have left my pill box there.",
                    "Where did I dine at midday {day}?"],
    "dinner_place": ["where i ăn tối {day} ha?",
                     "Where did I stop for dinner {day}?",
                     "Where did I eat my evening meal {day}? I may have left my tablets there.",
                     "At what place did I sup {day}?"],
    "workout_kind": ["{day} i tập môn gì, which sport?",
                     "Which workout was on my timetable {day}?",
                     "What form of exercise did I do {day}? I log it as part of the regimen.",
                     "What manner of exercise did I undertake {day}?"],
    "heart_rate": ["my {noun} {day}, average heart rate bao nhiêu ha?",
                   "What was my average heart rate across the {noun} {day}, start to terminus?",
                   "What was my mean pulse during the {noun} {day}? Beats per minute.",
                   "How swift, on average, did mine heart beat during my {noun} {day}?"],
    "sleep_quality": ["{night} i ngủ ngon không? sleep quality thế nào?",
                      "How did the sleep service run {night}? Its quality, I mean.",
                      "How was my sleep quality {night}? I'm checking whether the new dose affects it.",
                      "Was my slumber sweet or troubled {night}? Pray tell its quality."],
    "sleep_night": ["{night} i ngủ được how many hours?",
                    "What was the journey time of my sleep {night}, in hours?",
                    "How many hours of sleep did I log {night}? I take my tablets on that basis.",
                    "How many hours did I slumber {night}?"],
    "exercise_duration": ["my {noun} {day} last how long vậy?",
                          "What was the journey time on my {noun} {day}?",
                          "How many minutes was my {noun} {day}? I schedule a dose after it.",
                          "How long did my {noun} endure {day}?"],
    "meeting_duration": ["the {title} {day}, họp how long vậy?",
                         "What was the journey time of the {title} {day}, departure to arrival?",
                         "How long did the {title} run {day}? I missed a dose sitting through it.",
                         "How long did the {title} drag on {day}?"],
    "distance_run": ["{day} i chạy bộ how many km?",
                     "How many kilometres of track did I cover on foot {day}, running?",
                     "What distance did I run {day}? I log it next to my doses.",
                     "How far did I run afoot {day}?"],
    "distance_cycle": ["{day} i đạp xe (bike) how many km ha?",
                       "How many kilometres did I cover by bike {day}, station to station?",
                       "How far did I cycle {day}, in kilometres? It goes in my regimen notes.",
                       "How great a distance did I ride my bicycle {day}?"],
    "distance_swim": ["{day} i bơi how far vậy?",
                      "What distance did I swim {day}, end to end of the line?",
                      "How many kilometres did I swim {day}? Exercise is part of my regimen.",
                      "How far did I swim {day}, good assistant?"],
    "attendees": ["{title} {day}, ai tham gia (who join) vậy?",
                  "Who were the passengers on the {title} {day}?",
                  "Who was present at the {title} {day}? I need a list of names for the record.",
                  "Who was in attendance at the {title} {day}, pray tell?"],
    "coffee_count": ["{day} i uống how many ly cà phê?",
                     "How many coffees did I pick up along the line {day}?",
                     "How many doses of coffee did I take {day}?",
                     "How many cups of coffee did I quaff {day}?"],
    "caffeine": ["{day} tổng caffeine của mình là how many mg?",
                 "How much caffeine did I carry on board {day}?",
                 "What was my total caffeine dosage {day}, in milligrams?",
                 "What measure of caffeine did I take in {day}?"],
    "meeting_count": ["{day} i có how many cuộc họp?",
                      "How many meetings did my timetable carry {day}?",
                      "How many meetings did I sit through {day}? I need the count for my regimen.",
                      "How many meetings did I attend {day}, all told?"],
    "km_week": ["tuần này (this week) i {verb} total how many km?",
                "How many kilometres of {activity} have I logged on the line this week?",
                "What's my weekly {activity} total so far this week, in km?",
                "How many kilometres have I {past} this week, in sum?"],
    "workouts_week": ["tuần này i tập how many buổi rồi?",
                      "How many workouts have left the station this week?",
                      "How many exercise sessions have I done this week? Part of my weekly regimen.",
                      "How oft have I exercised this week?"],
    "first_coffee": ["{day} ly cà phê đầu tiên (first coffee) at what time?",
                     "What time was the first coffee on the timetable {day}?",
                     "What time did I take my first dose of coffee {day}?",
                     "At what hour did I take my first coffee {day}?"],
    "last_coffee": ["{day} ly cà phê cuối (last coffee) lúc mấy giờ?",
                    "What time was my last coffee service {day}?",
                    "When did I take my final dose of coffee {day}?",
                    "At what hour did I drink my last coffee {day}?"],
    "first_meeting": ["{day} first meeting (cuộc họp đầu tiên) start lúc mấy giờ?",
                      "What was the departure time of my first meeting {day}?",
                      "What time did my first meeting begin {day}? I take a dose right before it.",
                      "At what hour did my first meeting commence {day}?"],
    "wake": ["{day} i thức dậy (wake up) at what time?",
             "What time did I wake up {day}, ready for the first departure?",
             "What time did I wake {day}? My morning dose goes with waking.",
             "At what hour did I rise from slumber {day}?"],
    "bedtime": ["{night} i đi ngủ (go to bed) at what time?",
                "What time did I reach the terminus and go to bed {night}?",
                "What time did I go to bed {night}? I take my night dose right before.",
                "At what hour did I betake me to bed {night}?"],
    "dinner_on_distance": ["hôm (the day) i {past} {km} km, dinner i eat what?",
                           "On the day I {past} {km} km, what was on the dinner service?",
                           "What did I have for dinner the day of my {km} km {noun}? Checking for side effects.",
                           "On the day I {past} {km} km, upon what did I sup?"],
    "meeting_after_workout": ["{day} after my {noun}, cuộc họp tiếp theo có ai (who)?",
                              "{Day}, after my {noun} pulled in, who were the passengers at the next meeting?",
                              "Who was in the first meeting after my {noun} {day}? I took a dose in between.",
                              "Which souls attended the first meeting after my {noun} {day}?"],
    "lunch_on_meeting_day": ["the day có {title}, i ăn trưa where?",
                             "On the day the {title} ran, where did I stop for lunch?",
                             "Where did I have lunch on the day the {title} took place? I left my tablets there.",
                             "Where did I dine at midday on the day of the {title}?"],
    "sleep_after_meeting": ["the night after {title}, i ngủ how many hours?",
                            "After the {title}, how long did my overnight sleep run?",
                            "How long did I sleep the night after the {title}? It may have been a side effect.",
                            "How long did I slumber the night that followed the {title}?"],
    "dinner_on_said_day": ["the day {who} recommend {value}, ăn tối i eat what?",
                           "On the day {who} recommended {value}, what was on my dinner service?",
                           "What was my evening meal on the day {who} recommended {value}? Checking for a side effect.",
                           "Upon what did I sup on the day {who} commended {value} to me?"],
    "compare_sleep": ["{n1} hay (or) {n2}, which night i ngủ longer?",
                      "Which sleep ran longer: {n1} or {n2}?",
                      "Did I get more sleep {n1} or {n2}? Compare the two like two doses.",
                      "Did I slumber longer {n1}, or {n2}?"],
    "compare_caffeine": ["{d1} hay {d2}, ngày nào i take more caffeine?",
                         "Which day carried more caffeine: {d1} or {d2}?",
                         "Was my caffeine dosage higher {d1} or {d2}?",
                         "Which day saw me take the greater measure of caffeine, {d1} or {d2}?"],
    "compare_duration": ["{d1} hay {d2}, buổi tập nào longer?",
                         "Which workout ran longer, the one {d1} or the one {d2}?",
                         "Was my workout longer {d1} or {d2}? I time my doses to it.",
                         "Which exercise lasted the longer, that {d1} or that {d2}?"],
    "compare_coffee_weeks": ["this week (tuần này) i drink more or fewer cà phê than last week?",
                             "Have I had more coffees this week than last week, or fewer? Compare the two timetables.",
                             "Is my coffee intake this week up or down from last week, counting cups?",
                             "Have I drunk more cups of coffee this week than the week before, or fewer?"],
    "late_coffee_sleep": ["days i drink cà phê at or after {t}, the night i ngủ less không?",
                          "When a coffee departs at {t} or later, does my sleep that night run shorter?",
                          "Does a coffee dose at or after {t} cut my sleep that night?",
                          "Doth a coffee taken at {t} or after rob me of sleep that night?"],
    "late_dinner_sleep": ["when i ăn tối at {t} or later, i ngủ less không?",
                          "When dinner leaves at {t} or later, is my sleep that night shorter or longer?",
                          "If I start dinner at or after {t}, do I sleep less that night? Like a late dose.",
                          "When I sup at {t} or later, do I slumber less that night?"],
    "exercise_sleep": ["days i tập (work out), i ngủ more that night không?",
                       "Does my sleep run longer on nights after a workout day?",
                       "Do I sleep more after days I exercise? Is a workout as good as a sleeping pill?",
                       "Do I slumber longer on the nights after I have exercised?"],
    "caffeine_sleep": ["days caffeine {mg} mg or more, i ngủ less không?",
                       "On days I take on {mg} mg of caffeine or more, does my sleep that night run shorter?",
                       "Does a daily caffeine dose of {mg} mg or more shorten my sleep that night?",
                       "When I take {mg} mg of caffeine or more in a day, do I slumber less that night?"],
    "exercise_coffee": ["days i tập, i drink more cà phê không?",
                        "Do I make more coffee stops on workout days than on other days?",
                        "Is my coffee intake higher on days I exercise than on days I don't?",
                        "Do I drink more coffee on days I exercise than on days I rest?"],
    "fu_day_before": ["còn (and) the day before đó thì sao?",
                      "And the stop before that — the previous day's lunch?",
                      "And the day before that? Same question, the lunch.",
                      "And on the day ere that?"],
    "fu_other_person": ["còn {who} thì sao? same question",
                        "And what about {who}, on the same line of questioning?",
                        "Same question for {who}, please — same dose.",
                        "And what of {who}, pray?"],
    "fu_today": ["còn today thì sao?",
                 "And today's count so far, on the current run?",
                 "And today, up to now? Same count.",
                 "And this day, thus far?"],
    "fu_meeting_length": ["cuộc họp đó last how long?",
                          "And its journey time, from departure to arrival?",
                          "And how long did that meeting go on for? I was due a dose.",
                          "And how long did that meeting endure?"],
    "fu_night_before": ["còn the night before đó?",
                        "And the overnight run before that one?",
                        "And the night before that, how many hours? Same dose of sleep question.",
                        "And the night ere that?"],
    "fu_other_day": ["còn {day} thì sao?",
                     "And the run {day}, how many kilometres?",
                     "And {day}, what distance? For my regimen notes.",
                     "And {day}, how far did I run, pray?"],
}
"""Every question key's templates, in the four voices the module docstring names them."""
